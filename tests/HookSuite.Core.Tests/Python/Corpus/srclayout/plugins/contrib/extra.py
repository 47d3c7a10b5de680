# A PEP 420 namespace package: no __init__.py anywhere on the way.
from visionkit.backbones.registry import register


@register("extra")
def extra_backbone(width=64):
    return {"width": width}
