"""Random variations of pen strokes, made before rendering, as different writers and pens would give.

Unlike raster augmentation (``core/augment.py``), these change the writing
itself: the whole sample is rotated, slanted and stretched; each stroke moves
a little on its own and wobbles; points are dropped (a faster pen) and
stroke ends are cut short or run on. The result goes through the canvas'
renderer at a varied pen width, so a model sees what the canvas would make.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .strokes import PEN_WIDTH


@dataclass(frozen=True)
class StrokeAugment:
    """Ranges of the random changes, as fractions of the sample's larger extent where lengths."""

    rotation_deg: float = 10.0
    slant: float = 0.3  # x += slant * y (in both directions)
    stretch: float = 0.15  # log-scale of the width against the height
    stroke_shift: float = 0.03
    wobble: float = 0.012
    drop_points_prob: float = 0.3
    trim_prob: float = 0.25
    trim: float = 0.1  # of a stroke's points, at most, at each end
    run_on_prob: float = 0.15
    run_on: float = 0.08
    width: tuple[float, float] = (0.85 * PEN_WIDTH, 1.3 * PEN_WIDTH)


def normalised(strokes: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Strokes moved and scaled so the sample's box starts at (0, 0) and its larger side is 1."""
    arrays = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes if len(s)]
    if not arrays:
        return []
    points = np.concatenate(arrays)
    lo = points.min(axis=0)
    extent = float(np.ptp(points, axis=0).max()) or 1.0
    return [(a - lo) / extent for a in arrays]


def _wobble(points: np.ndarray, amount: float, rng: np.random.Generator) -> np.ndarray:
    """A smooth random displacement along the stroke (two low-frequency waves per axis)."""
    if len(points) < 3:
        return points
    t = np.linspace(0.0, 1.0, len(points))[:, None]
    phase = rng.uniform(0, 2 * np.pi, (2, 2))
    amp = rng.normal(0, amount, (2, 2))
    freq = np.array([[1.0], [2.5]]) * rng.uniform(0.7, 1.3, (2, 1))
    return points + (amp[0] * np.sin(2 * np.pi * freq[0] * t + phase[0])
                     + amp[1] * np.sin(2 * np.pi * freq[1] * t + phase[1]))


def augment_strokes(strokes: Sequence[np.ndarray], rng: np.random.Generator,
                    settings: StrokeAugment = StrokeAugment()) -> tuple[list[np.ndarray], float]:
    """A randomly varied copy of a sample's strokes (normalised, see :func:`normalised`) and a pen width."""
    s = settings
    out = []
    for points in normalised(strokes):
        if len(points) > 4 and rng.random() < s.drop_points_prob:
            step = int(rng.integers(2, 4))
            points = np.concatenate([points[:-1:step], points[-1:]])
        if len(points) > 6 and rng.random() < s.trim_prob:
            n = len(points)
            cut = rng.integers(0, max(int(n * s.trim), 1) + 1, 2)
            points = points[cut[0]: n - cut[1]]
        if len(points) > 1 and rng.random() < s.run_on_prob:
            direction = points[-1] - points[-2]
            norm = float(np.hypot(*direction))
            if norm > 0:
                bend = rng.normal(0, 0.4)
                c, sn = np.cos(bend), np.sin(bend)
                direction = np.array([c * direction[0] - sn * direction[1], sn * direction[0] + c * direction[1]])
                points = np.vstack([points, points[-1] + direction / norm * rng.uniform(0.3, 1.0) * s.run_on])
        points = _wobble(points, s.wobble, rng) + rng.normal(0, s.stroke_shift, 2)
        out.append(points)
    angle = np.radians(rng.uniform(-s.rotation_deg, s.rotation_deg))
    c, sn = np.cos(angle), np.sin(angle)
    stretch = np.exp(rng.uniform(-s.stretch, s.stretch))
    matrix = np.array([[c, -sn], [sn, c]]) @ np.array([[stretch, rng.uniform(-s.slant, s.slant)], [0.0, 1.0]])
    width = float(rng.uniform(*s.width))
    return [p @ matrix.T for p in out], width


__all__ = ["StrokeAugment", "augment_strokes", "normalised"]
