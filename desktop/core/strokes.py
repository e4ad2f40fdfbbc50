"""Vector strokes from the canvas, and their rendering into the 28x28 network input.

Preprocessing follows how MNIST was made, but from the vector strokes rather
than from canvas pixels, so the result depends neither on where nor on how
large the digit was drawn, nor on the brush width:

1. Erasers cut away the parts of earlier strokes they passed over.
2. The bounding box of the remaining stroke points is scaled so the inked
   digit (including the pen's thickness) fits a 20x20 box, keeping the
   aspect ratio.
3. The strokes are re-rendered at one normalised pen width (``PEN_WIDTH``
   pixels of the 28x28 image), anti-aliased: each pixel's ink is its distance
   to the nearest stroke segment mapped through a soft edge.
4. The image is shifted (with sub-pixel precision, by rendering again) so the
   ink's centre of mass sits at the centre of the 28x28 field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

SIZE = 28
BOX = 20.0
PEN_WIDTH = 2.0
EDGE_SOFTNESS = 1.0
_CENTRES = (np.arange(SIZE, dtype=np.float32) + 0.5)
_GRID = np.stack(np.meshgrid(_CENTRES, _CENTRES), axis=-1).reshape(-1, 2)  # (784, 2) as (x, y)


@dataclass(frozen=True)
class Stroke:
    """One pen-down-to-pen-up path in canvas units; ``erase`` strokes remove ink."""

    points: np.ndarray
    width: float
    erase: bool = False

    @staticmethod
    def of(points, width: float, erase: bool = False) -> "Stroke":
        return Stroke(np.asarray(points, dtype=np.float64).reshape(-1, 2), float(width), erase)


@dataclass
class Drawing:
    """Ordered strokes with per-stroke undo/redo. Pure data; the canvas widget shows it."""

    strokes: list[Stroke] = field(default_factory=list)
    undone: list[Stroke] = field(default_factory=list)

    def add(self, stroke: Stroke) -> None:
        self.strokes.append(stroke)
        self.undone.clear()

    def undo(self) -> bool:
        if not self.strokes:
            return False
        self.undone.append(self.strokes.pop())
        return True

    def redo(self) -> bool:
        if not self.undone:
            return False
        self.strokes.append(self.undone.pop())
        return True

    def clear(self) -> None:
        self.strokes.clear()
        self.undone.clear()

    def ink(self, extra: Stroke | None = None) -> list[tuple[np.ndarray, float]]:
        """The visible ink as (polyline, width) pairs, erasers applied (``extra``: a stroke in progress)."""
        return apply_erasers(self.strokes + ([extra] if extra is not None else []))


def densify(points: np.ndarray, spacing: float) -> np.ndarray:
    """Insert points so consecutive points are at most ``spacing`` apart."""
    if len(points) < 2:
        return points
    out = [points[:1]]
    for a, b in zip(points[:-1], points[1:]):
        n = int(np.ceil(np.hypot(*(b - a)) / spacing))
        if n > 1:
            t = np.linspace(0, 1, n + 1)[1:, None]
            out.append(a + t * (b - a))
        else:
            out.append(b[None])
    return np.concatenate(out)


def _segments(paths: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Start and end points of every segment of the polylines; a lone point is a zero-length segment."""
    starts, ends = [], []
    for p in paths:
        if len(p) == 1:
            starts.append(p)
            ends.append(p)
        elif len(p) > 1:
            starts.append(p[:-1])
            ends.append(p[1:])
    if not starts:
        return np.zeros((0, 2)), np.zeros((0, 2))
    return np.concatenate(starts), np.concatenate(ends)


def _segment_distance(points: np.ndarray, paths: list[np.ndarray]) -> np.ndarray:
    """Distance from each of ``points`` (M, 2) to the nearest segment of ``paths``."""
    a, b = _segments(paths)
    if len(a) == 0:
        return np.full(len(points), np.inf)
    px, py = points[:, :1], points[:, 1:]
    ax, ay = a[None, :, 0], a[None, :, 1]
    abx, aby = b[None, :, 0] - ax, b[None, :, 1] - ay
    length2 = np.maximum(abx * abx + aby * aby, 1e-12)
    t = np.clip(((px - ax) * abx + (py - ay) * aby) / length2, 0.0, 1.0)
    dx, dy = px - ax - t * abx, py - ay - t * aby
    return np.sqrt((dx * dx + dy * dy).min(axis=1))


def apply_erasers(strokes: list[Stroke]) -> list[tuple[np.ndarray, float]]:
    """(polyline, width) of the ink left after each eraser stroke cut away what it passed over."""
    paths: list[tuple[np.ndarray, float]] = []
    for stroke in strokes:
        if not stroke.erase:
            paths.append((stroke.points, stroke.width))
            continue
        kept = []
        for path, width in paths:
            dense = densify(path, max(width / 4, 0.5))
            hit = _segment_distance(dense, [stroke.points]) <= (stroke.width + width) / 2
            # Split the path into the runs of points the eraser did not touch.
            edges = np.flatnonzero(np.diff(np.concatenate([[1], hit.astype(np.int8), [1]])))
            for start, stop in zip(edges[::2], edges[1::2]):
                kept.append((dense[start:stop], width))
        paths = kept
    return [(p, w) for p, w in paths if len(p)]


def render(paths: list[np.ndarray], width: float = PEN_WIDTH, softness: float = EDGE_SOFTNESS) -> np.ndarray:
    """Anti-aliased (28, 28) ink image of polylines already in 28x28 pixel coordinates."""
    distance = _segment_distance(_GRID, paths)
    ink = np.clip((width / 2 - distance) / softness + 0.5, 0.0, 1.0)
    return ink.reshape(SIZE, SIZE).astype(np.float32)


def to_mnist(paths: list[np.ndarray], width: float = PEN_WIDTH, softness: float = EDGE_SOFTNESS) -> np.ndarray:
    """Polylines in any units (y down) -> float32 (28, 28) in [0, 1], MNIST-style (see module docs)."""
    paths = [np.asarray(p, dtype=np.float64) for p in paths if len(p)]
    if not paths:
        return np.zeros((SIZE, SIZE), np.float32)
    allpts = np.concatenate(paths)
    lo, hi = allpts.min(axis=0), allpts.max(axis=0)
    extent = float((hi - lo).max())
    scale = (BOX - width) / extent if extent > 0 else 1.0
    centre = (lo + hi) / 2
    scaled = [(p - centre) * scale + SIZE / 2 for p in paths]
    image = render(scaled, width, softness)
    mass = image.sum()
    if mass <= 0:
        return image
    cx = (image.sum(axis=0) * _CENTRES).sum() / mass
    cy = (image.sum(axis=1) * _CENTRES).sum() / mass
    shift = np.array([SIZE / 2 - cx, SIZE / 2 - cy])
    return render([p + shift for p in scaled], width, softness)
