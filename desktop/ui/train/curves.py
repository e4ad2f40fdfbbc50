"""The Train area's loss and accuracy curves (pyqtgraph items made once, fed with ``setData``)."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSlider, QVBoxLayout, QWidget

from ...core.run_series import RunSeries
from ..literal_text import plain_label


class TrainingCurves(QWidget):
    """Loss above accuracy in one graphics layout (so one PNG holds both), and the smoothing slider.

    ``smoothingChanged()`` fires when the slider moves; ``smoothing_weight()``
    is its value as TensorBoard's weight (0-0.99).
    """

    smoothingChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots = pg.GraphicsLayoutWidget()
        loss = self.plots.addPlot(row=0, col=0, title=self.tr("Loss"))
        acc = self.plots.addPlot(row=1, col=0, title=self.tr("Accuracy"))
        acc.setXLink(loss)
        loss.setLabel("bottom", self.tr("epoch"))
        loss.setLabel("left", self.tr("cross-entropy"))
        loss.addLegend(offset=(-10, 10))
        acc.setLabel("bottom", self.tr("epoch"))
        acc.setLabel("left", self.tr("accuracy"))
        acc.addLegend(offset=(-10, -10))
        acc.setYRange(0, 1)
        self.loss_plot, self.acc_plot = loss, acc
        self.batch_raw = loss.plot(pen=pg.mkPen((120, 160, 220, 90), width=1), name=self.tr("batch loss"))
        # One-pixel pens: a 2 px pen over thousands of points doubled the paint time (8 ms -> 4 ms).
        self.batch_smooth = loss.plot(pen=pg.mkPen((30, 90, 210), width=1), name=self.tr("batch loss, smoothed"))
        self.batch_acc = acc.plot(pen=pg.mkPen((30, 90, 210), width=1), name=self.tr("batch accuracy, smoothed"))
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
                                    name=self.tr("train (epoch)"))
        self.val_loss = loss.plot(pen=val_pen, symbol="s", symbolPen=outline, symbolBrush=val_brush,
                                  name=self.tr("validation"))
        self.epoch_acc = acc.plot(pen=None, symbol="o", symbolPen=outline, symbolBrush=train_brush,
                                  name=self.tr("train (epoch)"))
        self.val_acc = acc.plot(pen=val_pen, symbol="s", symbolPen=outline, symbolBrush=val_brush,
                                name=self.tr("validation"))
        # Epochs are epochs: pyqtgraph would relabel a one-epoch run "epoch (x0.001)" with ticks 0-140.
        for plot in (loss, acc):
            for side in ("bottom", "left"):
                plot.getAxis(side).enableAutoSIPrefix(False)
        # The replay's moment: where the network shown in the live view was.
        self.moment = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((200, 40, 40), width=1))
        self.moment.setVisible(False)
        loss.addItem(self.moment, ignoreBounds=True)
        self.smoothing = QSlider(Qt.Orientation.Horizontal)
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(60)
        self.smoothing.setToolTip(self.tr("Exponential moving average of the batch curves, as in TensorBoard"))
        self.smoothing.valueChanged.connect(self.smoothingChanged)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Smoothing")))
        row.addWidget(self.smoothing, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plots, 1)
        layout.addLayout(row)

    def smoothing_weight(self) -> float:
        return self.smoothing.value() / 100

    def show_series(self, series: RunSeries, running: bool) -> None:
        """Push the run's points into the plot items; while running, raise the loss axis if a loss
        would not fit."""
        curves = series.curves(self.smoothing_weight())
        self.batch_raw.setData(curves.batch_x, curves.batch_loss)
        self.batch_smooth.setData(curves.batch_x, curves.smooth_loss)
        self.batch_acc.setData(curves.acc_x, curves.smooth_acc)
        self.epoch_loss.setData(*curves.epoch["loss"])
        self.val_loss.setData(*curves.epoch["val_loss"])
        self.epoch_acc.setData(*curves.epoch["accuracy"])
        self.val_acc.setData(*curves.epoch["val_accuracy"])
        highest = curves.highest_loss()
        # By half again, so the axis rarely moves.
        if running and highest > self.loss_plot.viewRange()[1][1]:
            self.loss_plot.setYRange(0, highest * 1.5, padding=0)

    def frame_run(self, epochs: int) -> None:
        """Fix the axes for a run: epochs 0..N across, loss from 0 up.

        Under auto-range every redraw moved the axes, and regenerating their
        ticks and labels was half of each repaint (the GUI's longest pauses
        while training).
        """
        self.moment.setVisible(False)
        self.acc_plot.enableAutoRange(x=False)
        self.loss_plot.enableAutoRange(x=False, y=False)
        self.loss_plot.setXRange(0, epochs, padding=0.02)  # the accuracy plot follows (linked)
        self.loss_plot.setYRange(0, 1, padding=0)

    def unframe(self) -> None:
        """After a run, fit the axes to the curves again."""
        self.loss_plot.enableAutoRange()
        self.acc_plot.enableAutoRange(x=True)

    def mark_moment(self, epochs: float, tip: str) -> None:
        """Mark ``epochs`` (e.g. 1.5: half-way through the second epoch) on the loss curve."""
        self.moment.setPos(epochs)
        self.moment.setToolTip(tip)
        self.moment.setVisible(True)

    def export_png(self, path: Path) -> None:
        """Both plots as one PNG (pyqtgraph's ImageExporter); raises OSError if it cannot be written."""
        from pyqtgraph.exporters import ImageExporter

        ImageExporter(self.plots.ci).export(str(path))


__all__ = ["TrainingCurves"]
