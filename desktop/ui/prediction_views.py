"""Views of a prediction: the 10-bar probability chart and the 28x28 input image."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from .colors import set_color
from .i18n import percent

BAR = (90, 140, 200)
TOP_BAR = (79, 195, 247)


class ProbabilityChart(pg.PlotWidget):
    """Bars for the digits 0-9; the bar item is created once and updated in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=None)
        self.setMinimumHeight(160)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        plot = self.getPlotItem()
        plot.setYRange(0, 1, padding=0.02)
        plot.setXRange(-0.6, 9.6, padding=0)
        plot.getAxis("bottom").setTicks([[(d, str(d)) for d in range(10)]])
        plot.getAxis("left").setTicks([[(v, percent(v, 0)) for v in (0, 0.25, 0.5, 0.75, 1.0)]])
        plot.setLabel("bottom", self.tr("digit"))
        plot.setLabel("left", self.tr("probability"))
        # QBrushes made once: pyqtgraph turns colour tuples into brushes on every update (half its cost).
        self._bar, self._top_bar = QBrush(QColor(*BAR)), QBrush(QColor(*TOP_BAR))
        self._top: int | None = None  # the highlighted bar
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brushes=[self._bar] * 10,
                                    pen=None)
        plot.addItem(self.bars)
        self.setToolTip(self.tr("The network's probability for each digit (softmax output)"))

    def set_probabilities(self, probs: np.ndarray | None) -> None:
        """Bars for ``probs`` (10,); none for None or for values that are not numbers (a diverged model)."""
        if probs is not None and not np.isfinite(np.asarray(probs, dtype=float)).all():
            probs = None
        heights = np.zeros(10) if probs is None else np.asarray(probs, dtype=float)
        top = None if probs is None else int(heights.argmax())
        if top == self._top:
            self.bars.setOpts(height=heights)
            return
        self._top = top
        self.bars.setOpts(height=heights, brushes=[self._top_bar if d == top else self._bar for d in range(10)])

    def top_bar(self) -> int | None:
        """The highlighted digit's bar (None: none is)."""
        return self._top

    def heights(self) -> np.ndarray:
        return np.asarray(self.bars.opts["height"], dtype=float)


class DigitImageView(QLabel):
    """The 28x28 image the network sees, enlarged with visible pixels (no smoothing)."""

    def __init__(self, scale: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixel_scale = scale
        self.setFixedSize(28 * scale + 2, 28 * scale + 2)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        set_color(self, QPalette.ColorRole.Window, "black")
        set_color(self, QPalette.ColorRole.WindowText, "#555555")  # the frame
        self.setToolTip(self.tr("What the model sees: your drawing cropped, scaled to 20x20 and centred by mass in 28x28"))
        self.image = np.zeros((28, 28), np.float32)
        self.set_image(self.image)

    def set_image(self, image: np.ndarray) -> None:
        self.image = image
        grey = np.ascontiguousarray((np.clip(image, 0, 1) * 255).astype(np.uint8))
        qimage = QImage(grey.data, 28, 28, 28, QImage.Format.Format_Grayscale8)
        self.setPixmap(QPixmap.fromImage(qimage).scaled(
            28 * self.pixel_scale, 28 * self.pixel_scale, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation))
