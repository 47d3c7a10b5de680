import os
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from ..models.lora import LoraConfig
from . import augment

_CACHE = {}


def make_loader(root: Path, batch_size: int = 8) -> Iterator:
    files = sorted(Path(root).glob("*.npy"))
    if not files:
        print(f"no data in {root!r}: {len(files)=}", file=sys.stderr)
    for start in range(0, len(files), batch_size):
        batch = [np.load(f) for f in files[start:start + batch_size]]
        yield augment.flip(np.stack(batch)) if os.environ.get("AUGMENT") else np.stack(batch)


def describe(config: LoraConfig) -> str:
    return f"rank={config.rank} scaling={config.scaling:.2f} {'dropout' if config.dropout else ''}"
