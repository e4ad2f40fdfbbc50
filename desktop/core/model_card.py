"""The JSON model card written beside every trained model."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .evaluation import Evaluation
from .model_files import INPUT_CONVENTION, OUTPUT_CONVENTION
from .training import TrainResult, config_dict, describe_network


def build_card(result: TrainResult, test: Evaluation, dataset: str, name: str = "") -> dict[str, Any]:
    """Everything a reader needs to know about a trained model, as JSON-ready values."""
    import keras

    cfg = result.config
    card = {
        "name": name,
        "architecture": cfg.arch,
        "description": describe_network(cfg),
        "dataset": dataset,
        "train_images": result.n_train,
        "validation_images": result.n_val,
        "epochs": result.epochs_completed,
        "epochs_requested": cfg.epochs,
        "stopped": result.stopped or "completed",
        "train_loss": result.final("loss"),
        "train_accuracy": result.final("accuracy"),
        "val_loss": result.final("val_loss"),
        "val_accuracy": result.final("val_accuracy"),
        "test_loss": test.loss,
        "test_accuracy": test.accuracy,
        "test_images": test.count,
        "params": int(result.model.count_params()),
        "training_seconds": round(result.seconds, 1),
        "hyperparameters": config_dict(cfg, result.extra),
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "keras_version": keras.__version__,
        "input": INPUT_CONVENTION,
        "output": OUTPUT_CONVENTION,
    }
    if result.extra is not None:  # trained on the user's own samples too: say how many, and which
        card["personal_samples"] = result.extra
        card["description"] += (f"; also trained on {result.extra['samples']} personal samples, each as drawn "
                                f"and in {result.extra['variations_each']} variations "
                                f"({result.extra['images']} images)")
    return card
