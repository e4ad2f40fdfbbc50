"""A catalogue of ways to write digits that are common in the world but rare in MNIST.

MNIST was written by US census staff and students; writers elsewhere slash
their zeros, give the 1 a long up-stroke, cross their 7s. Each
:class:`Style` here makes random samples of one such variant as pen strokes
(unit box, y down), either from a template with jittered control points or
by adding strokes to a real sample of the digit, so they can be rendered,
augmented and trained on like real pen input. README shows a picture of
each (``resources/make_style_pictures.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .stroke_augment import normalised

Strokes = list[np.ndarray]


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, stop: float, n: int = 24) -> np.ndarray:
    t = np.linspace(start, stop, n)
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def _polyline(points: Sequence[tuple[float, float]], rng: np.random.Generator, jitter: float = 0.05,
              per_segment: int = 6) -> np.ndarray:
    """Control points jittered and joined by densely sampled straight segments."""
    p = np.asarray(points, dtype=np.float64) + rng.normal(0, jitter, (len(points), 2))
    t = np.linspace(0, 1, per_segment, endpoint=False)[:, None]
    pieces = [a + t * (b - a) for a, b in zip(p[:-1], p[1:])]
    return np.vstack(pieces + [p[-1:]])


def _loop(rng: np.random.Generator, cx: float, cy: float, rx: float, ry: float, start: float,
          turns: float = 1.05) -> np.ndarray:
    """A hand-drawn closed loop: an ellipse with varied radii that overshoots its start a little."""
    rx *= rng.uniform(0.85, 1.15)
    ry *= rng.uniform(0.85, 1.15)
    sign = rng.choice([-1.0, 1.0])
    return _arc(cx, cy, rx, ry, start, start + sign * 2 * np.pi * turns * rng.uniform(0.97, 1.05), 32)


def _bounds(strokes: Strokes) -> tuple[np.ndarray, np.ndarray]:
    points = np.concatenate(strokes)
    return points.min(axis=0), points.max(axis=0)


def slashed_zero(rng: np.random.Generator, base: Strokes | None) -> Strokes:
    zero = normalised(base) if base else [_loop(rng, 0.5, 0.5, 0.32, 0.48, -np.pi / 2)]
    lo, hi = _bounds(zero)
    over = rng.uniform(0.0, 0.15, 2) * (hi - lo)
    start = np.array([lo[0] - over[0], hi[1] + over[1]]) + rng.normal(0, 0.04, 2)
    end = np.array([hi[0] + over[0], lo[1] - over[1]]) + rng.normal(0, 0.04, 2)
    slash = start + np.linspace(0, 1, 8)[:, None] * (end - start)
    return zero + ([slash] if rng.random() < 0.8 else [slash[::-1]])


def continental_one(rng: np.random.Generator, base: Strokes | None) -> Strokes:
    top = (0.6, 0.0)
    flag = (rng.uniform(0.2, 0.4), rng.uniform(0.2, 0.4))  # a longer flag reads as a caret
    stroke = _polyline([flag, top, (0.6 + rng.uniform(-0.08, 0.08), 1.0)], rng, 0.03)
    return [stroke]


def one_with_foot(rng: np.random.Generator, base: Strokes | None) -> Strokes:
    stem = continental_one(rng, None)[0]
    foot_y = stem[-1, 1] + rng.normal(0, 0.02)
    half = rng.uniform(0.2, 0.35)
    foot = _polyline([(stem[-1, 0] - half, foot_y), (stem[-1, 0] + half, foot_y)], rng, 0.015)
    return [stem, foot]


def open_four_one_stroke(rng: np.random.Generator, base: Strokes | None) -> Strokes:
    bar = rng.uniform(0.5, 0.7)
    right = rng.uniform(0.62, 0.78)
    return [_polyline([(rng.uniform(0.15, 0.35), 0.0), (0.1, bar), (0.95, bar), (right, rng.uniform(0.0, 0.15)),
                       (right + rng.uniform(-0.05, 0.05), 1.0)], rng, 0.035)]


def closed_four(rng: np.random.Generator, base: Strokes | None) -> Strokes:
    bar = rng.uniform(0.55, 0.72)
    x = rng.uniform(0.55, 0.72)
    triangle = _polyline([(x, 0.0), (0.05, bar), (0.95, bar)], rng, 0.03)
    stem = _polyline([(x, 0.0), (x + rng.uniform(-0.06, 0.06), 1.0)], rng, 0.02)
    return [triangle, stem] if rng.random() < 0.7 else [stem, triangle]


def crossed_seven(rng: np.random.Generator, base: Strokes | None) -> Strokes:
    if base:
        seven = normalised(base)
    else:
        seven = [_polyline([(0.1, 0.05), (0.9, 0.0), (rng.uniform(0.3, 0.5), 1.0)], rng, 0.03)]
    lo, hi = _bounds(seven)
    points = np.concatenate(seven)
    y = lo[1] + rng.uniform(0.45, 0.6) * (hi[1] - lo[1])
    near = points[np.argsort(np.abs(points[:, 1] - y))[:3]]
    x = float(near[:, 0].mean())
    half = rng.uniform(0.15, 0.28) * (hi[0] - lo[0] + 1e-9)
    bar = _polyline([(x - half, y), (x + half * rng.uniform(0.8, 1.2), y + rng.normal(0, 0.02))], rng, 0.015)
    return seven + [bar]


def straight_nine(rng: np.random.Generator, base: Strokes | None) -> Strokes:
    rx, ry = rng.uniform(0.25, 0.35), rng.uniform(0.18, 0.25)
    cx, cy = 0.55, ry + 0.02
    loop = _arc(cx, cy, rx, ry, 0.0, -2 * np.pi * rng.uniform(1.0, 1.05), 32)  # from the right, anticlockwise
    stem_x = cx + rx * rng.uniform(0.85, 1.0)
    stem = _polyline([(stem_x, cy), (stem_x + rng.uniform(-0.06, 0.03), 1.0)], rng, 0.015)
    if rng.random() < 0.6:
        return [np.vstack([loop, stem])]
    return [loop, stem]


@dataclass(frozen=True)
class Style:
    """One way of writing a digit: its name, the digit, where people write it so, and a sample maker."""

    name: str
    digit: int
    where: str
    make: Callable[[np.random.Generator, Strokes | None], Strokes]
    uses_real_samples: bool = False


STYLES: tuple[Style, ...] = (
    Style("slashed zero", 0, "Programmers, engineers and many Scandinavian and German writers slash the zero so "
          "that it cannot be taken for the letter O.", slashed_zero, True),
    Style("continental one", 1, "Across continental Europe, Latin America and Vietnam the 1 starts with a long "
          "up-stroke, which MNIST's US writers hardly ever draw.", continental_one),
    Style("one with a foot", 1, "A 1 with an up-stroke and a base line, as printed in type and taught in some "
          "schools.", one_with_foot),
    Style("open four in one stroke", 4, "Quick writers everywhere draw the open 4 without lifting the pen, so "
          "the stem hangs from the cross-bar; most of MNIST's 4s are two strokes.", open_four_one_stroke),
    Style("closed four", 4, "The closed, printed 4 (a triangle on a stem) is how type shows it and how many "
          "school systems teach it.", closed_four),
    Style("crossed seven", 7, "Continental Europe, Latin America and Vietnam cross the 7 so that it cannot be "
          "read as a 1.", crossed_seven, True),
    Style("straight-stem nine", 9, "Many adults write the 9 as a round loop on a straight stem, like type, where "
          "MNIST's 9s mostly curve.", straight_nine),
)


def style(name: str) -> Style:
    for candidate in STYLES:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no writing style {name!r}")


__all__ = ["STYLES", "Style", "style"]
