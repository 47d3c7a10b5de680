from .lora import LoraModel, LoraConfig
from .heads import *  # noqa: F401,F403

__all__ = ["LoraModel", "LoraConfig", "build_model"]
__all__.extend(["ClassificationHead"])


def build_model(config: "LoraConfig") -> "LoraModel":
    model = LoraModel(config)
    model.freeze_base()
    return model
