"""Pen-drawn samples as strokes: reading sample files, splitting them by writer, rendering them.

A sample file is a JSON (or gzipped JSON) list in the format of UNIPEN's
development files: each entry has ``"label"`` (0-9, or -1 for "not a
digit") and ``"strokes"`` (a list of strokes, each a list of ``[x, y]``
points, y down, any units); ``"writer"`` is optional and every other key is
ignored. Samples are rendered with the canvas' own preprocessing
(:func:`~desktop.core.strokes.to_mnist`), so a model trained or evaluated on
them sees exactly what the canvas makes.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .i18n import translate
from .stroke_augment import augment_strokes
from .strokes import to_mnist

NOT_A_DIGIT = -1
MAX_FILE_BYTES = 512 * 1024 * 1024  # uncompressed


class SampleFileError(Exception):
    """A sample file that cannot be used; the message says why, in one line."""


def _bad(text: str, *args) -> SampleFileError:
    """A :class:`SampleFileError` of ``text`` (translated) with ``args`` filled in."""
    return SampleFileError(text.format(*args))


@dataclass(frozen=True)
class PenSample:
    """One pen-drawn sample: its label (-1: not a digit), writer, strokes ((n, 2) float arrays) and, for a
    non-digit, the character written (``"symbol"`` in the file; empty if not given)."""

    label: int
    strokes: tuple[np.ndarray, ...]
    writer: str = ""
    symbol: str = ""

    @property
    def is_letter(self) -> bool:
        """A non-digit that is a letter (UNIPEN's categories 1b, 1c), not a symbol such as + or ?."""
        return self.symbol.isalpha()


def _read_text(path: Path) -> str:
    if not path.exists():
        raise _bad(translate("SampleFile", "{0}: no such file"), path)
    if not path.is_file():
        raise _bad(translate("SampleFile", "{0}: not a regular file"), path)
    try:
        with path.open("rb") as f:
            head = f.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise _bad(translate("SampleFile", "{0}: cannot be read ({1})"), path.name, exc) from None
    if len(raw) > MAX_FILE_BYTES:
        raise _bad(translate("SampleFile", "{0}: more than {1} MB of JSON"), path.name, MAX_FILE_BYTES // 2**20)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad(translate("SampleFile", "{0}: not UTF-8 text (expected JSON or gzipped JSON)"), path.name) from None


def _sample(i: int, entry) -> PenSample:
    if not isinstance(entry, dict):
        raise _bad(translate("SampleFile", "sample {0}: expected an object with label and strokes"), i)
    label = entry.get("label")
    if isinstance(label, bool) or not isinstance(label, int) or not -1 <= label <= 9:
        raise _bad(translate("SampleFile", "sample {0}: label must be 0-9 or -1 (not a digit), got {1}"), i,
                   repr(label))
    raw = entry.get("strokes")
    if not isinstance(raw, list):
        raise _bad(translate("SampleFile", "sample {0}: strokes must be a list of strokes"), i)
    strokes = []
    for j, stroke in enumerate(raw):
        try:
            points = np.asarray(stroke, dtype=np.float64)
        except (TypeError, ValueError):
            raise _bad(translate("SampleFile", "sample {0}, stroke {1}: points must be [x, y] number pairs"), i,
                       j) from None
        if points.size == 0:
            continue
        if points.ndim != 2 or points.shape[1] != 2:
            raise _bad(translate("SampleFile", "sample {0}, stroke {1}: points must be [x, y] number pairs"), i, j)
        if not np.isfinite(points).all():
            raise _bad(translate("SampleFile", "sample {0}, stroke {1}: coordinates must be finite numbers"), i, j)
        strokes.append(points)
    writer = entry.get("writer", "")
    symbol = entry.get("symbol", "")
    return PenSample(label, tuple(strokes), writer if isinstance(writer, str) else str(writer),
                     symbol if isinstance(symbol, str) else "")


_SPACE = re.compile(r"[ \t\n\r]*")


def _json_list(text: str, convert: Callable[[int, Any], Any] | None = None):
    """``json.loads(text)``, a top-level list decoded one entry at a time (each passed through
    ``convert(index, entry)`` as it is decoded, if given).

    One ``json.loads`` of the 17 MB non-digit file holds the GIL for about
    2 s, which froze the window while a worker thread read it; between
    entries other threads get their turn. Converting each entry at once keeps
    its many small lists (a list per point) from piling up: Python's cyclic
    garbage collector walks every live list on its full collections, which
    held the GIL 0.2-0.4 s each, ten times while the file was read.
    Errors are json's own.
    """
    at = _SPACE.match(text, 0).end()
    if not text.startswith("[", at):
        return json.loads(text)
    decoder = json.JSONDecoder()
    entries = []
    at = _SPACE.match(text, at + 1).end()
    if not text.startswith("]", at):
        while True:
            value, at = decoder.raw_decode(text, at)
            entries.append(value if convert is None else convert(len(entries), value))
            at = _SPACE.match(text, at).end()
            if text.startswith(",", at):
                at = _SPACE.match(text, at + 1).end()
            elif text.startswith("]", at):
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
    end = _SPACE.match(text, at + 1).end()
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return entries


def load_samples(path: str | Path) -> list[PenSample]:
    """The samples of a JSON or JSON.gz sample file (see module docs).

    Raises
    ------
    SampleFileError
        When the file is missing, unreadable, not such a list, or a sample is malformed.
    """
    path = Path(path)

    def converted(i: int, entry) -> PenSample | SampleFileError:
        try:
            return _sample(i, entry)
        except SampleFileError as exc:  # raised once the whole file is known to be JSON
            return exc

    try:
        data = _json_list(_read_text(path), converted)
    except json.JSONDecodeError as exc:
        raise _bad(translate("SampleFile", "{0}: not valid JSON ({1}, line {2})"), path.name, exc.msg,
                   exc.lineno) from None
    except RecursionError:
        raise _bad(translate("SampleFile", "{0}: JSON nested too deeply"), path.name) from None
    if not isinstance(data, list):
        raise _bad(translate("SampleFile", "{0}: expected a JSON list of samples"), path.name)
    for item in data:
        if isinstance(item, SampleFileError):
            raise SampleFileError(f"{path.name}: {item}") from None
    return data


# Writers, not samples, are held out: a writer's samples are alike, so samples of one writer on
# both sides would overstate how well unseen writers are read.
PARTS = ("train", "calibrate", "report")
# crc32 % 8 of the report writers. Defaults before December 2026 held out every odd residue (half the
# writers); 3 and 7 moved to training, as more writers to learn from carries over to writers never seen.
REPORT_RESIDUES = (1, 5)


def writer_part(writer: str) -> str:
    """Which part a writer's samples belong to: "report" (about a quarter of the writers, never trained
    or tuned on), "calibrate" (about an eighth: temperature and rejection threshold) or "train" (the
    rest, about five eighths)."""
    h = zlib.crc32(writer.encode()) % 8
    if h in REPORT_RESIDUES:
        return "report"
    return "calibrate" if h == 0 else "train"


def split_by_writer(samples: Sequence[PenSample]) -> dict[str, list[PenSample]]:
    """The samples of each part of :func:`writer_part`."""
    parts: dict[str, list[PenSample]] = {name: [] for name in PARTS}
    for sample in samples:
        parts[writer_part(sample.writer)].append(sample)
    return parts


def render_samples(samples: Sequence[PenSample],
                   transform: Callable[[PenSample], Sequence[np.ndarray]] | None = None) -> np.ndarray:
    """float32 (N, 28, 28) images of the samples as the canvas renders them (``transform``: strokes to use)."""
    images = np.zeros((len(samples), 28, 28), np.float32)
    for i, sample in enumerate(samples):
        images[i] = to_mnist(list(transform(sample) if transform else sample.strokes))
    return images


def render_varied(samples: Sequence[PenSample], copies: int, rng: np.random.Generator) -> np.ndarray:
    """float32 images of each sample as drawn, then ``copies`` stroke-space variations of each
    (:func:`~desktop.core.stroke_augment.augment_strokes`), all rendered as the canvas renders them."""
    images = [render_samples(samples)]
    for _ in range(copies):
        batch = np.zeros((len(samples), 28, 28), np.float32)
        for i, sample in enumerate(samples):
            strokes, width = augment_strokes(sample.strokes, rng)
            batch[i] = to_mnist(strokes, width)
        images.append(batch)
    return np.concatenate(images)


def labels_of(samples: Sequence[PenSample]) -> np.ndarray:
    return np.array([s.label for s in samples], dtype=np.int64)


__all__ = ["NOT_A_DIGIT", "PARTS", "PenSample", "SampleFileError", "labels_of", "load_samples", "render_samples",
           "render_varied",
           "split_by_writer", "writer_part"]
