"""A whole number written in a row: strokes grouped into digits, each read as one digit.

Grouping works on the visible ink (polylines in canvas units, y down), by
horizontal overlap: two pieces of ink belong to one digit when their
horizontal extents overlap by a good part of the narrower one *and* by a
good part of the writing's height. So the two strokes of a 4 or the bar of a
5 join their digit wherever they were written in the stroke order, while
two digits that touch only at their edges, or a narrow 1 pressed against
its neighbour, stay apart. The user can correct it: a *cut* at a horizontal
position keeps ink on either side apart (ink that crosses it is cut in
two), and a *join* merges the digits at two positions.

Each group is rendered MNIST-style on its own (``strokes.to_mnist``) and
read; readings are cached per group, so a new stroke re-reads only the
digit it changed. A number's digits share its writer's slant, measured on
all of them together (:func:`number_slant`): a digit read as "not a digit"
as written is read again upright, as slanted digits are the ones the
network most often refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .reading import NOT_A_DIGIT, Calibration
from .strokes import to_mnist

# Grouping by overlap errs on the side of keeping pieces apart: reading merges what belongs together
# (NumberReader), but nothing splits what was wrongly joined.
OVERLAP_OF_NARROWER = 0.5  # overlap needed, as a share of the narrower piece's width ...
OVERLAP_OF_HEIGHT = 0.2  # ... and as a share of the writing's height (a 1 pressed against a 3 stays apart);
AFTER = 0.8  # a piece written right after the group's last one: this share of the narrower width is enough


@dataclass(frozen=True)
class Group:
    """One digit: the indices of its ink pieces, its box (x0, y0, x1, y1) in canvas units, its polylines."""

    pieces: tuple[int, ...]
    box: tuple[float, float, float, float]
    paths: tuple[np.ndarray, ...] = field(compare=False, repr=False)

    @property
    def centre_x(self) -> float:
        return (self.box[0] + self.box[2]) / 2


def _extent(path: np.ndarray, width: float) -> tuple[float, float, float, float]:
    half = width / 2
    lo, hi = path.min(axis=0), path.max(axis=0)
    return float(lo[0] - half), float(lo[1] - half), float(hi[0] + half), float(hi[1] + half)


def cut_path(path: np.ndarray, x: float) -> list[np.ndarray]:
    """The polyline cut where it crosses the vertical line at ``x``: its runs on either side."""
    path = np.asarray(path, float)
    pieces, run = [], [path[0]]
    for a, b in zip(path[:-1], path[1:]):
        if (a[0] < x) != (b[0] < x):
            crossing = a + (x - a[0]) / (b[0] - a[0]) * (b - a)
            pieces.append(np.array(run + [crossing]))
            run = [crossing]
        run.append(b)
    pieces.append(np.array(run))
    return pieces


def apply_cuts(ink: Sequence[tuple[np.ndarray, float]], cuts: Sequence[float]) -> list[tuple[np.ndarray, float]]:
    """The ink with every polyline that crosses a cut split there."""
    pieces = list(ink)
    for x in cuts:
        pieces = [(part, width) for path, width in pieces for part in cut_path(np.asarray(path, float), x)]
    return pieces


def group_ink(ink: Sequence[tuple[np.ndarray, float]], cuts: Sequence[float] = (),
              joins: Sequence[tuple[float, float]] = ()) -> list[Group]:
    """Group the visible ink (``(polyline, pen width)`` pairs) into digits, left to right.

    ``cuts``: x positions nothing is grouped across; ``joins``: pairs of x positions whose digits
    are merged (with everything between them).
    """
    pieces = [(np.asarray(p, float), w) for p, w in apply_cuts(ink, cuts) if len(p)]
    if not pieces:
        return []
    boxes = np.array([_extent(p, w) for p, w in pieces])
    # Half the pen: a straight stem still has a width, ink that only touches does not overlap.
    lines = np.array([_extent(p, w / 2) for p, w in pieces])
    heights = lines[:, 3] - lines[:, 1]
    height = max(float(np.median(heights)), float(heights.max()) * 0.5)  # dots and bars do not set it
    centres = (lines[:, 0] + lines[:, 2]) / 2
    # After the cuts no piece crosses one: its side of every cut is where its middle is.
    sides = np.searchsorted(np.sort(np.asarray(cuts, float)), centres)
    groups: list[list[int]] = []
    spans: list[list[float]] = []  # [x0, x1, side] of each group
    owner: dict[int, int] = {}  # piece -> its group, as the pieces are taken in writing order
    for i in range(len(pieces)):
        joined = _best_overlap(spans, lines[i, 0], lines[i, 2], sides[i], height, owner.get(i - 1))
        if joined is None:
            joined = len(groups)
            groups.append([int(i)])
            spans.append([lines[i, 0], lines[i, 2], sides[i]])
        else:
            groups[joined].append(int(i))
            spans[joined][:2] = [min(spans[joined][0], lines[i, 0]), max(spans[joined][1], lines[i, 2])]
        owner[i] = joined
    _merge_grown(groups, spans, height)
    _apply_joins(groups, spans, joins)
    made = []
    for members in groups:
        members = sorted(members)
        b = boxes[members]
        made.append(Group(tuple(members), (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()),
                                           float(b[:, 3].max())), tuple(pieces[m][0] for m in members)))
    return sorted(made, key=lambda g: g.centre_x)


def _overlaps(x0: float, x1: float, gx0: float, gx1: float, height: float, after: bool = False) -> float:
    """How far two horizontal extents overlap if that is enough to be one digit, else 0 (``after``: the
    piece was written right after the group's last piece, as the bar of a 5 or the stem of a 4 are)."""
    overlap = min(x1, gx1) - max(x0, gx0)
    narrower = max(min(x1 - x0, gx1 - gx0), 1e-9)
    if after:
        enough = overlap >= AFTER * narrower
    else:
        enough = overlap >= OVERLAP_OF_NARROWER * narrower and overlap >= OVERLAP_OF_HEIGHT * height
    return overlap if overlap > 0 and enough else 0.0


def _best_overlap(spans: list[list[float]], x0: float, x1: float, side: int, height: float,
                  previous: int | None) -> int | None:
    """The group (on the same side of every cut) a piece overlaps most, if enough; else None.
    ``previous``: the group of the piece written just before."""
    best, most = None, 0.0
    for g, (gx0, gx1, gside) in enumerate(spans):
        overlap = _overlaps(x0, x1, gx0, gx1, height, g == previous) if gside == side else 0.0
        if overlap > most:
            best, most = g, overlap
    return best


def _merge_grown(groups: list[list[int]], spans: list[list[float]], height: float) -> None:
    """Groups that grew into each other (a piece joined each) become one, in place."""
    merged = True
    while merged:
        merged = False
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                (ax0, ax1, aside), (bx0, bx1, bside) = spans[a], spans[b]
                if aside == bside and _overlaps(ax0, ax1, bx0, bx1, height):
                    groups[a] += groups.pop(b)
                    spans[a][:2] = [min(ax0, bx0), max(ax1, bx1)]
                    spans.pop(b)
                    merged = True
                    break
            if merged:
                break


def _apply_joins(groups: list[list[int]], spans: list[list[float]], joins: Sequence[tuple[float, float]]) -> None:
    """Merge, in place, the groups at each join's two positions and every group between them."""
    for xa, xb in joins:
        lo, hi = min(xa, xb), max(xa, xb)
        inside = [g for g, (x0, x1, _) in enumerate(spans) if x1 >= lo and x0 <= hi]
        keep = inside[0] if inside else None
        for g in reversed(inside[1:]):
            groups[keep] += groups.pop(g)
            spans[keep][:2] = [min(spans[keep][0], spans[g][0]), max(spans[keep][1], spans[g][1])]
            spans.pop(g)


@dataclass(frozen=True)
class DigitReading:
    """One group's reading: its 28x28 image, calibrated probabilities, and the digit (None: "not a digit")."""

    group: Group
    image: np.ndarray
    probabilities: np.ndarray
    digit: int | None

    @property
    def confidence(self) -> float:
        return float(np.max(self.probabilities))


@dataclass
class NumberReading:
    """The number read: one reading per group, left to right."""

    digits: list[DigitReading] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The digits read, ``?`` for a group that is not a digit ("" for no ink)."""
        return "".join("?" if d.digit is None else str(d.digit) for d in self.digits)

    @property
    def confidences(self) -> list[float]:
        return [d.confidence for d in self.digits]


# A 28x28 image and the strokes it was rendered from (in writing order) -> (the digit, or NOT_A_DIGIT, and
# the calibrated probabilities), as Calibration.read or, with the pen path, PathReader.
Reader = Callable[[np.ndarray, Sequence[np.ndarray]], tuple[int, np.ndarray]]
NEAR = 0.6  # neighbouring groups whose ink comes this close (share of the writing's height) may be one digit
MERGE_GAIN = 1.0  # ... and are, when reading them as one is this much likelier (log) than as two,
WIDE = 1.0  # minus a penalty for a digit wider than this share of its height (two digits side by side are);
SMALL = 0.5  # a group lower than this share of the writing's height is unlikely a digit alone (a tick, a bar),
PAIR_SMALL = 0.4  # ... as is one lower than this share of the neighbour it may belong to (the lead-in tick of a 7)
HANGS = 0.65  # ... or one whose ink touches the neighbour's and ends above this share of it (a tick, a 5's cap)
TOUCH = 0.03  # ink closer than this share of the writing's height touches
SHARED = 1.5  # plus a bonus for neighbours that share columns (two digits side by side rarely do), per share
MIN_SLANT = 0.02  # a slant (dx/dy) smaller than this is upright already: no second reading
MAX_SLANT = 0.5  # a measured slant is kept within +-this (a lone stroke's "slant" can be anything)
DIGIT_ODDS = 10.0  # in a number, a group is this many times likelier a digit than a lone drawing is


def in_numbers(calibration: Calibration) -> Calibration:
    """The calibration to read a number's digits with: someone writing a number writes digits, so a
    group is called "not a digit" only when the network is ``DIGIT_ODDS`` times surer of it.

    A non-digit's calibrated probabilities approach an even spread (0.1 each) as the network grows
    sure of it, so the threshold's distance above 0.1 is divided by the odds. A threshold at or below
    0.1 (a model that never rejects, or one without the even spread) is kept.
    """
    even = 0.1
    if calibration.reject_below <= even:
        return calibration
    return Calibration(calibration.temperature, even + (calibration.reject_below - even) / DIGIT_ODDS)


def number_slant(groups: Sequence[Group]) -> float:
    """The slant (dx/dy, y down: > 0 leans left at the top) the digits share: the second moments of each
    digit's ink (its polylines, evenly inked) about the digit's own centre, pooled over all of them."""
    xy = yy = 0.0
    for group in groups:
        paths = [np.asarray(p, float) for p in group.paths if len(p) > 1]
        if not paths:
            continue
        starts = np.vstack([p[:-1] for p in paths])
        steps = np.vstack([np.diff(p, axis=0) for p in paths])
        lengths = np.linalg.norm(steps, axis=1)
        if lengths.sum() <= 0:
            continue
        middles = starts + steps / 2
        d = middles - (middles * lengths[:, None]).sum(axis=0) / lengths.sum()
        # A segment's moments about a point: its middle's, plus its own spread along itself (length^2 / 12).
        xy += float((lengths * (d[:, 0] * d[:, 1] + steps[:, 0] * steps[:, 1] / 12)).sum())
        yy += float((lengths * (d[:, 1] ** 2 + steps[:, 1] ** 2 / 12)).sum())
    return float(np.clip(xy / yy, -MAX_SLANT, MAX_SLANT)) if yy > 0 else 0.0


def upright(paths: Sequence[np.ndarray], slant: float) -> list[np.ndarray]:
    """The polylines sheared so that ink leaning by ``slant`` (dx/dy) stands upright."""
    shear = np.array([[1.0, 0.0], [-slant, 1.0]])  # (x, y) -> (x - slant * y, y)
    return [np.asarray(path, float) @ shear for path in paths]


def _distance(a: Group, b: Group) -> float:
    """The shortest distance between two groups' polyline points."""
    pa, pb = np.vstack(a.paths), np.vstack(b.paths)
    if len(pa) * len(pb) > 250_000:  # long strokes: every 4th point is close enough
        pa, pb = pa[::4], pb[::4]
    return float(np.sqrt(((pa[:, None, :] - pb[None, :, :]) ** 2).sum(axis=-1)).min())


def _part_of(a: Group, b: Group, touching: bool) -> bool:
    """Whether ``a`` looks like a part of its neighbour ``b`` rather than a digit: lower than ``PAIR_SMALL``
    of it, or, with their ink ``touching``, ending above ``HANGS`` of its height from its top (y down)."""
    b_high = b.box[3] - b.box[1]
    return (a.box[3] - a.box[1] < PAIR_SMALL * b_high
            or touching and a.box[3] < b.box[1] + HANGS * b_high)


def _union(a: Group, b: Group) -> tuple[float, float, float, float]:
    """The box around both groups."""
    return (min(a.box[0], b.box[0]), min(a.box[1], b.box[1]), max(a.box[2], b.box[2]), max(a.box[3], b.box[3]))


def _joined(a: Group, b: Group) -> Group:
    box = _union(a, b)
    in_order = sorted(zip(a.pieces + b.pieces, a.paths + b.paths), key=lambda piece: piece[0])  # as written
    return Group(tuple(p for p, _ in in_order), box, tuple(path for _, path in in_order))


class NumberReader:
    """Reads the ink as a number, each digit with ``read(image) -> (digit or NOT_A_DIGIT, probabilities)``.

    Grouping by overlap (:func:`group_ink`) keeps apart what may be two digits; then neighbouring
    groups that nearly touch are read together as well, and merged when one digit explains them
    much better than two (the bar of a 5 alone is no digit; a 5 with its bar is a sure one): the
    recognition-based segmentation of the check readers LeNet was made for. Each group's reading is
    kept, keyed by its ink, so a new stroke re-reads only what it changed.
    """

    def __init__(self, read: Reader, cache_size: int = 256) -> None:
        self.read_image = read
        self.cache_size = cache_size
        self._cache: dict[tuple, tuple[np.ndarray, int, np.ndarray]] = {}

    @staticmethod
    def _key(group: Group) -> tuple:
        return tuple(sorted(hash(p.tobytes()) for p in group.paths))

    def _cached(self, key: tuple, paths: Callable[[], list[np.ndarray]]) -> tuple[np.ndarray, int, np.ndarray]:
        if key not in self._cache:
            strokes = paths()
            image = to_mnist(strokes)
            self._cache[key] = (image, *self.read_image(image, strokes))
            while len(self._cache) > self.cache_size:
                self._cache.pop(next(iter(self._cache)))
        return self._cache[key]

    def _reading(self, group: Group, slant: float = 0.0) -> DigitReading:
        """The group read as written, or upright (``slant`` removed) if as written it is not a digit."""
        key = self._key(group)
        image, digit, probs = self._cached(key, lambda: list(group.paths))
        if digit == NOT_A_DIGIT and abs(slant) >= MIN_SLANT:
            slant = round(slant, 2)  # a stroke elsewhere moves the slant a little: keep the reading
            again = self._cached(key + (slant,), lambda: upright(group.paths, slant))
            if again[1] != NOT_A_DIGIT:
                image, digit, probs = again
        return DigitReading(group, image, probs, None if digit == NOT_A_DIGIT else digit)

    @staticmethod
    def _score(reading: DigitReading, height: float, part: bool = False) -> float:
        """How likely the group is one digit: the log of its top probability, low for "not a digit", for
        a group lower than ``SMALL`` of the writing's ``height`` (any short stroke, normalised, looks like
        a 1) and for one that looks like a ``part`` of a neighbour."""
        top = reading.confidence
        box = reading.group.box
        likely = reading.digit is not None and box[3] - box[1] >= SMALL * height and not part
        return float(np.log(max(top if likely else top * 0.1, 1e-6)))

    def read(self, ink: Sequence[tuple[np.ndarray, float]], cuts: Sequence[float] = (),
             joins: Sequence[tuple[float, float]] = ()) -> NumberReading:
        groups = group_ink(ink, cuts, joins)
        slant = number_slant(groups)
        readings = [self._reading(g, slant) for g in groups]
        return NumberReading(self._merge_by_reading(readings, cuts) if len(readings) > 1 else readings)

    def _merge_by_reading(self, readings: list[DigitReading], cuts: Sequence[float]) -> list[DigitReading]:
        """Merge neighbours, best gain first, while one digit explains a pair better than two."""
        height = float(np.median([r.group.box[3] - r.group.box[1] for r in readings]))
        # (gain, merged reading) of each neighbouring pair; a merge changes only the pairs beside it
        pairs = [self._pair(readings[i], readings[i + 1], cuts, height) for i in range(len(readings) - 1)]
        while pairs:
            i = int(np.argmax([gain for gain, _ in pairs]))
            gain, merged = pairs[i]
            if gain <= MERGE_GAIN:
                return readings
            readings[i:i + 2] = [merged]
            pairs[max(i - 1, 0):i + 2] = [self._pair(readings[j], readings[j + 1], cuts, height)
                                          for j in range(max(i - 1, 0), min(i + 1, len(readings) - 1))]
        return readings

    def _pair(self, left: DigitReading, right: DigitReading, cuts: Sequence[float],
              height: float) -> tuple[float, DigitReading | None]:
        """How much likelier two neighbours are one digit than two (log), and their reading as one;
        (-inf, None) when they are apart (cut between them, or too far), and (a bound, None) when even a
        sure reading as one would not reach ``MERGE_GAIN``."""
        a, b = left.group, right.group
        if any(a.box[2] <= c <= b.box[0] or a.centre_x < c < b.centre_x for c in cuts):
            return -np.inf, None  # the user cut between them
        near = NEAR * height
        apart = _distance(a, b)
        if b.box[0] - a.box[2] > near or apart > near:
            return -np.inf, None
        touch = apart < TOUCH * height  # a 7's lead-in tick ends where its bar starts
        box = _union(a, b)
        wide = max(0.0, (box[2] - box[0]) / max(box[3] - box[1], 1e-9) - WIDE)
        shared = max(0.0, a.box[2] - b.box[0]) / max(min(a.box[2] - a.box[0], b.box[2] - b.box[0]), 1e-9)
        as_two = (self._score(left, height, _part_of(a, b, touch)) + self._score(right, height, _part_of(b, a, touch))
                  + 4.0 * wide - SHARED * min(shared, 1.0))
        if -as_two <= MERGE_GAIN:
            # One digit scores at most log(1) = 0: even a sure reading of the pair would not merge it (two
            # sure digits side by side), so it is not read at all. The merges made stay the same.
            return -as_two, None
        # Read as written only: a second, upright reading of every pair tried changed nothing on the
        # calibrate writers and would double the reads a stroke costs.
        merged = self._reading(_joined(a, b))
        return self._score(merged, height) - as_two, merged


def compose(digits: Sequence[Sequence[np.ndarray]], rng: np.random.Generator, gap: tuple[float, float] = (0.0, 0.5),
            drift: float = 0.1, slant: float = 0.0) -> list[np.ndarray]:
    """Strokes of several digits (each its own strokes, any units) placed left to right as one number.

    Each digit keeps its own size; the gap before the next is a random share ``gap`` of the digits' mean
    height (0: touching boxes); the baseline drifts by up to ``drift`` of it per digit; ``slant`` shears
    every stroke (x += slant * (height - y)). Returns the strokes in writing order.
    """
    heights = [np.ptp(np.vstack(strokes)[:, 1]) or 1.0 for strokes in digits]
    mean_height = float(np.mean(heights))
    placed, x, baseline = [], 0.0, 0.0
    for strokes in digits:
        points = np.vstack(strokes)
        lo, hi = points.min(axis=0), points.max(axis=0)
        offset = np.array([x - lo[0], baseline - lo[1]])
        for stroke in strokes:
            moved = np.asarray(stroke, float) + offset
            moved[:, 0] += slant * (baseline + mean_height - moved[:, 1])
            placed.append(moved)
        x += (hi[0] - lo[0]) + rng.uniform(*gap) * mean_height
        baseline += rng.uniform(-drift, drift) * mean_height
    return placed


__all__ = ["DigitReading", "Group", "NumberReader", "NumberReading", "apply_cuts", "compose", "cut_path", "group_ink",
           "in_numbers", "number_slant", "upright"]
