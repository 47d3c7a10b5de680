from importlib import import_module
from typing import Any

__all__ = ["backbones", "load"]


def __getattr__(name: str) -> Any:
    if name in {"augment", "metrics"}:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(name):
    from .backbones import registry
    return registry.get(name)
