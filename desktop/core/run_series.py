"""The figures of one training run as the Train area plots them: per batch, per epoch, smoothed.

Qt-free, so what the curves show is testable without a window: the batches
arrive in bundles from the training thread (``add_batches``), the epochs'
logs one by one (``add_epoch``), and :meth:`RunSeries.curves` gives the
points to plot, smoothing only the points added since the last call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .smoothing import RunningEma


@dataclass(frozen=True)
class Curves:
    """The points to plot: x in epochs (0.5 = half-way through the first)."""

    batch_x: np.ndarray  # of the finite batch losses
    batch_loss: np.ndarray
    smooth_loss: list[float]
    acc_x: np.ndarray
    smooth_acc: list[float]
    epoch: dict[str, tuple[list[float], list[float]]]  # Keras log key -> (x, values), e.g. "val_loss"

    def highest_loss(self) -> float:
        """The highest finite loss plotted (batch or epoch; 0 with none)."""
        epoch = [v for key in ("loss", "val_loss") for v in self.epoch[key][1] if math.isfinite(v)]
        return max(float(self.batch_loss.max()) if self.batch_loss.size else 0.0, max(epoch, default=0.0))


EPOCH_KEYS = ("loss", "val_loss", "accuracy", "val_accuracy")


class RunSeries:
    """Everything plotted about one run, collected as it comes (see module docs)."""

    def __init__(self, steps_per_epoch: int = 1) -> None:
        self.steps = max(steps_per_epoch, 1)
        self.batch_x: list[float] = []
        self.batch_losses: list[float] = []
        self.batch_accs: list[float] = []
        self.epoch_rows: list[tuple[int, dict]] = []
        self.epoch_x: list[float] = []  # where each epoch's figures are plotted
        self.last_batch: tuple[int, int] | None = None  # (epoch, step) of the newest batch
        self._smoothing: tuple[float, RunningEma, RunningEma] | None = None

    def add_batches(self, batches: list[tuple[int, int, float, float]]) -> None:
        """Batches as (epoch, step, loss, accuracy), step counted from 0 within its epoch."""
        for epoch, step, loss, accuracy in batches:
            self.batch_x.append(epoch + (step + 1) / self.steps)
            self.batch_losses.append(loss)
            self.batch_accs.append(accuracy)
        if batches:
            self.last_batch = tuple(batches[-1][:2])

    def add_epoch(self, epoch: int, logs: dict) -> None:
        """An epoch's logs, plotted at the batch it ended on: a Stop ends an epoch part-way, and Keras
        still reports (and validates) it; at ``epoch + 1`` its figures would claim a whole epoch."""
        self.epoch_rows.append((epoch, logs))
        last = self.last_batch
        self.epoch_x.append(epoch + (last[1] + 1) / self.steps if last and last[0] == epoch else epoch + 1.0)

    @property
    def batches_done(self) -> int:
        """Batches trained so far over the whole run."""
        return 0 if self.last_batch is None else self.last_batch[0] * self.steps + self.last_batch[1] + 1

    def epoch_column(self, key: str) -> tuple[list[float], list[float]]:
        """The (x, value) of every epoch whose logs hold ``key``."""
        keep = [(x, logs[key]) for x, (_, logs) in zip(self.epoch_x, self.epoch_rows) if key in logs]
        return [k[0] for k in keep], [k[1] for k in keep]

    def curves(self, weight: float) -> Curves:
        """The points to plot with TensorBoard's smoothing ``weight`` (0-0.99); NaN losses left out.

        Smoothing continues where the last call stopped (O(new points)) unless the weight changed.
        """
        if self._smoothing is None or self._smoothing[0] != weight:
            self._smoothing = (weight, RunningEma(weight), RunningEma(weight))
        _, loss_ema, acc_ema = self._smoothing
        x = np.asarray(self.batch_x, dtype=float)
        losses = np.asarray(self.batch_losses, dtype=float)
        finite = np.isfinite(losses)
        kept = losses[finite]
        smooth_loss = loss_ema.extend(kept[len(loss_ema.values):])
        smooth_acc = acc_ema.extend(self.batch_accs[len(acc_ema.values):])
        return Curves(x[finite], kept, smooth_loss, x, smooth_acc, {key: self.epoch_column(key) for key in EPOCH_KEYS})


__all__ = ["Curves", "EPOCH_KEYS", "RunSeries"]
