"""Adapting the active model to the user's samples in a QThread (the Adapt button)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ...core.adapt import AdaptOptions
from ...core.memory import release_freed_memory
from ...core.pen_samples import PenSample
from ...core.reading import Calibration
from ...core.training import CancelFlag, TrainingListener

PROGRESS_SIGNAL_MS = 100


@dataclass(frozen=True)
class AdaptJob:
    """Everything the worker needs, taken on the GUI thread: the source model as its architecture and
    weights (so no Keras model is shared between threads), its card, the samples, where to save."""

    model_json: str
    weights: list
    calibration: Calibration
    card: dict
    source_name: str
    samples: tuple[PenSample, ...]
    out: Path
    data_path: str | None = None
    options: AdaptOptions = AdaptOptions()
    check_folds: int = 2
    # A model read with its path network: its file (the path network is loaded from beside it, in the
    # worker) and its reader; both are adapted.
    source_path: Path | None = None
    path_reader: Any = None


@dataclass
class AdaptOutcome:
    """A finished adaptation: its figures and the saved file."""

    path: Path
    figures: dict[str, Any]
    mnist_missing: str = ""  # why MNIST was not replayed or measured, if it was not


class _ProgressListener(TrainingListener):
    """Turns adaptation steps into the worker's ``progress(done, total)``, at most every 100 ms."""

    def __init__(self, worker: "AdaptWorker") -> None:
        self.worker = worker
        self.runs = 1
        self.steps = 1
        self.last = 0.0

    def on_train_begin(self, epochs: int, steps_per_epoch: int) -> None:
        self.runs, self.steps = epochs, steps_per_epoch
        self.worker.progress.emit(0, epochs * steps_per_epoch)

    def on_batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        now = time.perf_counter()
        if (now - self.last) * 1000 >= PROGRESS_SIGNAL_MS:
            self.last = now
            self.worker.progress.emit(epoch * self.steps + step + 1, self.runs * self.steps)


class AdaptWorker(QObject):
    """Adapts a copy of the model, measures it, saves it; lives in its own QThread.

    Signals: ``progress(done, total)`` in steps, ``finished(AdaptOutcome)``,
    ``stopped()`` after :meth:`stop` (nothing saved), ``failed(str)``.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    stopped = Signal()
    failed = Signal(str)

    def __init__(self, job: AdaptJob) -> None:
        super().__init__()
        self.job = job
        self.cancel = CancelFlag()

    def stop(self) -> None:
        """Stop after the current step (any thread); the model in use stays as it is."""
        self.cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            self._adapt()
        except Exception as exc:  # never let a worker die silently
            self.failed.emit(self.tr("the adaptation failed: {0}: {1}").format(type(exc).__name__, exc))
        finally:
            release_freed_memory()

    def _adapt(self) -> None:
        from ...core.tf_import import import_tensorflow

        import_tensorflow()

        from ...core.adapt import adapt_and_measure, adapted_card, model_from_parts, replay_pools, trained_on_of
        from ...core.adapt_path import path_part_of
        from ...core.data import DataError, load_mnist
        from ...core.model_files import ModelFileError, save_model
        from ...core.personal_samples import fingerprint

        job = self.job
        source = model_from_parts(job.model_json, job.weights)
        missing = ""
        try:
            mnist = load_mnist(job.data_path)
        except DataError as exc:
            mnist, missing = None, str(exc)
        if self.cancel.is_set():
            self.stopped.emit()
            return
        pen_digits, pen_nondigits = replay_pools()
        path = path_part_of(job.source_path, job.path_reader) if job.source_path is not None else None
        try:
            adaptation = adapt_and_measure(source, job.calibration, job.samples, mnist, pen_digits, pen_nondigits,
                                           job.options, _ProgressListener(self), self.cancel, job.check_folds,
                                           trained_on_of(job.card), path)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return
        if adaptation is None:
            self.stopped.emit()
            return
        try:
            card = adapted_card(job.card, job.source_name, adaptation, [fingerprint(s) for s in job.samples],
                                job.options, job.out.stem)
            path = save_model(adaptation.model, job.out, card, adaptation.path_model)
        except ModelFileError as exc:  # also a diverged model (save_model refuses NaN weights)
            self.failed.emit(str(exc))
            return
        self.finished.emit(AdaptOutcome(path, adaptation.figures(), missing))
