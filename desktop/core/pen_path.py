"""A drawing as the pen moved: points evenly spaced along its path, for a network that reads the path.

The 28x28 image keeps where the ink is but not how it got there. A 0 with a
tail and a p, or a 1 with a foot and a 2, can leave nearly the same image;
the order and direction of the strokes tell them apart. :func:`path_features`
turns strokes (any units, y down) into ``POINTS`` points evenly spaced along
the pen's path, jumps between strokes included, each with its position
(centred, divided by the drawing's height), the direction of travel (a unit
vector) and whether the pen was up there.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

POINTS = 64
#: Per point: x, y, direction x, direction y, pen up (1) or down (0).
FEATURES = 5


def path_features(strokes: Sequence[np.ndarray]) -> np.ndarray:
    """float32 (POINTS, FEATURES) for ``strokes`` (each an (n, 2) polyline); zeros for no ink.

    Positions are centred on the drawing's box and divided by its height (or by 0.7 of its width,
    if larger: a dash is not blown up to a wall), so the features do not depend on where or how
    large it was drawn.
    """
    paths = [np.asarray(s, float).reshape(-1, 2) for s in strokes if len(s)]
    if not paths:
        return np.zeros((POINTS, FEATURES), np.float32)
    points, starts, count = [], [], 0
    for path in paths:
        if len(path) == 1:  # a dot: a tiny segment, so that it has a direction and a length
            path = np.vstack([path, path + 1e-3])
        starts.append(count)
        points.append(path)
        count += len(path)
    p = np.vstack(points)
    lo, hi = p.min(axis=0), p.max(axis=0)
    p = (p - (lo + hi) / 2) / max(hi[1] - lo[1], 0.7 * (hi[0] - lo[0]), 1e-9)
    along = np.r_[0.0, np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))]
    if along[-1] <= 0:
        along = np.linspace(0.0, 1.0, len(p))
    grid = np.linspace(0.0, along[-1], POINTS)
    x, y = np.interp(grid, along, p[:, 0]), np.interp(grid, along, p[:, 1])
    # Pen up on the jumps from one stroke's end to the next one's start: the grid points strictly inside
    # such a segment (searchsorted finds each point's segment in one call; a drawing may hold 1,000 strokes).
    jump = np.zeros(len(p), bool)
    jump[np.asarray(starts[1:], int) - 1] = True
    segment = np.clip(np.searchsorted(along, grid, side="right") - 1, 0, len(p) - 1)
    up = (jump[segment] & (grid > along[segment])).astype(float)
    dx, dy = np.gradient(x), np.gradient(y)
    length = np.hypot(dx, dy) + 1e-9
    return np.stack([x, y, dx / length, dy / length, up], axis=1).astype(np.float32)


__all__ = ["FEATURES", "POINTS", "path_features"]
