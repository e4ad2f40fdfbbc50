"""Curve smoothing as TensorBoard does it."""

from __future__ import annotations

import numpy as np


def ema(values, weight: float) -> np.ndarray:
    """Debiased exponential moving average; ``weight`` 0 returns the values, 0.99 is very smooth.

    Debiasing divides by ``1 - weight**n`` so the first points are not pulled
    towards zero, which is what TensorBoard's smoothing slider shows.
    """
    values = np.asarray(values, dtype=float)
    out = np.empty_like(values)
    last = 0.0
    for i, v in enumerate(values):
        last = last * weight + (1 - weight) * v
        out[i] = last / (1 - weight ** (i + 1)) if weight > 0 else v
    return out


class RunningEma:
    """:func:`ema` computed incrementally, for curves that grow point by point."""

    def __init__(self, weight: float) -> None:
        self.weight = weight
        self.values: list[float] = []
        self._last = 0.0

    def extend(self, new_values) -> list[float]:
        """Smooth the new points (continuing the series) and return the whole smoothed series."""
        w = self.weight
        for v in new_values:
            self._last = self._last * w + (1 - w) * v
            n = len(self.values) + 1
            self.values.append(self._last / (1 - w ** n) if w > 0 else v)
        return self.values
