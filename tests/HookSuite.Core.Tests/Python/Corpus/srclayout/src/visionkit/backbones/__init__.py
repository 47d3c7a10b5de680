from .registry import BACKBONES as registry
