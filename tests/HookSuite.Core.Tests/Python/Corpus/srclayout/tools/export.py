import json
import sys

from visionkit import load, augment
from visionkit.backbones.registry import Tiny
from plugins.contrib.extra import extra_backbone

try:
    import onnx
except Exception:
    onnx = None


def main():
    tiny = Tiny(width=16)
    print(tiny.describe(), tiny.width, tiny.channels, load("tiny"), augment, extra_backbone())
    json.dump({"onnx": onnx is not None}, sys.stdout)


if __name__ == "__main__":
    main()
