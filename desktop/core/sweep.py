"""Accuracy against a perturbation: each model's MNIST test accuracy as the digits move, turn, thicken, get noisy.

Plain Python + numpy; a model is anything that maps a float32 batch
(N, 28, 28, 1) to probabilities (N, 10) (a Keras model's ``predict_on_batch``,
say). Long work reports through ``progress(done, total)`` and checks
``cancelled()`` between batches, so it runs the same in a worker thread and in a test.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from .perturb import SweepKind

Model = Callable[[np.ndarray], np.ndarray]
BATCH = 1000


class SweepCancelled(Exception):
    """The sweep was stopped before it finished."""


@dataclass
class SweepResult:
    """Accuracy (0-1) of each model at each value of one perturbation, on ``count`` test images."""

    kind: SweepKind
    count: int
    accuracy: dict[str, list[float]] = field(default_factory=dict)  # model name -> one per kind.values

    def csv_text(self) -> str:
        """The table as CSV: one row per value, one column per model."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([f"{self.kind.name} ({self.kind.unit})", *self.accuracy])
        for i, value in enumerate(self.kind.values):
            writer.writerow([value, *(f"{acc[i]:.4f}" for acc in self.accuracy.values())])
        return out.getvalue()


def accuracy(model: Model, images: np.ndarray, labels: np.ndarray,
             step: Callable[[], None] | None = None) -> float:
    """Share of ``images`` (float32 (N, 28, 28) in 0-1) read as their ``labels``, in batches of ``BATCH``."""
    right = 0
    for start in range(0, len(images), BATCH):
        batch = images[start:start + BATCH, ..., None]
        right += int((np.asarray(model(batch)).argmax(axis=1) == labels[start:start + BATCH]).sum())
        if step is not None:
            step()
    return right / max(len(images), 1)


def run_sweep(models: Mapping[str, Model], images: np.ndarray, labels: np.ndarray, kind: SweepKind,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> SweepResult:
    """Each model's accuracy on the perturbed ``images`` at every value of ``kind``.

    ``images`` uint8 0-255 or float 0-1, (N, 28, 28). Raises :class:`SweepCancelled` when
    ``cancelled()`` turns true (checked after every batch).
    """
    x = np.asarray(images, dtype=np.float32)
    if x.max(initial=0) > 1.0:
        x = x / 255.0
    labels = np.asarray(labels)
    batches = -(-len(x) // BATCH)
    total = len(kind.values) * len(models) * batches
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise SweepCancelled()

    result = SweepResult(kind, len(x), {name: [] for name in models})
    for value in kind.values:
        perturbed = kind.perturbation(value).apply(x)
        for name, model in models.items():
            result.accuracy[name].append(accuracy(model, perturbed, labels, step))
    return result


__all__ = ["BATCH", "SweepCancelled", "SweepResult", "accuracy", "run_sweep"]
