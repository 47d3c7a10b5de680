#!/usr/bin/env python3
"""Run as: python scripts/train.py --epochs 3"""
import argparse
import logging

import torch
import wandb

from lora_trainer import LoraModel, build_model, make_loader
from lora_trainer.models import LoraConfig, ClassificationHead
from lora_trainer.data import augment
from lora_trainer.data.loader import describe
import lora_trainer.models.lora as lora_module

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model: LoraModel, epochs: int):
        self.model = model
        self.epochs = epochs
        self.history = []

    def prepare_for_training(self):
        self.model.train()
        self.optimizer = torch.optim.AdamW(self.model.parameters(), lr=1e-4)
        return self

    def run(self, loader):
        self.prepare_for_training()
        for epoch in range(self.epochs):
            for batch in loader:
                loss = self.model(torch.as_tensor(augment.random_noise(batch))).mean()
                loss.backward()
                self.optimizer.step()
                self.history.append(loss.item())
            log.info("epoch %d done", epoch)
        return self.history


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=1)
    args = parser.parse_args(argv)
    config = LoraConfig(rank=4)
    model = build_model(config)
    pretrained = LoraModel.from_pretrained("ckpt.pt", rank=4)
    pretrained.save_adapter("adapter.pt")
    head = ClassificationHead(16, 2)
    print(describe(config), head, lora_module.LoraLayer)
    if (run := wandb.init(project="lora")) is not None:
        run.log({"start": 1})
    Trainer(model, args.epochs).run(make_loader("data"))


if __name__ == "__main__":
    main()
