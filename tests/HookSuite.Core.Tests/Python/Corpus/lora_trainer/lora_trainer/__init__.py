"""LoRA fine-tuning toolkit."""
from .models import LoraModel, build_model
from .data.loader import make_loader

__all__ = ["LoraModel", "build_model", "make_loader"]
__all__ += ["__version__"]
__version__ = "0.3.1"
