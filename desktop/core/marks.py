"""Synthetic pen marks that are not digits: dots, dashes, scribbles, hatching, clutter.

What people leave on a canvas besides digits: a tap, a dash, a scribble to
test the pen, a crossed-out area. The real symbols and letters of
``unipen-dev-nondigits.json.gz`` do not cover these. Vertical and steep
lines are left out on purpose: a straight stroke in any direction near the
vertical is how many people write a 1.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Strokes = list[np.ndarray]


def dot(rng: np.random.Generator) -> Strokes:
    """A tap: one point, or the same point twice.

    A wiggle on the spot is left out: the canvas scales any mark to fill the
    digit box, so a tiny loop looks just like a 0 by then.
    """
    point = rng.uniform(0, 1, (1, 2))
    return [point if rng.random() < 0.7 else np.vstack([point, point])]


def dash(rng: np.random.Generator) -> Strokes:
    """A straight or slightly bent stroke within 25 degrees of the horizontal."""
    angle = np.radians(rng.uniform(-25, 25))
    t = np.linspace(0, 1, int(rng.integers(4, 20)))[:, None]
    line = t * [np.cos(angle), np.sin(angle)]
    bend = rng.normal(0, 0.05) * np.sin(np.pi * t) * [-np.sin(angle), np.cos(angle)]
    return [line + bend]


def scribble(rng: np.random.Generator) -> Strokes:
    """A fast zigzag or tangle over an area."""
    n = int(rng.integers(8, 40))
    if rng.random() < 0.5:  # zigzag back and forth while drifting
        x = np.where(np.arange(n) % 2 == 0, 0.0, 1.0) + rng.normal(0, 0.08, n)
        y = np.linspace(0, rng.uniform(0.3, 1.0), n) + rng.normal(0, 0.03, n)
        points = np.stack([x, y], axis=1)
    else:  # a tangle of loops
        t = np.linspace(0, rng.uniform(4, 12) * np.pi, n * 4)
        r = rng.uniform(0.2, 0.5)
        drift = np.linspace(0, 1, len(t))[:, None] * rng.uniform(-0.6, 0.6, 2)
        points = np.stack([r * np.cos(t) * rng.uniform(0.6, 1.4), r * np.sin(t * rng.uniform(0.8, 1.3))], 1) + drift
        points += rng.normal(0, 0.03, points.shape)
    return [points]


def hatching(rng: np.random.Generator) -> Strokes:
    """Several parallel strokes, as when shading or crossing out."""
    angle = np.radians(rng.uniform(-45, 45) + rng.choice([0, 90]) * (rng.random() < 0.3))
    direction = np.array([np.cos(angle), np.sin(angle)])
    normal = np.array([-direction[1], direction[0]])
    k = int(rng.integers(3, 9))
    strokes = []
    for i in range(k):
        start = normal * i * rng.uniform(0.08, 0.2) + direction * rng.normal(0, 0.05)
        strokes.append(start + np.linspace(0, rng.uniform(0.6, 1.0), 6)[:, None] * direction)
    if rng.random() < 0.3:  # crossed
        strokes += [s @ np.array([[0, 1], [-1, 0]]) for s in strokes[: k // 2]]
    return strokes


def clutter(rng: np.random.Generator) -> Strokes:
    """Three to ten short strokes scattered about."""
    strokes = []
    for _ in range(int(rng.integers(3, 11))):
        start = rng.uniform(0, 1, 2)
        steps = rng.normal(0, 0.08, (int(rng.integers(1, 6)), 2))
        strokes.append(np.vstack([start, start + np.cumsum(steps, axis=0)]))
    return strokes


def filled_blob(rng: np.random.Generator) -> Strokes:
    """A small area coloured in: a spiral or dense back-and-forth."""
    t = np.linspace(0, rng.uniform(6, 16) * np.pi, 120)
    r = np.linspace(rng.uniform(0.3, 0.5), 0.02, len(t))
    return [np.stack([r * np.cos(t), r * np.sin(t) * rng.uniform(0.6, 1.4)], axis=1)]


MARKS: dict[str, Callable[[np.random.Generator], Strokes]] = {
    "dot": dot, "dash": dash, "scribble": scribble, "hatching": hatching, "clutter": clutter,
    "filled blob": filled_blob,
}


def random_marks(n: int, rng: np.random.Generator) -> list[Strokes]:
    """``n`` marks, the kinds taken in turn."""
    makers = list(MARKS.values())
    return [makers[i % len(makers)](rng) for i in range(n)]


__all__ = ["MARKS", "random_marks"]
