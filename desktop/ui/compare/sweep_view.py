"""Accuracy against a perturbation, one curve per model: run in the background, plotted, exported."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QThread, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.perturb import SWEEPS
from ...core.sweep import SweepResult
from ..exports import ask_save_path, export_file, png_path
from ..i18n import integer, percent
from ..literal_text import literal, plain_label
from ..worker_thread import finish_worker, start_worker
from .sweep_worker import SweepWorker

PENS = [(30, 90, 210), (230, 120, 30), (60, 160, 80), (180, 50, 160)]
SYMBOLS = ["o", "s", "t", "d"]


class SweepView(QGroupBox):
    """Measure the chosen models' MNIST test accuracy over one perturbation's range, and plot it.

    ``models()`` (set by the area) gives name -> model file for the models chosen now.
    Signals ``sweepFinished(SweepResult)`` and ``sweepFailed(str)``.
    """

    sweepFinished = Signal(object)
    sweepFailed = Signal(str)

    def __init__(self, models, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Test accuracy as the change grows"), parent)
        self.models = models
        self.data_path: str | None = None
        self.result: SweepResult | None = None
        self.thread: QThread | None = None
        self.worker: SweepWorker | None = None
        self.kind_combo = QComboBox()
        for key, kind in SWEEPS.items():  # shown in the interface's language, chosen by the English key
            self.kind_combo.addItem(kind.label(), key)
        self.kind_combo.setToolTip(self.tr("The change to sweep; every test digit gets it after normalisation"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(100, 10_000)
        self.count_spin.setSingleStep(1000)
        self.count_spin.setValue(10_000)
        self.count_spin.setSuffix(self.tr(" test images"))
        self.count_spin.setToolTip(self.tr("How many MNIST test digits to read at every step (fewer: faster)"))
        self.run_button = QPushButton(self.tr("Run sweep"))
        self.run_button.setToolTip(self.tr("Measure every chosen model at every step of the change, in the background"))
        self.run_button.clicked.connect(self.toggle)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.status = plain_label(self.tr("Choose a change and press Run sweep."))
        self.status.setWordWrap(True)
        self.plot = pg.PlotWidget(background=None)
        self.plot.setMenuEnabled(False)
        self.plot.setMinimumHeight(180)
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("test accuracy"))
        item.setYRange(0, 1, padding=0.02)
        item.addLegend(offset=(-10, -10))
        item.showGrid(y=True, alpha=0.3)
        for side in ("left", "bottom"):
            item.getAxis(side).enableAutoSIPrefix(False)
        self.curves: list[pg.PlotDataItem] = []
        self.png_button = QPushButton(self.tr("Plot as PNG..."))
        self.png_button.setToolTip(self.tr("Save the plot as a PNG image"))
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton(self.tr("Table as CSV..."))
        self.csv_button.setToolTip(self.tr("Save the accuracies as CSV: one row per step, one column per model"))
        self.csv_button.clicked.connect(self.export_csv_dialog)
        for button in (self.png_button, self.csv_button):
            button.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(self.kind_combo, 1)
        controls.addWidget(self.run_button)
        amount = QHBoxLayout()
        amount.addWidget(self.count_spin)
        amount.addWidget(self.progress, 1)
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.png_button)
        exports.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(amount)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.status)
        layout.addLayout(exports)

    @property
    def running(self) -> bool:
        return self.thread is not None

    @Slot()
    def toggle(self) -> None:
        """Run a sweep, or stop the one running."""
        if self.running:
            self.worker.stop()
            self.run_button.setEnabled(False)
            self.status.setText(self.tr("Stopping..."))
        else:
            self.start()

    def start(self) -> bool:
        """Start a sweep of the chosen change over the chosen models; False (with the reason shown) if none."""
        paths = self.models()
        if not paths:
            self.status.setText(self.tr("Choose at least one model above first."))
            return False
        kind = SWEEPS[self.kind_combo.currentData()]
        self.worker = SweepWorker(paths, kind, self.count_spin.value(), self.data_path)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.progress.setValue(0)
        self.status.setText(self.tr("Loading {0} and the MNIST test digits...").format(", ".join(paths)))
        self.run_button.setText(self.tr("Stop"))
        self.run_button.setToolTip(self.tr("Stop the sweep"))
        for widget in (self.kind_combo, self.count_spin):
            widget.setEnabled(False)
        self.thread = start_worker(self.worker, self, "sweep")
        return True

    def _end(self) -> None:
        finish_worker(self.thread)
        self.thread = None
        self.worker = None
        self.run_button.setText(self.tr("Run sweep"))
        self.run_button.setToolTip(self.tr("Measure every chosen model at every step of the change, in the background"))
        self.run_button.setEnabled(True)
        for widget in (self.kind_combo, self.count_spin):
            widget.setEnabled(True)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done == 1:
            self.status.setText(self.tr("Measuring..."))

    @Slot(object)
    def _on_finished(self, result: SweepResult) -> None:
        self._end()
        self.show_result(result)
        self.sweepFinished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        if message == "stopped":
            self.status.setText(self.tr("Sweep stopped."))
        else:
            self.status.setText(self.tr("The sweep could not run."))
            QMessageBox.warning(self, self.tr("Sweep"), literal(message))
        self.sweepFailed.emit(message)

    def show_result(self, result: SweepResult) -> None:
        """Plot one curve per model (items made once per model count, then fed with setData)."""
        self.result = result
        item = self.plot.getPlotItem()
        names = list(result.accuracy)
        while len(self.curves) < len(names):
            i = len(self.curves)
            self.curves.append(item.plot(pen=pg.mkPen(PENS[i % 4], width=2), symbol=SYMBOLS[i % 4],
                                         symbolBrush=pg.mkBrush(PENS[i % 4]), symbolPen=None, name=""))
        x = np.asarray(result.kind.values, dtype=float)
        legend = item.legend
        legend.clear()
        for i, curve in enumerate(self.curves):
            if i < len(names):
                curve.setData(x, result.accuracy[names[i]])
                curve.setVisible(True)
                legend.addItem(curve, names[i])
            else:
                curve.setData([], [])
                curve.setVisible(False)
        item.setLabel("bottom", f"{result.kind.label()} ({result.kind.unit_label()})")
        at = result.kind.plain_index()
        plain = [f"{name} {percent(acc[at], 1)}" for name, acc in result.accuracy.items()]
        worst = [f"{name} {percent(min(acc), 1)}" for name, acc in result.accuracy.items()]
        self.status.setText(self.tr("{kind} on {count} test digits. Unchanged: {unchanged}; lowest: {lowest}").format(
            kind=result.kind.label(), count=integer(result.count), unchanged=", ".join(plain), lowest=", ".join(worst)))
        for button in (self.png_button, self.csv_button):
            button.setEnabled(True)

    # -- exports ------------------------------------------------------------------------------

    @Slot()
    def export_png_dialog(self) -> None:
        path = ask_save_path(self, self.tr("Save the sweep plot"), "sweep.png", self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path)

    @Slot()
    def export_csv_dialog(self) -> None:
        path = ask_save_path(self, self.tr("Save the sweep table"), "sweep.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_png(self, path: Path) -> bool:
        from pyqtgraph.exporters import ImageExporter

        return self._export(png_path(path), lambda tmp: ImageExporter(self.plot.getPlotItem()).export(str(tmp)))

    def export_csv(self, path: Path) -> bool:
        if self.result is None:
            return False
        text = self.result.csv_text()
        return self._export(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))

    def _export(self, path: Path, write) -> bool:
        if not export_file(self, path, write):
            return False
        self.status.setText(self.tr("Saved {0}").format(path))
        return True

    def shutdown(self) -> None:
        """Stop a running sweep and wait for its thread (window closing)."""
        if self.worker is not None:
            self.worker.stop()
        if self.thread is not None:
            self._end()


__all__ = ["SweepView"]
