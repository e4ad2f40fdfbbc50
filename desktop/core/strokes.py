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

Cost. A live update must stay cheap however much ink there is, so its work
is bounded by the 28x28 output rather than by the strokes:

- All polylines are handled as one array of segments (:class:`Segments`), so
  many strokes cost no Python loop.
- In 28x28 units, runs of segments shorter than a tenth of a pixel (a slowly
  drawn stroke) are joined into chords that stray at most ``TOLERANCE`` from
  the path; ordinary strokes are left as drawn.
- Segments are cut into pieces at most one pixel long, and each piece is
  measured only against the pixels within reach of its ink
  (``PEN_WIDTH / 2 + EDGE_SOFTNESS / 2``), a 4x4 patch, not all 784; pixels
  already fully inked (dense ink) are not measured again.
- Erasers only look at the ink whose bounding box they come near, and
  :class:`Drawing` keeps the ink left by its finished strokes, so a live
  update applies only the stroke in progress.
- :class:`LiveRenderer` keeps the finished ink's pieces and first rendering
  while a stroke inside its bounding box is drawn, so a live update renders
  the finished ink once, not twice.

Apart from the joined chords, the image is exactly what measuring every
pixel against every segment gives.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

import numpy as np

from .placement import Placement

SIZE = 28
BOX = 20.0
PEN_WIDTH = 2.0
EDGE_SOFTNESS = 1.0
FINE = 0.1  # segments shorter than this (in 28x28 pixels) may be joined into chords ...
CHORD = 0.5  # ... about this long ...
TOLERANCE = 0.005  # ... where the drawn path strays at most this far from them
_CENTRES = (np.arange(SIZE, dtype=np.float32) + 0.5)


@dataclass(frozen=True)
class Stroke:
    """One pen-down-to-pen-up path in canvas units; ``erase`` strokes remove ink."""

    points: np.ndarray
    width: float
    erase: bool = False

    @staticmethod
    def of(points, width: float, erase: bool = False) -> "Stroke":
        return Stroke(np.asarray(points, dtype=np.float64).reshape(-1, 2), float(width), erase)

    @cached_property
    def box(self) -> np.ndarray:
        """Bounding box of the points, ``(x0, y0, x1, y1)``."""
        return _box(self.points)

    @cached_property
    def segments(self) -> "Segments":
        """The path as :class:`Segments`."""
        return Segments.of([self.points])


def _box(points: np.ndarray) -> np.ndarray:
    return np.concatenate([points.min(axis=0), points.max(axis=0)])


@dataclass(frozen=True, eq=False)
class Segments:
    """Any number of polylines as one array of line segments, so that many of them cost no Python loop.

    Segment ``i`` runs from ``a[i]`` to ``b[i]`` (each array (S, 2), float64);
    a polyline of one point is a dot, a segment of zero length. Segments come
    in the order of the polylines and of their points, so the segments of
    polylines ``p + q`` are those of ``p`` followed by those of ``q``.
    ``grown_from`` refers (weakly) to ``p`` in such a sum, so that work done on
    ``p`` can be reused.
    """

    a: np.ndarray
    b: np.ndarray
    grown_from: weakref.ref | None = field(default=None, repr=False)

    @staticmethod
    def of(paths: Sequence[np.ndarray]) -> "Segments":
        """The segments of polylines ``paths`` (each (n, 2); empty ones are dropped)."""
        arrays = [a for a in (np.asarray(p, dtype=np.float64).reshape(-1, 2) for p in paths) if len(a)]
        if not arrays:
            return Segments(np.zeros((0, 2)), np.zeros((0, 2)))
        points = np.concatenate(arrays)
        lengths = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
        last = np.cumsum(lengths) - 1
        follows = np.ones(len(points), dtype=bool)  # point i + 1 continues the polyline of point i
        follows[last] = False
        start = follows.copy()  # where a segment starts: before each following point, and at each dot
        start[last[lengths == 1]] = True
        first = np.flatnonzero(start)
        return Segments(points[first], points[first + follows[first]])

    def __len__(self) -> int:
        return len(self.a)

    def __add__(self, other: "Segments") -> "Segments":
        if not len(other):
            return self
        if not len(self):
            return other
        return Segments(np.concatenate([self.a, other.a]), np.concatenate([self.b, other.b]), weakref.ref(self))


class Ink:
    """The ink left visible by a sequence of strokes: polylines in canvas units with their pen widths.

    Immutable; :meth:`then` gives the ink after one more stroke. Each polyline's
    bounding box is kept so an eraser only looks at the ink it comes near.
    """

    def __init__(self, paths: Sequence[np.ndarray] = (), widths: Sequence[float] = (),
                 boxes: np.ndarray | None = None, segments: Segments | None = None) -> None:
        self.paths: tuple[np.ndarray, ...] = tuple(paths)
        self.widths: tuple[float, ...] = tuple(widths)
        self.boxes: np.ndarray = np.zeros((0, 4)) if boxes is None else boxes
        self._segments = segments

    def __len__(self) -> int:
        return len(self.paths)

    def pairs(self) -> list[tuple[np.ndarray, float]]:
        """(polyline, width) of every visible piece of ink."""
        return list(zip(self.paths, self.widths))

    @property
    def segments(self) -> Segments:
        """All polylines as one :class:`Segments` (computed once)."""
        if self._segments is None:
            self._segments = Segments.of(self.paths)
        return self._segments

    def then(self, stroke: Stroke) -> "Ink":
        """The ink after ``stroke``: added to it, or, for an eraser, cut where the eraser passed."""
        if stroke.erase or not len(stroke.points):
            return self.after([stroke])
        segments = None if self._segments is None else self._segments + stroke.segments
        return Ink(self.paths + (stroke.points,), self.widths + (stroke.width,),
                   np.concatenate([self.boxes, stroke.box[None]]), segments)

    def after(self, strokes: Sequence[Stroke]) -> "Ink":
        """The ink after ``strokes``, one after the other (see :meth:`then`)."""
        paths, widths, boxes = list(self.paths), list(self.widths), [self.boxes]
        for stroke in strokes:
            if not len(stroke.points):
                continue
            if not stroke.erase:
                paths.append(stroke.points)
                widths.append(stroke.width)
                boxes.append(stroke.box[None])
                continue
            box = np.concatenate(boxes)
            reach = (stroke.width + np.asarray(widths)) / 2
            near = np.flatnonzero((box[:, 0] - reach <= stroke.box[2]) & (box[:, 2] + reach >= stroke.box[0])
                                  & (box[:, 1] - reach <= stroke.box[3]) & (box[:, 3] + reach >= stroke.box[1]))
            # Replace each touched polyline by what is left of it, keeping the order.
            new_paths: list[np.ndarray] = []
            new_widths: list[float] = []
            new_boxes: list[np.ndarray] = []
            done = 0
            for i in near:
                kept = _erase_path(paths[i], widths[i], stroke)
                if kept is None:
                    continue
                new_paths += paths[done:i] + kept
                new_widths += widths[done:i] + [widths[i]] * len(kept)
                new_boxes += [box[done:i]] + [_box(p)[None] for p in kept]
                done = i + 1
            if done:
                paths = new_paths + paths[done:]
                widths = new_widths + widths[done:]
                box = np.concatenate(new_boxes + [box[done:]])
            boxes = [box]
        return Ink(paths, widths, np.concatenate(boxes))


def _erase_path(path: np.ndarray, width: float, eraser: Stroke) -> list[np.ndarray] | None:
    """The runs of ``path`` (pen ``width``) the eraser did not touch; None if it touched nothing."""
    reach = (eraser.width + width) / 2
    dense = densify(path, max(width / 4, 0.5))
    near = np.flatnonzero(((dense >= eraser.box[:2] - reach) & (dense <= eraser.box[2:] + reach)).all(axis=1))
    if not len(near):
        return None
    hit = np.zeros(len(dense), dtype=bool)
    hit[near] = _segment_distance(dense[near], eraser.segments) <= reach
    if not hit.any():
        return None
    edges = np.flatnonzero(np.diff(np.concatenate([[1], hit.astype(np.int8), [1]])))
    return [dense[start:stop] for start, stop in zip(edges[::2], edges[1::2])]


@dataclass
class Drawing:
    """Ordered strokes with per-stroke undo/redo. Pure data; the canvas widget shows it.

    The ink left by the finished strokes (erasers applied) is kept between
    calls; ``add``, ``undo``, ``redo`` and ``clear`` keep it up to date, so
    change ``strokes`` and ``undone`` only through them.
    """

    strokes: list[Stroke] = field(default_factory=list)
    undone: list[Stroke] = field(default_factory=list)
    _finished: Ink | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, stroke: Stroke) -> None:
        self.strokes.append(stroke)
        self.undone.clear()
        self._extend(stroke)

    def undo(self) -> bool:
        if not self.strokes:
            return False
        stroke = self.strokes.pop()
        self.undone.append(stroke)
        ink = self._finished
        if ink is not None and ink.paths and ink.paths[-1] is stroke.points:
            # A drawn stroke added its polyline at the end, and nothing came after it.
            self._finished = Ink(ink.paths[:-1], ink.widths[:-1], ink.boxes[:-1])
        else:
            self._finished = None
        return True

    def redo(self) -> bool:
        if not self.undone:
            return False
        stroke = self.undone.pop()
        self.strokes.append(stroke)
        self._extend(stroke)
        return True

    def clear(self) -> None:
        self.strokes.clear()
        self.undone.clear()
        self._finished = Ink()

    def _extend(self, stroke: Stroke) -> None:
        if self._finished is not None:
            self._finished = self._finished.then(stroke)

    def visible(self, extra: Stroke | None = None) -> Ink:
        """The visible :class:`Ink`, with ``extra`` (a stroke in progress) applied after the finished ones."""
        if self._finished is None:
            self._finished = Ink().after(self.strokes)
        return self._finished if extra is None else self._finished.then(extra)

    def ink(self, extra: Stroke | None = None) -> list[tuple[np.ndarray, float]]:
        """The visible ink as (polyline, width) pairs, erasers applied (``extra``: a stroke in progress)."""
        return self.visible(extra).pairs()

    def segments(self, extra: Stroke | None = None) -> Segments:
        """The visible ink as one :class:`Segments`, for :func:`to_mnist` (``extra`` as for :meth:`ink`)."""
        finished, drawn = self.parts(extra)
        return finished + drawn

    def parts(self, extra: Stroke | None = None) -> tuple[Segments, Segments]:
        """The visible ink as the finished ink's :class:`Segments` and those of ``extra``, for :class:`LiveRenderer`.

        An eraser in progress is applied to the finished ink, and its part is empty.
        """
        if extra is not None and not extra.erase:
            return self.visible().segments, extra.segments
        return self.visible(extra).segments, Segments.of([])


def apply_erasers(strokes: list[Stroke]) -> list[tuple[np.ndarray, float]]:
    """(polyline, width) of the ink left after each eraser stroke cut away what it passed over."""
    return Ink().after(strokes).pairs()


def densify(points: np.ndarray, spacing: float) -> np.ndarray:
    """Insert points so consecutive points are at most ``spacing`` apart."""
    if len(points) < 2:
        return points
    a, b = points[:-1], points[1:]
    n = np.maximum(np.ceil(np.hypot(*(b - a).T) / spacing), 1).astype(np.int64)
    if (n == 1).all():
        return points
    seg = np.repeat(np.arange(len(n)), n)
    step = np.arange(len(seg)) - np.repeat(np.cumsum(n) - n, n) + 1  # 1..n within each segment
    out = a[seg] + (step / n[seg])[:, None] * (b - a)[seg]
    out[np.cumsum(n) - 1] = b  # segment ends exactly
    return np.concatenate([points[:1], out])


def _clip(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """``np.clip(x, low, high)`` (a new array) without its checks, which cost more than the work on
    these small arrays (6-12 against 3.5-4 microseconds; a live update clips about 14 times)."""
    out = np.maximum(x, low)
    return np.minimum(out, high, out=out)


def _distance2(px: np.ndarray, py: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Squared distance from points ``(px, py)`` to segments ``a -> b`` ((..., 2) arrays), broadcast."""
    ax, ay = a[..., 0], a[..., 1]
    abx, aby = b[..., 0] - ax, b[..., 1] - ay
    length2 = np.maximum(abx * abx + aby * aby, 1e-12)
    qx, qy = px - ax, py - ay
    t = _clip((qx * abx + qy * aby) / length2, 0.0, 1.0)
    dx, dy = qx - t * abx, qy - t * aby
    return dx * dx + dy * dy


def _segment_distance(points: np.ndarray, segments: Segments) -> np.ndarray:
    """Distance from each of ``points`` (M, 2) to the nearest of ``segments`` (all M x S pairs)."""
    if not len(segments):
        return np.full(len(points), np.inf)
    return np.sqrt(_distance2(points[:, :1], points[:, 1:], segments.a, segments.b).min(axis=1))


def _simplify(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Join runs of very short segments ``a -> b`` (28x28 units) into chords that follow the path closely.

    A slowly drawn stroke has many points closer together than a fraction of
    a pixel; rendering cost should not grow with them. Consecutive segments
    shorter than ``FINE`` (each starting exactly where the one before ended)
    are joined into chords of ``CHORD`` of path; a chord that some left out
    point strays more than ``TOLERANCE`` from is halved, and so on. Then every
    point of the path is within ``TOLERANCE`` of the chords and the other way
    round, so no pixel's ink changes by more than ``TOLERANCE / EDGE_SOFTNESS``.
    Ordinary strokes, with points a pixel or so apart, come back unchanged.
    """
    n = len(a)
    length = np.hypot(*(b - a).T)
    fine = length < FINE
    joined = np.zeros(n, dtype=bool)  # segment i continues segment i - 1, both very short
    joined[1:] = fine[1:] & fine[:-1] & (a[1:] == b[:-1]).all(axis=1)
    if not joined.any():
        return a, b
    along = np.cumsum(length) - length  # path length up to each segment's start ...
    run = np.flatnonzero(~joined)
    along -= np.repeat(along[run], np.diff(np.append(run, n)))  # ... within its run
    cut = ~joined  # where a chord starts
    split = np.ones(n, dtype=bool)  # segments in chords still to be cut
    step = CHORD
    for _ in range(8):
        unit = np.floor(along / step)
        cut[1:] |= split[1:] & (unit[1:] != unit[:-1])
        first = np.flatnonzero(cut)
        chord = np.cumsum(cut) - 1
        last = np.append(first[1:], n) - 1
        inner = np.flatnonzero(~cut)  # segments whose start point is left out
        far = _distance2(a[inner, 0], a[inner, 1], a[first][chord[inner]], b[last][chord[inner]]) > TOLERANCE**2
        if not far.any():
            return a[first], b[last]
        bad = np.zeros(len(first), dtype=bool)
        bad[chord[inner[far]]] = True
        split = bad[chord]
        step /= 2
    cut |= split  # the chords still too far from the path: keep their segments as drawn
    first = np.flatnonzero(cut)
    return a[first], b[np.append(first[1:], n) - 1]


def _pieces(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Segments ``a -> b`` cut into equal pieces at most one unit long along x and along y."""
    d = b - a
    n = np.maximum(np.ceil(np.abs(d).max(axis=1, initial=0.0)), 1).astype(np.int64)
    if (n == 1).all():
        return a, b
    last = np.cumsum(n) - 1  # each segment's last piece
    seg = np.repeat(np.arange(len(n)), n)
    step = np.arange(len(seg)) - np.repeat(last + 1 - n, n)  # 0..n-1 within each segment
    d, start, count = d[seg], a[seg], n[seg]
    starts = start + (step / count)[:, None] * d
    ends = start + ((step + 1) / count)[:, None] * d
    ends[last] = b
    return starts, ends


def _ink(nearest2: np.ndarray, width: float, softness: float) -> np.ndarray:
    """Ink of pixels at squared distance ``nearest2`` from the nearest stroke centreline."""
    ink = np.sqrt(nearest2)  # then (width / 2 - distance) / softness + 0.5, clipped to 0-1, in place
    np.subtract(width / 2, ink, out=ink)
    ink /= softness
    ink += 0.5
    np.maximum(ink, 0.0, out=ink)
    return np.minimum(ink, 1.0, out=ink)


def _lower_nearest(nearest2: np.ndarray, index: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    """Lower squared distances in ``nearest2`` to those from pixels ``index`` to pieces ``a -> b``, pairwise.

    ``nearest2`` is the 28x28 image with a margin of ``m`` pixels all round,
    ``(28 + 2m, 28 + 2m)``; ``index`` is into it, flat.
    """
    wide = nearest2.shape[1]
    margin = (wide - SIZE) // 2
    ky, kx = np.divmod(index, wide)
    np.minimum.at(nearest2.reshape(-1), index, _distance2(kx + (0.5 - margin), ky + (0.5 - margin), a, b))


def _all_in_windows(mask: np.ndarray, side: int) -> np.ndarray:
    """``[y, x]``: whether ``mask`` is True all over its ``side`` x ``side`` window from ``(y, x)``."""
    n = mask.shape[1] - side + 1
    rows = mask[:, :n].copy()
    for k in range(1, side):
        rows &= mask[:, k:k + n]
    out = rows[: mask.shape[0] - side + 1].copy()
    for k in range(1, side):
        out &= rows[k:k + len(out)]
    return out


@cache
def _patch(side: int) -> np.ndarray:
    """Flat offsets of a ``side`` x ``side`` square of pixels in :func:`_render_pieces`' margined image."""
    wide = SIZE + 2 * side
    out = (np.arange(side)[:, None] * wide + np.arange(side)).reshape(-1)
    out.flags.writeable = False
    return out


def _render_pieces(a: np.ndarray, b: np.ndarray, width: float, softness: float) -> np.ndarray:
    """Anti-aliased (28, 28) ink of pieces ``a -> b`` (28x28 units, at most 1 long along x and y).

    A pixel's ink depends only on the pieces within ``width / 2 + softness / 2``
    of its centre, so each piece is measured against a small square patch of
    pixels around it, and not even that where the pixel is known to be fully
    inked already: first each piece inks the pixel around its middle, which in
    dense ink fills most pixels.
    """
    reach = width / 2 + softness / 2
    side = int(np.ceil(2 * reach)) + 1  # of a patch; also the margin, so that patches need no bounds checks
    wide = SIZE + 2 * side
    nearest2 = np.full((wide, wide), np.inf)
    home = _clip(np.floor((a + b) / 2).astype(np.intp), -side, SIZE + side - 1) + side
    _lower_nearest(nearest2, home[:, 1] * wide + home[:, 0], a, b)
    skip = _ink(nearest2, width, softness) >= 1.0  # fully inked already
    skip[:side] = skip[-side:] = skip[:, :side] = skip[:, -side:] = True  # outside the image

    first = _clip(np.floor(np.minimum(a, b) - reach - 0.5).astype(np.intp) + 1, -side, SIZE) + side
    done = _all_in_windows(skip, side)  # [y, x]: the patch from there needs nothing
    busy = np.flatnonzero(~done[first[:, 1], first[:, 0]])
    patch = _patch(side)
    index = (first[busy, 1] * wide + first[busy, 0])[:, None] + patch  # pixels in reach of the busy pieces
    row, j = np.nonzero(~skip.reshape(-1)[index])
    piece = busy[row]
    _lower_nearest(nearest2, index[row, j], a[piece], b[piece])
    return _ink(nearest2[side:-side, side:-side], width, softness).astype(np.float32)


def render(paths: Sequence[np.ndarray] | Segments, width: float = PEN_WIDTH,
           softness: float = EDGE_SOFTNESS) -> np.ndarray:
    """Anti-aliased (28, 28) ink image of polylines already in 28x28 pixel coordinates."""
    segments = paths if isinstance(paths, Segments) else Segments.of(paths)
    return _render_pieces(*_pieces(*_simplify(segments.a, segments.b)), width, softness)


def _bounds(segments: Segments) -> tuple[np.ndarray, np.ndarray]:
    """Lowest and highest (x, y) of the segments' ends (at least one segment)."""
    a, b = segments.a, segments.b
    return np.minimum(a.min(axis=0), b.min(axis=0)), np.maximum(a.max(axis=0), b.max(axis=0))


def _frame(lo: np.ndarray, hi: np.ndarray, width: float) -> tuple[np.ndarray, float]:
    """Centre and scale that fit the box ``lo``-``hi`` (inked with pen ``width``) into the 20x20 box."""
    extent = float((hi - lo).max())
    return (lo + hi) / 2, (BOX - width) / extent if extent > 0 else 1.0


def _placed(segments: Segments, centre: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """The segments moved into the 28x28 field (``centre`` to its middle, scaled), simplified, cut into pieces."""
    return _pieces(*_simplify((segments.a - centre) * scale + SIZE / 2, (segments.b - centre) * scale + SIZE / 2))


def _centring_shift(image: np.ndarray) -> np.ndarray | None:
    """The (x, y) shift that moves the ink's centre of mass to the middle of the field (None: no ink)."""
    mass = image.sum()
    if mass <= 0:
        return None
    cx = (image.sum(axis=0) * _CENTRES).sum() / mass
    cy = (image.sum(axis=1) * _CENTRES).sum() / mass
    return np.array([SIZE / 2 - cx, SIZE / 2 - cy])


def _centred(a: np.ndarray, b: np.ndarray, image: np.ndarray, width: float, softness: float) -> np.ndarray:
    """Pieces ``a -> b`` rendered again, shifted so the ink of their first rendering ``image`` is centred."""
    shift = _centring_shift(image)
    if shift is None:
        return image
    return _render_pieces(a + shift, b + shift, width, softness)


def to_mnist(paths: Sequence[np.ndarray] | Segments, width: float = PEN_WIDTH,
             softness: float = EDGE_SOFTNESS) -> np.ndarray:
    """Polylines in any units (y down) -> float32 (28, 28) in [0, 1], MNIST-style (see module docs)."""
    segments = paths if isinstance(paths, Segments) else Segments.of(paths)
    if not len(segments):
        return np.zeros((SIZE, SIZE), np.float32)
    a, b = _placed(segments, *_frame(*_bounds(segments), width))
    return _centred(a, b, _render_pieces(a, b, width, softness), width, softness)


def stroke_placement(paths: Sequence[np.ndarray] | Segments, width: float = PEN_WIDTH,
                     softness: float = EDGE_SOFTNESS) -> Placement | None:
    """Where :func:`to_mnist`'s 28x28 image lies on the polylines' own coordinates (None: no ink)."""
    segments = paths if isinstance(paths, Segments) else Segments.of(paths)
    if not len(segments):
        return None
    centre, scale = _frame(*_bounds(segments), width)
    shift = _centring_shift(_render_pieces(*_placed(segments, centre, scale), width, softness))
    if shift is None:
        return None
    # input = (source - centre) * scale + SIZE / 2 + shift, solved for source
    offset = centre - (SIZE / 2 + shift) / scale
    return Placement(1 / scale, 1 / scale, float(offset[0]), float(offset[1]))


class LiveRenderer:
    """:func:`to_mnist` of finished ink plus a stroke in progress, reusing the finished ink's work.

    While a stroke is drawn the finished ink stays the same, and so, as long as
    the stroke stays inside the finished ink's bounding box, does the frame
    (scale and centre) they are rendered in. The finished ink's pieces and
    first rendering (the one that finds the centre of mass) are then kept: a
    pixel's ink falls with its distance to the nearest piece, so the first
    rendering of both is the pixelwise maximum of each one's. Only the final,
    centred rendering covers all the ink on every call. When the stroke is
    finished, the finished ink grows by it (``Segments.grown_from``) and the
    stroke's work, and the last image, are kept too. Call it from one thread
    at a time.
    """

    def __init__(self, width: float = PEN_WIDTH, softness: float = EDGE_SOFTNESS) -> None:
        self.width = width
        self.softness = softness
        self._finished: Segments | None = None
        self._bounds: tuple[np.ndarray, np.ndarray] | None = None
        self._frame: tuple[np.ndarray, float] | None = None  # of the last call; the state below is in it
        self._pieces: tuple[np.ndarray, np.ndarray] = (np.zeros((0, 2)), np.zeros((0, 2)))
        self._image = np.zeros((SIZE, SIZE), np.float32)
        self._result: np.ndarray | None = None  # of the finished ink alone
        # The last stroke in progress: its segments, pieces, first rendering, and the image with it.
        self._last: tuple[Segments, tuple[np.ndarray, np.ndarray], np.ndarray, np.ndarray] | None = None

    def __call__(self, finished: Segments, stroke: Segments | None = None) -> np.ndarray:
        """The 28x28 image of ``finished`` followed by ``stroke`` (as ``to_mnist(finished + stroke)``)."""
        if finished is not self._finished:
            self._adopt(finished)
        drawn = stroke is not None and len(stroke) > 0
        if not drawn and self._result is not None:
            return self._result
        bounds = [self._bounds] if self._bounds is not None else []
        if drawn:
            bounds.append(_bounds(stroke))
        if not bounds:
            return np.zeros((SIZE, SIZE), np.float32)
        lo, hi = bounds[0]
        if len(bounds) == 2:
            lo, hi = np.minimum(lo, bounds[1][0]), np.maximum(hi, bounds[1][1])
        frame = _frame(lo, hi, self.width)
        if not self._same_frame(frame):
            self._frame = frame
            if len(finished):
                self._pieces = _placed(finished, *frame)
                self._image = _render_pieces(*self._pieces, self.width, self.softness)
            else:
                self._pieces = (np.zeros((0, 2)), np.zeros((0, 2)))
                self._image = np.zeros((SIZE, SIZE), np.float32)
        if not drawn:
            self._result = _centred(*self._pieces, self._image, self.width, self.softness)
            return self._result
        pieces = _placed(stroke, *frame)
        first = _render_pieces(*pieces, self.width, self.softness)
        a, b = (np.concatenate([mine, theirs]) for mine, theirs in zip(self._pieces, pieces))
        result = _centred(a, b, np.maximum(self._image, first), self.width, self.softness)
        self._last = (stroke, pieces, first, result)
        return result

    def _same_frame(self, frame: tuple[np.ndarray, float]) -> bool:
        return self._frame is not None and frame[1] == self._frame[1] and np.array_equal(frame[0], self._frame[0])

    def _adopt(self, finished: Segments) -> None:
        """Take ``finished`` as the finished ink, extending the kept work if it is the old one grown."""
        old, last = self._finished, self._last
        self._finished, self._last, self._result = finished, None, None
        self._bounds = _bounds(finished) if len(finished) else None
        grown = (old is not None and len(old) and finished.grown_from is not None
                 and finished.grown_from() is old and self._bounds is not None
                 and self._same_frame(_frame(*self._bounds, self.width)))
        if not grown:
            self._frame = None
            return
        added = Segments(finished.a[len(old):], finished.b[len(old):])
        if (last is not None and np.array_equal(last[0].a, added.a) and np.array_equal(last[0].b, added.b)):
            _, pieces, first, self._result = last  # the stroke just finished, as last rendered
        else:
            pieces = _placed(added, *self._frame)
            first = _render_pieces(*pieces, self.width, self.softness)
        self._pieces = tuple(np.concatenate([mine, theirs]) for mine, theirs in zip(self._pieces, pieces))
        self._image = np.maximum(self._image, first)
