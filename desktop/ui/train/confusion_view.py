"""Confusion matrix heatmap with clickable cells, and a strip of the images in a cell."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..literal_text import plain_label

MAX_SHOWN = 48


class ConfusionMatrixView(pg.PlotWidget):
    """10x10 heatmap (log-scaled colours so the few mistakes stay visible) with counts in the cells.

    Emits ``cellClicked(true, predicted)``.
    """

    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=QCoreApplication.translate("ConfusionMatrixView",
                                                                  "Confusion matrix (click a cell)"))
        self.setMinimumSize(260, 260)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        plot = self.getPlotItem()
        plot.invertY(True)
        plot.setAspectLocked(True)
        plot.setLabel("left", self.tr("true digit"))
        plot.setLabel("bottom", self.tr("predicted digit"))
        ticks = [[(d + 0.5, str(d)) for d in range(10)]]
        plot.getAxis("left").setTicks(ticks)
        plot.getAxis("bottom").setTicks(ticks)
        self.image = pg.ImageItem(np.zeros((10, 10)))
        self.image.setColorMap(pg.colormap.get("viridis"))
        plot.addItem(self.image)
        self._cell_font = QFont()
        self._cell_font.setPointSize(7)
        self.labels = []
        for true in range(10):
            for pred in range(10):
                text = pg.TextItem("", anchor=(0.5, 0.5), color="w")
                text.setFont(self._cell_font)
                text.setPos(pred + 0.5, true + 0.5)
                plot.addItem(text)
                self.labels.append(text)
        self.matrix = np.zeros((10, 10), int)
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_matrix(self, matrix: np.ndarray) -> None:
        self.matrix = np.asarray(matrix, int)
        # ImageItem's first axis is x (predicted): transpose rows=true into columns.
        self.image.setImage(np.log1p(self.matrix).T, levels=(0, max(np.log1p(self.matrix.max()), 1)))
        for i, text in enumerate(self.labels):
            count = self.matrix[i // 10, i % 10]
            text.setText(str(count) if count else "")

    def _clicked(self, event) -> None:
        point = self.getPlotItem().vb.mapSceneToView(event.scenePos())
        pred, true = int(np.floor(point.x())), int(np.floor(point.y()))
        if 0 <= true < 10 and 0 <= pred < 10:
            self.cellClicked.emit(true, pred)


class ImageStrip(QWidget):
    """A caption and up to 48 test images of one confusion-matrix cell, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = plain_label(self.tr("Click a cell of the matrix to see its test images."))
        self.picture = plain_label()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.picture)
        self.count = 0

    def show_images(self, images: np.ndarray, caption: str) -> None:
        self.caption.setText(caption)
        shown = images[:MAX_SHOWN]
        self.count = len(shown)
        if not len(shown):
            self.picture.clear()
            return
        per_row = 16
        rows = -(-len(shown) // per_row)
        canvas = np.zeros((rows * 30, per_row * 30), np.uint8)
        for i, img in enumerate(shown):
            r, c = divmod(i, per_row)
            canvas[r * 30 + 1 : r * 30 + 29, c * 30 + 1 : c * 30 + 29] = img
        canvas = np.ascontiguousarray(canvas)
        qimage = QImage(canvas.data, canvas.shape[1], canvas.shape[0], canvas.shape[1], QImage.Format.Format_Grayscale8)
        self.picture.setPixmap(QPixmap.fromImage(qimage))
