"""The user's sample set as the GUI holds it: changed on the GUI thread, saved on a worker thread."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...core.pen_samples import PenSample, SampleFileError, load_samples
from ...core.personal_samples import SampleSet, default_samples_path, load_set, set_aside, write_samples
from ..worker_thread import finish_worker, start_worker


class SampleWriter(QObject):
    """Worker: writes one snapshot of the set to its file (atomically), in its own QThread."""

    done = Signal()
    failed = Signal(str)

    def __init__(self, path: Path, samples: tuple[PenSample, ...]) -> None:
        super().__init__()
        self.path = path
        self.samples = samples

    @Slot()
    def run(self) -> None:
        try:
            write_samples(self.path, self.samples)
        except OSError as exc:
            self.failed.emit(self.tr("cannot save your samples to {0}: {1}").format(self.path, exc.strerror or exc))
            return
        except Exception as exc:  # never let a worker die silently
            self.failed.emit(self.tr("cannot save your samples: {0}: {1}").format(type(exc).__name__, exc))
            return
        self.done.emit()


class SampleStore(QObject):
    """The personal :class:`SampleSet` and its file; every change is saved in the background.

    Drawing never waits for the disk: a change starts a :class:`SampleWriter`
    thread, and changes made while one runs are saved by one more write of the
    latest set when it ends. Signals: ``changed()`` after every change,
    ``saved()`` when the file holds the latest set, ``saveFailed(str)`` with a
    reason (the samples stay in memory and the next change tries again).
    ``problem`` is set when the file existed but could not be read: it was set
    aside under another name, never overwritten.
    """

    changed = Signal()
    saved = Signal()
    saveFailed = Signal(str)

    def __init__(self, path: str | os.PathLike | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else default_samples_path()
        self.problem = ""
        try:
            self.samples = load_set(self.path)
        except SampleFileError as exc:
            self.samples = SampleSet()
            try:
                aside = set_aside(self.path)
                self.problem = self.tr("{0}. It was kept as {1}; a new set starts here.").format(exc, aside.name)
            except OSError as move_error:
                self.problem = self.tr("{0}. It could not be moved aside ({1}); it is left as it is.").format(
                    exc, move_error.strerror)
                self.path = self.path.with_name(self.path.stem + "-new.json")
        self._thread: QThread | None = None
        self._writer: SampleWriter | None = None
        self._dirty = False

    def __len__(self) -> int:
        return len(self.samples)

    def snapshot(self) -> tuple[PenSample, ...]:
        """The samples now, immutable (safe to hand to a worker thread)."""
        return self.samples.snapshot()

    @property
    def saving(self) -> bool:
        return self._thread is not None

    # -- changes ------------------------------------------------------------------------------

    def keep(self, label: int, strokes: Sequence[np.ndarray]) -> PenSample | None:
        """Keep a drawing as ``label`` (0-9, -1: not a digit); None if it holds no ink or is kept already."""
        sample = self.samples.add(label, strokes)
        if sample is not None:
            self._changed()
        return sample

    def remove(self, indices: Iterable[int]) -> int:
        gone = self.samples.remove(indices)
        if gone:
            self._changed()
        return gone

    def relabel(self, indices: Iterable[int], label: int) -> int:
        count = self.samples.relabel(indices, label)
        if count:
            self._changed()
        return count

    def import_file(self, path: str | os.PathLike) -> tuple[int, int]:
        """Merge the samples of a file into the set; returns (added, duplicates ignored).

        Raises
        ------
        SampleFileError
            When the file cannot be used; the set is then untouched.
        """
        incoming = load_samples(path)
        added = self.samples.merge(incoming)
        if added:
            self._changed()
        return added, len(incoming) - added

    def export(self, path: str | os.PathLike) -> Path:
        """Write the set to ``path`` (atomically). Raises OSError when it cannot be written."""
        return write_samples(path, self.snapshot())

    # -- saving -------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.changed.emit()
        self._save()

    def _save(self) -> None:
        if self._thread is not None:
            self._dirty = True
            return
        self._dirty = False
        self._writer = SampleWriter(self.path, self.snapshot())
        self._writer.done.connect(self._on_done)
        self._writer.failed.connect(self._on_failed)
        self._thread = start_worker(self._writer, self, "sample-writer")

    def _finish(self) -> None:
        finish_worker(self._thread)
        self._thread = None
        self._writer = None

    @Slot()
    def _on_done(self) -> None:
        self._finish()
        if self._dirty:
            self._save()
        else:
            self.saved.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self.saveFailed.emit(message)
        if self._dirty:
            self._save()

    def shutdown(self) -> None:
        """Finish writing (the window is closing): what is kept is on disk when this returns."""
        self._finish()
        if self._dirty:
            self._dirty = False
            try:
                write_samples(self.path, self.snapshot())
            except OSError:
                pass  # nowhere to report it now; the last good file is left as it was
