"""Run as: python -m scripts.evaluate"""
from lora_trainer.models import build_model, LoraConfig

match_count = 0


def evaluate(samples):
    global match_count
    model = build_model(LoraConfig())
    for sample in samples:
        match sample:
            case {"label": label, "text": text}:
                match_count += int(model(text) == label)
            case [first, *rest]:
                print(first, rest)
            case _:
                pass
    return match_count


type Score = float
