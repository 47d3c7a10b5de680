from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

import torch
import torch.nn as nn
import torch.nn.functional as F

if TYPE_CHECKING:
    from transformers import PreTrainedModel

try:
    import bitsandbytes as bnb
except ImportError:  # optional 8-bit support
    bnb = None

try:
    from flash_attn import flash_attn_func
except (ImportError, ModuleNotFoundError):
    flash_attn_func = None


@dataclass
class LoraConfig:
    rank: int = 8
    alpha: float = 16.0
    dropout: float = 0.05
    targets: list = field(default_factory=lambda: ["q_proj", "v_proj"])

    @property
    def scaling(self) -> float:
        return self.alpha / self.rank


class LoraLayer(nn.Module):
    def __init__(self, base: nn.Linear, config: LoraConfig):
        super().__init__()
        self.base = base
        self.lora_a = nn.Linear(base.in_features, config.rank, bias=False)
        self.lora_b = nn.Linear(config.rank, base.out_features, bias=False)
        self.dropout = nn.Dropout(config.dropout)
        self.scaling = config.scaling
        self.register_buffer("merged", torch.zeros(1))
        nn.init.kaiming_uniform_(self.lora_a.weight, a=math.sqrt(5))
        nn.init.zeros_(self.lora_b.weight)

    def forward(self, x):
        return self.base(x) + self.lora_b(self.lora_a(self.dropout(x))) * self.scaling


class LoraModel(nn.Module):
    def __init__(self, config: Optional[LoraConfig] = None, base: "PreTrainedModel | None" = None):
        super().__init__()
        self.config = config or LoraConfig()
        self.encoder = nn.Sequential(nn.Linear(16, 16), nn.GELU())
        self.layers = nn.ModuleList()
        self.base = base

    def freeze_base(self):
        for parameter in self.encoder.parameters():
            parameter.requires_grad = False
        return self

    def forward(self, x):
        hidden = self.encoder(x)
        for layer in self.layers:
            hidden = layer(hidden)
        return F.log_softmax(hidden, dim=-1)

    @classmethod
    def from_pretrained(cls, path: str, **kwargs) -> "LoraModel":
        model = cls(LoraConfig(**kwargs))
        model.load_state_dict(torch.load(path))
        return model

    def save_adapter(self, path):
        torch.save({k: v for k, v in self.state_dict().items() if "lora_" in k}, path)
        if bnb is not None and flash_attn_func is not None:
            print("quantized + flash attention available")
