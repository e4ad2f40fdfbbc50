"""The user's own samples: drawings kept with the label they gave, as vector strokes.

The set is a JSON list in the format of UNIPEN's development files
(``core/pen_samples.py``: ``label`` 0-9 or -1 for "not a digit",
``writer``, ``strokes``), kept in the user data folder. It is plain data:
the Draw area adds to it, the My samples area shows, deletes and relabels,
``adapt`` and ``train --samples`` read it.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .locations import user_data_dir
from .pen_samples import NOT_A_DIGIT, PenSample, SampleFileError, load_samples

WRITER = "me"
FILE_NAME = "my-samples.json"
LABELS = tuple(range(10)) + (NOT_A_DIGIT,)


ENV_PATH = "DIGITS_SAMPLES"


def default_samples_path() -> Path:
    """Where the app keeps the user's samples (not created here): ``$DIGITS_SAMPLES`` if set, else
    ``my-samples.json`` in the user data folder."""
    if os.environ.get(ENV_PATH):
        return Path(os.environ[ENV_PATH]).expanduser()
    return user_data_dir() / FILE_NAME


def fingerprint(sample: PenSample) -> str:
    """A short hash of a sample's strokes (to 1/100 of a unit), the same for the same drawing in any file:
    what import uses to ignore duplicates and a model card to list what it was adapted on."""
    digest = hashlib.sha1()
    for stroke in sample.strokes:
        digest.update(np.round(np.asarray(stroke, np.float64) * 100).astype(np.int64).tobytes())
        digest.update(b"|")
    return digest.hexdigest()[:16]


def sample_dict(sample: PenSample) -> dict:
    """A sample as one entry of the JSON list."""
    return {"label": sample.label, "writer": sample.writer or WRITER,
            "strokes": [np.round(np.asarray(s, np.float64), 2).tolist() for s in sample.strokes]}


def samples_json(samples: Sequence[PenSample]) -> str:
    return json.dumps([sample_dict(s) for s in samples], separators=(",", ":"))


def write_samples(path: str | os.PathLike, samples: Sequence[PenSample]) -> Path:
    """Write samples to ``path`` atomically (a crash leaves the old file or the new one, never half).

    Raises
    ------
    OSError
        When the folder cannot be made or written.
    """
    from .model_files import write_atomic

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = samples_json(samples)
    write_atomic((path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8")))
    return path


class SampleSet:
    """An ordered list of the user's samples with what the app does to it; no I/O except load/save."""

    def __init__(self, samples: Iterable[PenSample] = ()) -> None:
        self.samples: list[PenSample] = []
        self._keys: set[str] = set()
        self.merge(samples)

    def __len__(self) -> int:
        return len(self.samples)

    def snapshot(self) -> tuple[PenSample, ...]:
        """The samples now, as an immutable tuple (safe to hand to another thread)."""
        return tuple(self.samples)

    def add(self, label: int, strokes: Sequence[np.ndarray], writer: str = WRITER) -> PenSample | None:
        """Keep a drawing as ``label``; None when the same drawing is kept already or there is no ink."""
        if label not in LABELS:
            raise ValueError(f"label must be 0-9 or -1, got {label!r}")
        arrays = tuple(np.asarray(s, np.float64).reshape(-1, 2) for s in strokes if len(s))
        if not arrays:
            return None
        sample = PenSample(label, arrays, writer)
        key = fingerprint(sample)
        if key in self._keys:
            return None
        self._keys.add(key)
        self.samples.append(sample)
        return sample

    def remove(self, indices: Iterable[int]) -> int:
        """Delete the samples at ``indices``; returns how many went."""
        gone = {i for i in indices if 0 <= i < len(self.samples)}
        for i in gone:
            self._keys.discard(fingerprint(self.samples[i]))
        self.samples = [s for i, s in enumerate(self.samples) if i not in gone]
        return len(gone)

    def relabel(self, indices: Iterable[int], label: int) -> int:
        """Give the samples at ``indices`` another label; returns how many changed."""
        if label not in LABELS:
            raise ValueError(f"label must be 0-9 or -1, got {label!r}")
        changed = 0
        for i in indices:
            if 0 <= i < len(self.samples) and self.samples[i].label != label:
                old = self.samples[i]
                self.samples[i] = PenSample(label, old.strokes, old.writer, old.symbol)
                changed += 1
        return changed

    def merge(self, samples: Iterable[PenSample]) -> int:
        """Add samples whose drawing is not in the set yet (duplicates are ignored); returns how many came in."""
        added = 0
        for sample in samples:
            if not sample.strokes:
                continue
            key = fingerprint(sample)
            if key not in self._keys:
                self._keys.add(key)
                self.samples.append(sample)
                added += 1
        return added

    def counts(self) -> dict[int, int]:
        """Samples per label (0-9 and -1), zero included."""
        out = {label: 0 for label in LABELS}
        for sample in self.samples:
            out[sample.label] += 1
        return out

    def indices_of(self, label: int) -> list[int]:
        return [i for i, s in enumerate(self.samples) if s.label == label]


def load_set(path: str | os.PathLike) -> SampleSet:
    """The samples in ``path``; an empty set when the file does not exist yet.

    Raises
    ------
    SampleFileError
        When the file exists but cannot be used (the message says why).
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return SampleSet()
    return SampleSet(load_samples(path))


def set_aside(path: str | os.PathLike) -> Path:
    """Rename an unusable samples file out of the way (``NAME.unreadable-TIME``) so that saving anew does
    not destroy what it holds; returns the new name."""
    path = Path(path)
    aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    os.replace(path, aside)
    return aside


__all__ = ["ENV_PATH", "FILE_NAME", "LABELS", "SampleFileError", "SampleSet", "WRITER", "default_samples_path", "fingerprint",
           "load_set", "sample_dict", "samples_json", "set_aside", "write_samples"]
