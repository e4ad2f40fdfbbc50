"""Training in a QThread: a QObject worker that runs the core training routine."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ...core.memory import release_freed_memory
from ...core.pen_samples import PenSample
from ...core.training import CancelFlag, TrainConfig, TrainingListener, TrainResult


@dataclass
class TrainOutcome:
    """A finished run: the core result plus the test-set evaluation and data description."""

    result: TrainResult
    evaluation: Any
    dataset: str
    confusion: Any = None  # 10x10 counts, rows = true digit
    test_images: Any = None  # uint8 (N, 28, 28), for showing the mistakes
    test_labels: Any = None
    snapshots: list = field(default_factory=list)  # the network during the run (core.snapshots), for a replay


BATCH_SIGNAL_MS = 50
STRIP = slice(1, 21)  # the MNIST test digits shown under the live network view; the probe is test digit 0


class _SignalListener(TrainingListener):
    """Forwards core progress as the worker's signals (emitted on the worker thread, delivered queued).

    Batches are sent in bundles at most every ``BATCH_SIGNAL_MS`` (and at each
    epoch's end): one queued call per batch would keep the GUI thread busy
    and slow training down.
    """

    def __init__(self, worker: "TrainingWorker") -> None:
        self.worker = worker
        self.pending: list[tuple[int, int, float, float]] = []
        self.last_flush = 0.0

    def on_train_begin(self, epochs: int, steps_per_epoch: int) -> None:
        self.worker.trainingStarted.emit(epochs, steps_per_epoch)

    def on_batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        self.pending.append((epoch, step, logs.get("batch_loss", math.nan), logs.get("batch_accuracy", math.nan)))
        if (time.perf_counter() - self.last_flush) * 1000 >= BATCH_SIGNAL_MS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.worker.batchesEnded.emit(self.pending)
            self.pending = []
        self.last_flush = time.perf_counter()

    def on_epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        self.flush()
        self.worker.epochEnded.emit(epoch, logs)


class TrainingWorker(QObject):
    """Loads MNIST, trains, evaluates on the test set; lives in its own QThread.

    ``samples``: the user's own samples to add to the training images (an
    immutable snapshot taken on the GUI thread), rendered with their
    variations here, in the worker's thread; empty or None: MNIST alone.

    ``stop()`` may be called from any thread: it sets the cancel flag, which
    the training callback turns into ``model.stop_training`` after the
    current batch. The trained model is only handed over through
    ``finished``, so no Keras model is shared between threads.
    """

    trainingStarted = Signal(int, int)
    batchesEnded = Signal(list)  # [(epoch, step, batch loss, batch accuracy), ...]
    epochEnded = Signal(int, dict)
    finished = Signal(object)
    failed = Signal(str)
    dataWarning = Signal(str)  # the data loaded but looks odd (e.g. 0/1 images); training goes on
    watching = Signal(object, object)  # the strip's test images (uint8) and labels, before training
    snapshotTaken = Signal(object)  # core.snapshots.Snapshot, a few times a second while training

    def __init__(self, config: TrainConfig, data_path: str | None = None,
                 samples: Sequence[PenSample] | None = None, watch: bool = False, probe: Any = None,
                 probe_index: int = 0) -> None:
        super().__init__()
        self.watch = watch  # take snapshots of the network for the live view ...
        self.probe = probe  # ... with this 28x28 drawing as its probe digit (None: MNIST test digit 0),
        self.probe_index = probe_index  # or strip digit probe_index - 1 (0: the drawing)
        self.watcher = None
        self.config = config
        self.data_path = data_path
        self.samples: tuple[PenSample, ...] = tuple(samples or ())
        self.cancel = CancelFlag()
        self.aborted = False

    def stop(self) -> None:
        """Stop after the current batch, then evaluate and hand over the model."""
        self.cancel.set()

    def choose_probe(self, index: int) -> None:
        """Watch image ``index`` of the snapshots' batch (0: the probe digit, i: strip digit i - 1) from the
        next snapshot on; from any thread (one attribute the training thread reads)."""
        self.probe_index = index
        if self.watcher is not None:
            self.watcher.choose_probe(index)

    def abort(self) -> None:
        """Stop as soon as possible and hand over nothing (the window is closing)."""
        self.aborted = True
        self.cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            self._train_and_evaluate()
        finally:
            self.watcher = None  # its snapshots went with the outcome
            # After the run's data and models are gone, give their memory back (see release_freed_memory).
            release_freed_memory()

    def _train_and_evaluate(self) -> None:
        try:
            from ...core.data import DataError, load_mnist
            from ...core.evaluation import evaluate
            from ...core.training import ConfigError, train

            try:
                data = load_mnist(self.data_path)
            except DataError as exc:
                self.failed.emit(str(exc))
                return
            for warning in data.warnings:
                self.dataWarning.emit(warning)
            if self.aborted:
                return
            extra = None
            if self.samples:
                import numpy as np

                from ...core.extra_samples import extra_from_samples

                try:
                    extra = extra_from_samples(self.samples, rng=np.random.default_rng(self.config.seed),
                                               name="My samples")
                except ValueError as exc:  # none of them is a digit
                    self.failed.emit(str(exc))
                    return
                if self.aborted:
                    return
            watcher = None
            if self.watch and len(data.x_test) >= STRIP.stop:
                from ...core.snapshots import SnapshotTaker

                self.watching.emit(data.x_test[STRIP].copy(), data.y_test[STRIP].copy())
                probe = self.probe if self.probe is not None else data.x_test[0] / 255.0
                watcher = SnapshotTaker(probe, data.x_test[STRIP] / 255.0, self.snapshotTaken.emit)
                self.watcher = watcher  # first: a choice made from now on goes to it directly
                watcher.choose_probe(self.probe_index)
            try:
                result = train(self.config, data, _SignalListener(self), self.cancel, extra=extra, watcher=watcher)
            except ConfigError as exc:
                self.failed.emit(self.tr("Invalid settings: {0}").format(exc))
                return
            if self.aborted:
                return
            from ...core.evaluation import confusion_matrix

            evaluation = evaluate(result.model, data.x_test, data.y_test)
            confusion = confusion_matrix(data.y_test, evaluation.predictions)
            self.finished.emit(TrainOutcome(result, evaluation, data.describe(), confusion, data.x_test, data.y_test,
                                            watcher.ring.snapshots if watcher is not None else []))
        except Exception as exc:  # report, never die silently in the thread
            self.failed.emit(self.tr("Training failed: {0}: {1}").format(type(exc).__name__, exc))
