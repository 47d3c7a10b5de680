from typing import Callable, Dict

BACKBONES: Dict[str, Callable] = {}


def register(name: str):
    def wrap(fn):
        BACKBONES[name] = fn
        return fn
    return wrap


@register("tiny")
class Tiny:
    channels = 3

    def __init__(self, width=32):
        self.width = width

    def describe(self):
        return f"tiny{self.width}x{self.channels}"
