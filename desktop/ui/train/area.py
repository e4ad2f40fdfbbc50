"""The Train area: the settings, a run in a worker thread, its curves, the live network and the result.

A thin widget that wires the parts of this package: :class:`TrainForm`
(settings, Start/Stop), :class:`TrainingCurves`, :class:`LiveNetworkView`,
the confusion matrix, and :class:`RunResults` (save, use, exports). The
run's figures are collected in a Qt-free :class:`~desktop.core.run_series.RunSeries`.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QProgressBar, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...core.progress import format_seconds
from ...core.run_series import RunSeries
from ...core.spec import NetworkSpec
from ..active_model import ActiveModel
from ..i18n import integer, number
from ..literal_text import literal, plain_label
from ..worker_thread import finish_worker, start_worker
from .confusion_view import ConfusionMatrixView, ImageStrip
from .curves import TrainingCurves
from .form import TrainForm
from .live_view import LiveNetworkView
from .results import RunResults, new_run_dir
from .worker import TrainingWorker, TrainOutcome

REDRAW_MS = 200  # the progress bar is updated at most 5 times a second
CURVES_MS = 500  # the curves at most twice a second: repainting them is what costs the GUI thread

_DEFAULT_FULL_THRESHOLD = gc.get_threshold()[2]


def _hold_full_collections(hold: bool) -> None:
    """Keep Python's full (oldest-generation) garbage collections from running during training.

    With TensorFlow, Keras and Qt loaded, one full collection walks millions of
    objects: measured as a 220 ms freeze of the GUI thread mid-training. Young
    generations are still collected, so cyclic garbage is still freed;
    the default threshold comes back when training ends.
    """
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 1_000_000 if hold else _DEFAULT_FULL_THRESHOLD)


class TrainArea(QWidget):
    """Runs training in a worker thread and shows it live.

    Signals: ``trainingFinished(object)`` with the TrainOutcome,
    ``trainingFailed(str)``. ``samples``: the My samples store (see
    :class:`TrainForm`); ``live``: the canvas' LivePrediction, whose drawing is
    the live view's probe digit.
    """

    trainingFinished = Signal(object)
    trainingFailed = Signal(str)

    def __init__(self, active_model: ActiveModel, samples=None, live=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.thread: QThread | None = None
        self.worker: TrainingWorker | None = None
        self.data_warnings: list[str] = []  # what the running or last run's data looked odd for
        self.series = RunSeries()
        self._dirty = False
        self._last_curves = 0.0
        self._t0 = 0.0

        self.form = TrainForm(samples)
        self.form.start_button.clicked.connect(self.start)
        self.form.stop_button.clicked.connect(self.stop)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.curves = TrainingCurves()
        self.curves.smoothingChanged.connect(self._on_smoothing)
        # Beside the curves, the network itself as it learns (snapshots from the training thread).
        self.live_view = LiveNetworkView()
        self.live_view.positionChanged.connect(self._mark_moment)
        self.live_view.probeChosen.connect(self._choose_probe)
        self.form.watch_check.toggled.connect(self.live_view.setVisible)
        beside = QSplitter()
        beside.addWidget(self.curves)
        beside.addWidget(self.live_view)
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 1)
        self.confusion = ConfusionMatrixView()
        self.confusion.cellClicked.connect(self.show_cell)
        self.cell_strip = ImageStrip()
        errors = QWidget()
        errors_layout = QVBoxLayout(errors)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        errors_layout.addWidget(self.confusion, 1)
        errors_layout.addWidget(self.cell_strip)
        self.views = QTabWidget()
        self.views.addTab(beside, self.tr("Curves"))
        self.views.addTab(errors, self.tr("Confusion matrix"))
        self.views.setTabToolTip(1, self.tr("Test-set results by true and predicted digit, after training"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_label = plain_label(self.tr("Ready"))
        self.results = RunResults(active_model, self.curves)
        self.results.status.connect(self.progress_label.setText)

        right = QVBoxLayout()
        right.addWidget(self.views, 1)
        right.addWidget(self.progress)
        right.addWidget(self.progress_label)
        right.addWidget(self.results)
        layout = QHBoxLayout(self)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self.redraw)

    @property
    def outcome(self) -> TrainOutcome | None:
        """The last finished run (None before one, or while one runs)."""
        return self.results.outcome

    def set_custom_spec(self, spec: NetworkSpec) -> None:
        """Offer a network from the Build area as the architecture "custom: NAME" and select it."""
        self.form.set_custom_spec(spec)

    # -- curves -------------------------------------------------------------------------------

    @Slot()
    def _on_smoothing(self) -> None:
        self._dirty = True
        if not self._redraw_timer.isActive():
            self.redraw()

    @Slot()
    def redraw(self) -> None:
        """Show the progress, and the curves at most every ``CURVES_MS`` while training."""
        if not self._dirty:
            return
        self._dirty = False
        if self.series.last_batch is not None:
            self._show_progress()
        now = time.perf_counter()
        if self.running and (now - self._last_curves) * 1000 < CURVES_MS:
            self._dirty = True  # the curves follow on a later tick
            return
        self._last_curves = now
        self.curves.show_series(self.series, self.running)

    def _show_progress(self) -> None:
        epoch = self.series.last_batch[0]
        done = self.series.batches_done
        self.progress.setValue(done)
        elapsed = time.perf_counter() - self._t0
        rate = done * self._batch_size / max(elapsed, 1e-9)
        eta = elapsed / done * (self._epochs * self.series.steps - done)
        # The live figures are the bar's own text: changing a label's text re-lays out
        # (and repaints) the whole window, the bar repaints only itself.
        self.progress.setFormat(self.tr("Epoch {0}/{1} · {2} images/s · ETA {3} · %p%").format(
            epoch + 1, self._epochs, integer(round(rate)), format_seconds(eta)))
        training = self.tr("Training...")
        if self.progress_label.text() != training and self.form.stop_button.isEnabled():
            self.progress_label.setText(training)

    # -- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.thread is not None

    @Slot()
    def start(self) -> None:
        if self.running or self.form.validate():
            return
        config = self.form.config()
        run_dir = new_run_dir()
        if run_dir is not None:
            config.csv_log = str(run_dir / "history.csv")
            if self.form.tensorboard_check.isChecked():
                config.tensorboard_dir = str(run_dir / "tensorboard")
        self.series = RunSeries()
        self._dirty = False
        self._last_curves = 0.0
        self.results.clear(run_dir)
        self.progress.setValue(0)
        samples = self.form.samples_to_add()  # taken here, on the GUI thread: the worker gets an immutable tuple
        self.progress_label.setText(self.tr("Loading data, rendering your samples and building the model...")
                                    if samples else self.tr("Loading data and building the model..."))
        self.progress.setFormat("%p%")
        drawing = self.live.current_image() if self.live is not None else None
        drawing = drawing if drawing is not None and drawing.any() else None  # else a test digit
        self.live_view.set_drawn(drawing is not None)
        self.worker = TrainingWorker(config, self.form.data_path, samples, watch=self.form.watch_check.isChecked(),
                                     probe=drawing, probe_index=self.live_view.probe_index())
        self.worker.watching.connect(self.live_view.set_strip)
        self.worker.snapshotTaken.connect(self.live_view.add_live)
        self.worker.trainingStarted.connect(self._on_started)
        self.worker.batchesEnded.connect(self._on_batches)
        self.worker.epochEnded.connect(self._on_epoch)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.data_warnings = []
        self.worker.dataWarning.connect(self._on_data_warning)
        self._redraw_timer.start()
        _hold_full_collections(True)
        self.thread = start_worker(self.worker, self, "training")
        self.form.set_running(True)

    @Slot()
    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.form.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the current batch..."))

    @Slot(int)
    def _choose_probe(self, index: int) -> None:
        """The user picked another probe digit in the live view: watched from the next snapshot."""
        if self.worker is not None:
            self.worker.choose_probe(index)

    @Slot(int, int)
    def _on_started(self, epochs: int, steps: int) -> None:
        self._epochs = epochs
        self.series = RunSeries(steps)
        self.progress.setRange(0, epochs * steps)
        self._t0 = time.perf_counter()
        self._batch_size = self.worker.config.batch_size if self.worker else 1
        self.curves.frame_run(epochs)
        self.live_view.start()

    @Slot(list)
    def _on_batches(self, batches: list) -> None:
        self.series.add_batches(batches)
        self._dirty = True

    @Slot(int, dict)
    def _on_epoch(self, epoch: int, logs: dict) -> None:
        self.series.add_epoch(epoch, logs)
        self._dirty = True

    def _end_run(self) -> None:
        finish_worker(self.thread)
        _hold_full_collections(False)
        self.thread = None
        self.worker = None
        self._redraw_timer.stop()
        self._dirty = True
        self.redraw()
        self.curves.unframe()
        self.form.set_running(False)

    @Slot(object)
    def _on_finished(self, outcome: TrainOutcome) -> None:
        self._end_run()
        r = outcome.result
        said = {"": self.tr("Training finished after {0} full epoch(s), {1}"),
                "cancelled": self.tr("Training stopped by you after {0} full epoch(s), {1}"),
                "nan": self.tr("Training stopped: the loss became NaN after {0} full epoch(s), {1}"),
                "early-stopping": self.tr("Training stopped early (no validation improvement) after {0} full "
                                          "epoch(s), {1}")}[r.stopped]
        self.progress_label.setText(said.format(r.epochs_completed, format_seconds(r.seconds)))
        self.results.show_outcome(outcome, self.data_warnings)
        if outcome.confusion is not None:
            self.confusion.set_matrix(outcome.confusion)
        self.live_view.finish(outcome.snapshots)
        if r.stopped == "nan":
            QMessageBox.warning(self, self.tr("Training stopped"), self.tr("The loss became NaN (not a number), so "
                                "training stopped. Try a smaller learning rate."))
        self.trainingFinished.emit(outcome)

    @Slot(int)
    def _mark_moment(self, step: int) -> None:
        """The replay shows the network after ``step`` batches: mark that moment on the loss curve."""
        loss = self.live_view.shown.loss if self.live_view.shown is not None else None
        tip = self.tr("after {0} batches").format(integer(step))
        if loss is not None:
            tip += self.tr(", batch loss {0}").format(number(loss, 3, group=False))
        self.curves.mark_moment(step / max(self.series.steps, 1), tip)

    @Slot(str)
    def _on_data_warning(self, message: str) -> None:
        self.data_warnings.append(message)
        QMessageBox.warning(self, self.tr("Check the data"), literal(message))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end_run()
        self.progress_label.setText(self.tr("Training could not run"))
        QMessageBox.warning(self, self.tr("Training could not run"), literal(message))
        self.trainingFailed.emit(message)

    @Slot(int, int)
    def show_cell(self, true: int, predicted: int) -> None:
        """Show the test images of one confusion-matrix cell."""
        outcome = self.outcome
        if outcome is None or outcome.test_images is None:
            return
        from ...core.evaluation import cell_indices

        idx = cell_indices(outcome.test_labels, outcome.evaluation.predictions, true, predicted)
        caption = (self.tr("{0} test images of {1} read correctly") if true == predicted
                   else self.tr("{0} test images of {1} misread as {2}")).format(len(idx), true, predicted)
        if len(idx) > 48:
            caption += self.tr(" (first {0} shown)").format(min(len(idx), 48))
        self.cell_strip.show_images(outcome.test_images[idx], caption)

    def shutdown(self) -> None:
        """Stop a running training and wait for its thread (window closing)."""
        if self.worker is not None:
            self.worker.abort()
        if self.thread is not None:
            self._end_run()  # waits for the thread


__all__ = ["TrainArea"]
