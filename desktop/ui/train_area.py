"""The Train area: hyperparameters, Start/Stop, live curves and progress."""

from __future__ import annotations

import gc
import math
import os
import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.architectures import ARCHITECTURES
from ..core.data import ENV_PATH
from ..core.extra_samples import COPIES, digit_samples
from ..core.locations import save_models_dir, user_data_dir
from ..core.model_files import DivergedModelError, LoadedModel, ModelFileError, save_model, write_atomic
from ..core.names import file_stem, stamped
from ..core.progress import format_seconds
from ..core.smoothing import RunningEma
from ..core.spec import NetworkSpec
from ..core.training import OPTIMIZERS, SCHEDULES, TrainConfig, tensorboard_available
from .active_model import ActiveModel
from .colors import ERROR, set_color, set_text_color
from .confusion_view import ConfusionMatrixView, ImageStrip
from .train.live_view import LiveNetworkView
from .literal_text import literal, plain_label
from .training_worker import TrainingWorker, TrainOutcome
from .worker_thread import finish_worker, start_worker

CUSTOM = "custom"  # the architecture picker's entry for a network from the Build area
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


def _button(text: str, tip: str, slot, enabled: bool = True) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setEnabled(enabled)
    button.clicked.connect(slot)
    return button


class TrainArea(QWidget):
    """Runs training in a worker thread and shows it live.

    Signals: ``trainingFinished(object)`` with the TrainOutcome,
    ``trainingFailed(str)``.

    ``samples`` (optional): the user's own samples, an object with
    ``snapshot() -> tuple[PenSample, ...]`` and a no-argument Qt signal
    ``changed`` (the My samples area's store); "Add my samples" adds its digit
    samples to the training images.
    """

    trainingFinished = Signal(object)
    trainingFailed = Signal(str)

    def __init__(self, active_model: ActiveModel, samples=None, live=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live  # the canvas' LivePrediction: its drawing is the live view's probe digit
        self.active_model = active_model
        self.samples = samples
        self.data_path: str | None = None
        self.data_warnings: list[str] = []  # what the running or last run's data looked odd for
        self.thread: QThread | None = None
        self.custom_spec: NetworkSpec | None = None
        self.worker: TrainingWorker | None = None
        self.outcome: TrainOutcome | None = None
        self._reset_series()

        form = self._build_form()
        self.curves = self._build_plots()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_label = plain_label("Ready")

        self.result_label = plain_label("")
        self.result_label.setWordWrap(True)
        self.save_button = _button("Save model...", "Save the trained model and its model card (.keras + .card.json)",
                                   self.save_dialog, enabled=False)
        self.use_button = _button("Use this model", "Make the trained model the one the canvas and inspector use",
                                  self.use_model, enabled=False)
        self.png_button = _button("Curves as PNG...", "Save both plots as one PNG image", self.export_png_dialog,
                                  enabled=False)
        self.csv_button = _button("History as CSV...", "Save the per-epoch loss and accuracy (Keras CSVLogger)",
                                  self.export_csv_dialog, enabled=False)
        self.run_dir: Path | None = None
        self.saved_path: Path | None = None
        self._saved_name = ""  # the model name in the card of saved_path

        # Beside the curves, the network itself as it learns (snapshots from the training thread).
        self.live_view = LiveNetworkView()
        self.live_view.positionChanged.connect(self._mark_moment)
        self.watch_check = QCheckBox("Watch the network")
        self.watch_check.setChecked(True)
        self.watch_check.setToolTip("Show the first layer's filters, a probe digit's maps and 20 test digits' "
                                    "readings changing as the network learns, and replay them afterwards")
        self.watch_check.toggled.connect(self.live_view.setVisible)
        self.moment = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((200, 40, 40), width=1))
        self.moment.setVisible(False)
        self.loss_plot.addItem(self.moment, ignoreBounds=True)
        curves = QWidget()
        curves_layout = QVBoxLayout(curves)
        curves_layout.setContentsMargins(0, 0, 0, 0)
        beside = QSplitter()
        beside.addWidget(self.curves)
        beside.addWidget(self.live_view)
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 1)
        curves_layout.addWidget(beside, 1)
        smooth_row = QHBoxLayout()
        smooth_row.addWidget(plain_label("Smoothing"))
        smooth_row.addWidget(self.smoothing)
        smooth_row.addWidget(self.watch_check)
        curves_layout.addLayout(smooth_row)
        self.confusion = ConfusionMatrixView()
        self.confusion.cellClicked.connect(self.show_cell)
        self.cell_strip = ImageStrip()
        errors = QWidget()
        errors_layout = QVBoxLayout(errors)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        errors_layout.addWidget(self.confusion, 1)
        errors_layout.addWidget(self.cell_strip)
        self.views = QTabWidget()
        self.views.addTab(curves, "Curves")
        self.views.addTab(errors, "Confusion matrix")
        self.views.setTabToolTip(1, "Test-set results by true and predicted digit, after training")

        right = QVBoxLayout()
        right.addWidget(self.views, 1)
        right.addWidget(self.progress)
        right.addWidget(self.progress_label)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.save_button)
        result_row.addWidget(self.use_button)
        right.addLayout(result_row)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.png_button)
        export_row.addWidget(self.csv_button)
        right.addLayout(export_row)
        layout = QHBoxLayout(self)
        layout.addWidget(form, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self.redraw)
        if samples is not None:
            samples.changed.connect(self._update_samples_check)
        self._update_samples_check()
        self._validate()

    # -- form ---------------------------------------------------------------------------------

    def _build_form(self) -> QGroupBox:
        box = QGroupBox("Training")
        box.setMaximumWidth(330)
        form = QFormLayout(box)
        self.arch_combo = QComboBox()
        for arch in ARCHITECTURES.values():
            self.arch_combo.addItem(arch.name, arch.name)
            self.arch_combo.setItemData(self.arch_combo.count() - 1, arch.description, Qt.ItemDataRole.ToolTipRole)
        defaults = TrainConfig()  # the same defaults as the CLI's
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(0, 1000)
        self.epochs_spin.setValue(defaults.epochs)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(0, 8192)
        self.batch_spin.setValue(defaults.batch_size)
        self.lr_edit = QLineEdit(f"{defaults.learning_rate:g}")
        self.lr_edit.setToolTip("Step size of the optimizer, e.g. 0.001")
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.addItems([o for o in OPTIMIZERS])
        self.optimizer_combo.setCurrentText(defaults.optimizer)
        self.optimizer_combo.setToolTip("adam, sgd (momentum 0.9) or rmsprop")
        self.schedule_combo = QComboBox()
        self.schedule_combo.addItems(list(SCHEDULES))
        self.schedule_combo.setCurrentText(defaults.lr_schedule)
        self.schedule_combo.setToolTip("constant: the same learning rate throughout; cosine: it falls smoothly "
                                       "to 2 % of the rate by the end of the last epoch")
        self.val_spin = QDoubleSpinBox()
        self.val_spin.setRange(0.0, 0.99)
        self.val_spin.setSingleStep(0.05)
        self.val_spin.setValue(defaults.validation_split)
        self.val_spin.setToolTip("Share of the training images held out to measure validation loss/accuracy "
                                 "(0: none, all train; early stopping needs some)")
        self.augment_check = QCheckBox("rotate, scale, shift, thicken")
        self.patience_spin = QSpinBox()
        self.patience_spin.setRange(0, 100)
        self.patience_spin.setSpecialValueText("off")
        self.patience_spin.setToolTip("Stop when validation loss has not improved for this many epochs")
        self.subset_spin = QSpinBox()
        self.subset_spin.setRange(0, 60_000)
        self.subset_spin.setSingleStep(1000)
        self.subset_spin.setSpecialValueText("all 60,000")
        self.subset_spin.setToolTip("Train on only this many images, for a quick demo")
        self.samples_check = QCheckBox()
        self.samples_check.setToolTip(f"Your own drawings from the My samples area, each with {COPIES} stroke "
                                      "variations, added to the training images; never to validation or test. "
                                      "Drawings marked 'not a digit' are left out.")
        self.tensorboard_check = QCheckBox("write a TensorBoard log")
        if tensorboard_available():
            self.tensorboard_check.setToolTip("Log to a folder you can open with: tensorboard --logdir FOLDER")
        else:
            self.tensorboard_check.setEnabled(False)
            self.tensorboard_check.setToolTip("Needs the tensorboard package: pip install tensorboard")
        self.data_label = plain_label(self._data_text())
        self.data_label.setWordWrap(True)
        data_button = QPushButton("Choose data...")
        data_button.setToolTip("A Keras-format mnist.npz (a folder of IDX files: choose any file in it)")
        data_button.clicked.connect(self.choose_data)
        self.problems_label = plain_label("")
        set_text_color(self.problems_label, ERROR)
        self.problems_label.setWordWrap(True)
        self.start_button = _button("Start", "Start training in the background", self.start)
        self.stop_button = _button("Stop", "Stop after the current batch, keeping what was trained", self.stop,
                                   enabled=False)

        form.addRow("Architecture", self.arch_combo)
        form.addRow("Epochs", self.epochs_spin)
        form.addRow("Batch size", self.batch_spin)
        form.addRow("Learning rate", self.lr_edit)
        form.addRow("Optimizer", self.optimizer_combo)
        form.addRow("Schedule", self.schedule_combo)
        form.addRow("Validation split", self.val_spin)
        form.addRow("Augmentation", self.augment_check)
        form.addRow("Early stopping", self.patience_spin)
        form.addRow("Training subset", self.subset_spin)
        form.addRow("My samples", self.samples_check)
        form.addRow("TensorBoard", self.tensorboard_check)
        form.addRow("Data", self.data_label)
        form.addRow("", data_button)
        form.addRow(self.problems_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        form.addRow(buttons)
        for widget in (self.epochs_spin, self.batch_spin, self.val_spin, self.patience_spin, self.subset_spin):
            widget.valueChanged.connect(self._validate)
        self.lr_edit.textChanged.connect(self._validate)
        return box

    def _data_text(self) -> str:
        if self.data_path:
            return self.data_path
        if os.environ.get(ENV_PATH):
            return f"${ENV_PATH}: {os.environ[ENV_PATH]}"
        return "MNIST from the user cache, or downloaded once"

    def digit_sample_count(self) -> int:
        """How many of the user's samples "Add my samples" would add (digits only; 0 without samples)."""
        return len(digit_samples(self.samples.snapshot())) if self.samples is not None else 0

    @Slot()
    def _update_samples_check(self) -> None:
        """Show how many digit samples there are; with none, the box is off and cannot be ticked."""
        count = self.digit_sample_count()
        self.samples_check.setText(f"Add my samples ({count:,})")
        if not count:
            self.samples_check.setChecked(False)
        self.samples_check.setEnabled(count > 0)

    def _samples_to_add(self) -> tuple | None:
        """The snapshot of the user's samples to train on too, or None when "Add my samples" is off."""
        if self.samples is None or not (self.samples_check.isChecked() and self.samples_check.isEnabled()):
            return None
        return tuple(self.samples.snapshot())

    @Slot()
    def choose_data(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose MNIST", str(Path.home()), "MNIST (*.npz *ubyte *.gz);;All files (*)")
        if path:
            self.data_path = path if path.endswith(".npz") else str(Path(path).parent)
            self.data_label.setText(self._data_text())

    def set_custom_spec(self, spec: NetworkSpec) -> None:
        """Offer a network from the Build area as the architecture "custom: NAME" and select it."""
        self.custom_spec = spec
        index = self.arch_combo.findData(CUSTOM)
        if index < 0:
            self.arch_combo.addItem("", CUSTOM)
            index = self.arch_combo.count() - 1
        self.arch_combo.setItemText(index, f"custom: {spec.name}")
        self.arch_combo.setItemData(index, "Built in the Build area: " + ", ".join(l.label() for l in spec.layers),
                                    Qt.ItemDataRole.ToolTipRole)
        self.arch_combo.setCurrentIndex(index)
        self._validate()

    def config(self) -> TrainConfig | None:
        """The settings in the form, or None when the learning rate is not a number."""
        try:
            lr = float(self.lr_edit.text())
        except ValueError:
            return None
        arch = self.arch_combo.currentData()
        return TrainConfig(
            arch=arch,
            spec=self.custom_spec.to_dict() if arch == CUSTOM and self.custom_spec else None,
            epochs=self.epochs_spin.value(),
            batch_size=self.batch_spin.value(),
            learning_rate=lr,
            optimizer=self.optimizer_combo.currentText(),
            lr_schedule=self.schedule_combo.currentText(),
            validation_split=round(self.val_spin.value(), 4),
            augment=self.augment_check.isChecked(),
            patience=self.patience_spin.value(),
            subset=self.subset_spin.value() or None,
        )

    @Slot()
    def _validate(self) -> list[str]:
        config = self.config()
        problems = ["learning rate must be a number, e.g. 0.001"] if config is None else config.problems()
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        bad_lr = any("learning rate" in p for p in problems)
        set_color(self.lr_edit, QPalette.ColorRole.Base, "#f6d5d1" if bad_lr else None)
        self.start_button.setEnabled(not problems and self.thread is None)
        return problems

    # -- plots --------------------------------------------------------------------------------

    def _build_plots(self) -> pg.GraphicsLayoutWidget:
        """Loss above accuracy in one graphics layout (so one PNG export holds both)."""
        curves = pg.GraphicsLayoutWidget()
        loss = curves.addPlot(row=0, col=0, title="Loss")
        acc = curves.addPlot(row=1, col=0, title="Accuracy")
        acc.setXLink(loss)
        loss.setLabel("bottom", "epoch")
        loss.setLabel("left", "cross-entropy")
        loss.addLegend(offset=(-10, 10))
        acc.setLabel("bottom", "epoch")
        acc.setLabel("left", "accuracy")
        acc.addLegend(offset=(-10, -10))
        acc.setYRange(0, 1)
        self.loss_plot, self.acc_plot = loss, acc
        self.batch_raw = loss.plot(pen=pg.mkPen((120, 160, 220, 90), width=1), name="batch loss")
        # One-pixel pens: a 2 px pen over thousands of points doubled the paint time (8 ms -> 4 ms).
        self.batch_smooth = loss.plot(pen=pg.mkPen((30, 90, 210), width=1), name="batch loss, smoothed")
        self.batch_acc = acc.plot(pen=pg.mkPen((30, 90, 210), width=1), name="batch accuracy, smoothed")
        for item in (self.batch_raw, self.batch_smooth, self.batch_acc):  # thousands of points: draw fewer
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
        # Symbol pens and brushes made once: pyqtgraph caches a rendered symbol per pen and brush
        # object, so colours given as tuples made new objects on every update, and its cache grew
        # with every redraw of every run.
        outline = pg.mkPen((60, 60, 60), width=1)
        train_brush, val_brush = pg.mkBrush(40, 110, 220), pg.mkBrush(230, 120, 30)
        val_pen = pg.mkPen((230, 120, 30), width=2)
        self.epoch_loss = loss.plot(pen=None, symbol="o", symbolPen=outline, symbolBrush=train_brush,
                                    name="train (epoch)")
        self.val_loss = loss.plot(pen=val_pen, symbol="s", symbolPen=outline, symbolBrush=val_brush,
                                  name="validation")
        self.epoch_acc = acc.plot(pen=None, symbol="o", symbolPen=outline, symbolBrush=train_brush,
                                  name="train (epoch)")
        self.val_acc = acc.plot(pen=val_pen, symbol="s", symbolPen=outline, symbolBrush=val_brush,
                                name="validation")
        # Epochs are epochs: pyqtgraph would relabel a one-epoch run "epoch (x0.001)" with ticks 0-140.
        for plot in (loss, acc):
            for side in ("bottom", "left"):
                plot.getAxis(side).enableAutoSIPrefix(False)
        self.smoothing = QSlider(Qt.Orientation.Horizontal)
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(60)
        self.smoothing.setToolTip("Exponential moving average of the batch curves, as in TensorBoard")
        self.smoothing.valueChanged.connect(self._mark_dirty)
        return curves

    def _reset_series(self) -> None:
        self.batch_x: list[float] = []
        self.batch_losses: list[float] = []
        self.batch_accs: list[float] = []
        self.epoch_rows: list[tuple[int, dict]] = []
        self.epoch_x: list[float] = []  # where each epoch's figures are plotted
        self._last_batch: tuple[int, int] | None = None
        self._last_curves = 0.0
        self._smooth_loss: RunningEma | None = None
        self._smooth_acc: RunningEma | None = None
        self._dirty = False

    @Slot()
    def _mark_dirty(self) -> None:
        self._smooth_loss = self._smooth_acc = None  # the weight changed: smooth again from the start
        self._dirty = True
        if not self._redraw_timer.isActive():
            self.redraw()

    @Slot()
    def redraw(self) -> None:
        """Push the collected points into the plot items (created once)."""
        if not self._dirty:
            return
        self._dirty = False
        if self._last_batch is not None:
            self._show_progress()
        now = time.perf_counter()
        if self.running and (now - self._last_curves) * 1000 < CURVES_MS:
            self._dirty = True  # the curves follow on a later tick
            return
        self._last_curves = now
        weight = self.smoothing.value() / 100
        if self._smooth_loss is None:
            self._smooth_loss, self._smooth_acc = RunningEma(weight), RunningEma(weight)
        x = np.asarray(self.batch_x)
        losses = np.asarray(self.batch_losses)
        finite = np.isfinite(losses)
        self.batch_raw.setData(x[finite], losses[finite])
        # Smoothing continues where the last redraw stopped: O(new points), not O(all).
        kept = losses[finite]
        self.batch_smooth.setData(x[finite], self._smooth_loss.extend(kept[len(self._smooth_loss.values):]))
        accs = self.batch_accs
        self.batch_acc.setData(x, self._smooth_acc.extend(accs[len(self._smooth_acc.values):]))
        ex = self.epoch_x

        def column(key):
            keep = [(xx, logs[key]) for xx, (_, logs) in zip(ex, self.epoch_rows) if key in logs]
            return ([k[0] for k in keep], [k[1] for k in keep])

        epoch_loss, val_loss = column("loss"), column("val_loss")
        self.epoch_loss.setData(*epoch_loss)
        self.val_loss.setData(*val_loss)
        self.epoch_acc.setData(*column("accuracy"))
        self.val_acc.setData(*column("val_accuracy"))
        if self.running:
            self._grow_loss_axis(kept, epoch_loss[1] + val_loss[1])

    def _frame_run(self, epochs: int) -> None:
        """Fix the axes for a run: epochs 0..N across, loss from 0 up.

        Under auto-range every redraw moved the axes, and regenerating their
        ticks and labels was half of each repaint (the GUI's longest pauses
        while training).
        """
        self.acc_plot.enableAutoRange(x=False)
        self.loss_plot.enableAutoRange(x=False, y=False)
        self.loss_plot.setXRange(0, epochs, padding=0.02)  # the accuracy plot follows (linked)
        self.loss_plot.setYRange(0, 1, padding=0)

    def _grow_loss_axis(self, losses: np.ndarray, epoch_losses: list[float]) -> None:
        """Raise the loss axis' top when a loss would not fit (by half again, so it rarely moves)."""
        finite = [v for v in epoch_losses if math.isfinite(v)]
        highest = max(float(losses.max()) if losses.size else 0.0, max(finite, default=0.0))
        if highest > self.loss_plot.viewRange()[1][1]:
            self.loss_plot.setYRange(0, highest * 1.5, padding=0)

    def _unframe(self) -> None:
        """After a run, fit the axes to the curves again."""
        self.loss_plot.enableAutoRange()
        self.acc_plot.enableAutoRange(x=True)

    # -- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.thread is not None

    @Slot()
    def start(self) -> None:
        if self.running or self._validate():
            return
        config = self.config()
        self.run_dir = self._new_run_dir()
        if self.run_dir is not None:
            config.csv_log = str(self.run_dir / "history.csv")
            if self.tensorboard_check.isChecked():
                config.tensorboard_dir = str(self.run_dir / "tensorboard")
        self._reset_series()
        self.outcome = None
        self.saved_path = None
        for button in (self.save_button, self.use_button, self.png_button, self.csv_button):
            button.setEnabled(False)
        self.result_label.setText("")
        self.progress.setValue(0)
        samples = self._samples_to_add()  # taken here, on the GUI thread: the worker gets an immutable tuple
        self.progress_label.setText("Loading data, rendering your samples and building the model..." if samples
                                    else "Loading data and building the model...")
        self.progress.setFormat("%p%")
        probe = self.live.current_image() if self.live is not None else None
        probe = probe if probe is not None and probe.any() else None  # else a test digit
        self.live_view.set_probe(probe is not None)
        self.worker = TrainingWorker(config, self.data_path, samples, watch=self.watch_check.isChecked(),
                                     probe=probe)
        self.worker.watching.connect(self.live_view.set_strip)
        self.worker.snapshotTaken.connect(self.live_view.add_live)
        self.moment.setVisible(False)
        self.worker.trainingStarted.connect(self._on_started)
        self.worker.batchesEnded.connect(self._on_batches)
        self.worker.epochEnded.connect(self._on_epoch)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.data_warnings = []
        self.worker.dataWarning.connect(self._on_data_warning)
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._redraw_timer.start()
        _hold_full_collections(True)
        self.thread = start_worker(self.worker, self, "training")

    @Slot()
    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.stop_button.setEnabled(False)
            self.progress_label.setText("Stopping after the current batch...")

    @Slot(int, int)
    def _on_started(self, epochs: int, steps: int) -> None:
        self._epochs, self._steps = epochs, steps
        self.progress.setRange(0, epochs * steps)
        self._t0 = time.perf_counter()
        self._batch_size = self.worker.config.batch_size if self.worker else 1
        self._frame_run(epochs)
        self.live_view.start()

    @Slot(list)
    def _on_batches(self, batches: list) -> None:
        for epoch, step, loss, accuracy in batches:
            self.batch_x.append(epoch + (step + 1) / self._steps)
            self.batch_losses.append(loss)
            self.batch_accs.append(accuracy)
        self._last_batch = batches[-1][:2]
        self._dirty = True

    def _show_progress(self) -> None:
        epoch, step = self._last_batch
        done = epoch * self._steps + step + 1
        self.progress.setValue(done)
        elapsed = time.perf_counter() - self._t0
        rate = done * self._batch_size / max(elapsed, 1e-9)
        eta = elapsed / done * (self._epochs * self._steps - done)
        # The live figures are the bar's own text: changing a label's text re-lays out
        # (and repaints) the whole window, the bar repaints only itself.
        self.progress.setFormat(
            f"Epoch {epoch + 1}/{self._epochs} · {rate:,.0f} images/s · ETA {format_seconds(eta)} · %p%")
        if self.progress_label.text() != "Training..." and self.stop_button.isEnabled():
            self.progress_label.setText("Training...")

    @Slot(int, dict)
    def _on_epoch(self, epoch: int, logs: dict) -> None:
        self.epoch_rows.append((epoch, logs))
        # At the batch it ended on: a Stop ends an epoch part-way, and Keras still reports (and
        # validates) it; plotted at epoch + 1 its figures claimed a whole epoch of training.
        last = self._last_batch
        self.epoch_x.append(epoch + (last[1] + 1) / self._steps if last and last[0] == epoch else epoch + 1.0)
        self._dirty = True

    def _end_run(self) -> None:
        finish_worker(self.thread)
        _hold_full_collections(False)
        self.thread = None
        self.worker = None
        self._redraw_timer.stop()
        self._dirty = True
        self.redraw()
        self._unframe()
        self.stop_button.setEnabled(False)
        self._validate()

    @Slot(object)
    def _on_finished(self, outcome: TrainOutcome) -> None:
        self._end_run()
        self.outcome = outcome
        r = outcome.result
        how = {"": "finished", "cancelled": "stopped by you", "nan": "stopped: the loss became NaN",
               "early-stopping": "stopped early (no validation improvement)"}[r.stopped]
        self.progress_label.setText(f"Training {how} after {r.epochs_completed} full epoch(s), {format_seconds(r.seconds)}")
        self.result_label.setText(f"Test accuracy {outcome.evaluation.accuracy:.2%} on "
                                  f"{outcome.evaluation.count:,} MNIST test images")
        if r.extra is not None:
            self.result_label.setText(self.result_label.text() + (
                f"\nAlso trained on {r.extra['samples']:,} of your samples ({r.extra['images']:,} images with "
                f"their variations), besides {r.n_train - r.extra['images']:,} MNIST images"))
        for button in (self.save_button, self.use_button, self.png_button):
            button.setEnabled(True)
        self.csv_button.setEnabled(self.history_csv() is not None)
        if r.config.tensorboard_dir:
            self.result_label.setText(self.result_label.text() + f"\nTensorBoard: tensorboard --logdir {r.config.tensorboard_dir}")
        for warning in self.data_warnings:  # beside the (likely poor) accuracy it explains
            self.result_label.setText(self.result_label.text() + f"\nWarning: {warning}")
        if outcome.confusion is not None:
            self.confusion.set_matrix(outcome.confusion)
        self.live_view.finish(outcome.snapshots)
        if r.stopped == "nan":
            QMessageBox.warning(self, "Training stopped", "The loss became NaN (not a number), so training "
                                "stopped. Try a smaller learning rate.")
        self.trainingFinished.emit(outcome)

    @Slot(int)
    def _mark_moment(self, step: int) -> None:
        """The replay shows the network after ``step`` batches: mark that moment on the loss curve."""
        self.moment.setPos(step / max(self._steps, 1))
        self.moment.setVisible(True)
        loss = self.live_view.shown.loss if self.live_view.shown is not None else None
        self.moment.setToolTip(f"after {step:,} batches" + ("" if loss is None else f", batch loss {loss:.3f}"))

    @Slot(str)
    def _on_data_warning(self, message: str) -> None:
        self.data_warnings.append(message)
        QMessageBox.warning(self, "Check the data", literal(message))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end_run()
        self.progress_label.setText("Training could not run")
        QMessageBox.warning(self, "Training could not run", literal(message))
        self.trainingFailed.emit(message)

    @Slot(int, int)
    def show_cell(self, true: int, predicted: int) -> None:
        """Show the test images of one confusion-matrix cell."""
        if self.outcome is None or self.outcome.test_images is None:
            return
        from ..core.evaluation import cell_indices

        idx = cell_indices(self.outcome.test_labels, self.outcome.evaluation.predictions, true, predicted)
        what = "read correctly" if true == predicted else f"misread as {predicted}"
        more = f" (first {min(len(idx), 48)} shown)" if len(idx) > 48 else ""
        self.cell_strip.show_images(self.outcome.test_images[idx], f"{len(idx)} test images of {true} {what}{more}")

    # -- exports ------------------------------------------------------------------------------

    @staticmethod
    def _new_run_dir() -> Path | None:
        """A fresh folder for this run's CSV (and TensorBoard) logs, or None if none can be made."""
        run_dir = user_data_dir() / "runs" / time.strftime("%Y%m%d-%H%M%S")
        for n in range(100):
            candidate = run_dir.with_name(f"{run_dir.name}-{n}") if n else run_dir
            try:
                candidate.mkdir(parents=True)
                return candidate
            except FileExistsError:
                continue
            except OSError:
                return None
        return None

    def history_csv(self) -> Path | None:
        """The CSVLogger file of the last run, if it was written."""
        if self.run_dir is None or not (self.run_dir / "history.csv").is_file():
            return None
        return self.run_dir / "history.csv"

    def _ask_path(self, title: str, name: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), file_filter)
        return Path(path) if path else None

    @Slot()
    def export_png_dialog(self) -> None:
        path = self._ask_path("Save curves as PNG", "training-curves.png", "PNG images (*.png)")
        if path:
            self.export_png(path)

    @Slot()
    def export_csv_dialog(self) -> None:
        path = self._ask_path("Save history as CSV", "training-history.csv", "CSV files (*.csv)")
        if path:
            self.export_csv(path)

    def export_png(self, path: Path) -> bool:
        """Both plots as one PNG (pyqtgraph's ImageExporter), written atomically."""
        from pyqtgraph.exporters import ImageExporter

        path = path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")
        return self._export(path, lambda tmp: ImageExporter(self.curves.ci).export(str(tmp)))

    def export_csv(self, path: Path) -> bool:
        """The run's per-epoch history (written by Keras' CSVLogger), copied atomically."""
        import shutil

        source = self.history_csv()
        if source is None:
            return False
        return self._export(path, lambda tmp: shutil.copyfile(source, tmp))

    def _export(self, path: Path, write) -> bool:
        try:
            if not path.parent.is_dir():
                raise OSError(f"folder {path.parent} does not exist")
            write_atomic((path, write))
        except OSError as exc:
            QMessageBox.warning(self, "Could not export", literal(f"Cannot write {path}: {exc.strerror or exc}"))
            return False
        self.progress_label.setText(f"Saved {path}")
        return True

    # -- keeping the result --------------------------------------------------------------------

    def card(self, name: str) -> dict:
        """The model card of the last run."""
        from ..core.model_card import build_card

        return build_card(self.outcome.result, self.outcome.evaluation, self.outcome.dataset, name=name)

    def network_name(self) -> str:
        """The name of the last run's network as the user gave it (an architecture's, or the spec's)."""
        config = self.outcome.result.config
        return str(config.spec.get("name") or CUSTOM) if config.spec is not None else config.arch

    def suggested_path(self) -> tuple[Path, str]:
        """The file offered for saving the last run's model, and the model's name if saved there.

        The file name is the network's name made safe for any file system;
        the model keeps the name as the user wrote it (both with the time appended).
        """
        file_name, model_name = stamped(self.network_name(), time.strftime("%Y%m%d-%H%M"))
        return save_models_dir() / file_name, model_name

    @Slot()
    def save_dialog(self) -> None:
        if self.outcome is None:
            return
        suggestion, name = self.suggested_path()
        suggestion.parent.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(self, "Save trained model", str(suggestion), "Keras models (*.keras)")
        if path:
            # Kept as suggested: the model is named as the network; otherwise as the file the user chose.
            self.save_to(Path(path), name if Path(path).stem == suggestion.stem else None)

    def save_to(self, path: Path, name: str | None = None) -> Path | None:
        """Save the last trained model with its card (named ``name``, else as the file); on failure
        show why and keep it in memory."""
        try:
            self.saved_path = save_model(self.outcome.result.model, path, self.card(name or path.stem))
        except DivergedModelError as exc:  # no other file would take it either
            QMessageBox.warning(self, "Could not save the model", literal(str(exc)))
            return None
        except ModelFileError as exc:
            QMessageBox.warning(self, "Could not save the model",
                                literal(f"{exc}\n\nThe trained model is still here: save it somewhere else."))
            return None
        self._saved_name = name or path.stem
        self.progress_label.setText(f"Saved {self.saved_path}")
        return self.saved_path

    @Slot()
    def use_model(self) -> None:
        """Make the trained model active for the canvas (and inspector)."""
        if self.outcome is None:
            return
        if self.saved_path:
            name, path = self._saved_name, self.saved_path
        else:
            name = f"trained {self.network_name()} (unsaved)"
            path = Path(file_stem(name))
        # Prepared in the background: tracing the fast paths takes a moment. Only models that
        # are used get them (TensorFlow keeps some memory for every traced function).
        self.active_model.load(LoadedModel(self.outcome.result.model, path, self.card(name)))

    def shutdown(self) -> None:
        """Stop a running training and wait for its thread (window closing)."""
        if self.worker is not None:
            self.worker.abort()
        if self.thread is not None:
            self._end_run()  # waits for the thread
