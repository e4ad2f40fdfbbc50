"""Views of a prediction: the 10-bar probability chart and the 28x28 input image.

Both are updated on every reading while a person draws, so an update only
stores what is new and asks for a repaint; the drawing happens in paint.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QWidget

from .colors import set_color
from .i18n import percent

BAR = (90, 140, 200)
TOP_BAR = (79, 195, 247)


class DigitBars(pg.GraphicsObject):
    """Ten bars at x = 0-9, one of them highlighted, whose heights (0-1) change in place.

    pyqtgraph's ``BarGraphItem`` works out its rectangles, colours and bounds
    again on every ``setOpts`` (0.12 ms, about twice that between drawing
    events in the app); these bars' bounds never change, so new heights only
    ask for a repaint.
    """

    def __init__(self, width: float, brush: QBrush, top_brush: QBrush) -> None:
        super().__init__()
        self.bar_width = width  # not ``width``: QGraphicsObject has a property of that name
        self._brush, self._top_brush = brush, top_brush
        self.heights = np.zeros(10)
        self.top: int | None = None

    def set_heights(self, heights: np.ndarray, top: int | None) -> None:
        """Show ``heights`` (10,), highlighting bar ``top`` (None: none)."""
        self.heights, self.top = np.clip(heights, 0.0, 1.0), top
        self.update()

    def brushes(self) -> list[QBrush]:
        """Each bar's brush, as painted."""
        return [self._top_brush if d == self.top else self._brush for d in range(10)]

    def boundingRect(self) -> QRectF:
        return QRectF(-self.bar_width / 2, 0.0, 9 + self.bar_width, 1.0)

    def paint(self, painter: QPainter, *args) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for digit, (height, brush) in enumerate(zip(self.heights, self.brushes())):
            if height > 0:
                painter.setBrush(brush)
                painter.drawRect(QRectF(digit - self.bar_width / 2, 0.0, self.bar_width, float(height)))


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
        self.bars = DigitBars(0.7, QBrush(QColor(*BAR)), QBrush(QColor(*TOP_BAR)))
        plot.addItem(self.bars)
        self.setToolTip(self.tr("The network's probability for each digit (softmax output)"))

    def set_probabilities(self, probs: np.ndarray | None) -> None:
        """Bars for ``probs`` (10,); none for None or for values that are not numbers (a diverged model)."""
        if probs is not None and not np.isfinite(np.asarray(probs, dtype=float)).all():
            probs = None
        heights = np.zeros(10) if probs is None else np.asarray(probs, dtype=float)
        self.bars.set_heights(heights, None if probs is None else int(heights.argmax()))

    def top_bar(self) -> int | None:
        """The highlighted digit's bar (None: none is)."""
        return self.bars.top

    def heights(self) -> np.ndarray:
        return self.bars.heights.copy()


class DigitImageView(QFrame):
    """The 28x28 image the network sees, enlarged with visible pixels (no smoothing).

    Subclasses draw over it in ``paintEvent`` (within :meth:`image_rect`).
    """

    def __init__(self, scale: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixel_scale = scale
        self.setFixedSize(28 * scale + 2, 28 * scale + 2)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        set_color(self, QPalette.ColorRole.Window, "black")
        set_color(self, QPalette.ColorRole.WindowText, "#555555")  # the frame
        self.setToolTip(self.tr("What the model sees: your drawing cropped, scaled to 20x20 and centred by mass in 28x28"))
        self.image = np.zeros((28, 28), np.float32)
        self._pixels = np.zeros((28, 28), np.uint8)  # what ``picture`` shows (QImage does not own it)
        self.picture = QImage()
        self.set_image(self.image)

    def set_image(self, image: np.ndarray) -> None:
        self.image = image
        self.show_pixels(np.ascontiguousarray((np.clip(image, 0, 1) * 255).astype(np.uint8)))

    def show_pixels(self, pixels: np.ndarray) -> None:
        """Show (28, 28) grey or (28, 28, 3) RGB uint8 ``pixels`` (C-contiguous)."""
        self._pixels = pixels
        if pixels.ndim == 2:
            self.picture = QImage(pixels.data, 28, 28, 28, QImage.Format.Format_Grayscale8)
        else:
            self.picture = QImage(pixels.data, 28, 28, 28 * 3, QImage.Format.Format_RGB888)
        self.update()

    def image_rect(self) -> QRect:
        """Where the enlarged 28x28 image lies in the widget."""
        side = 28 * self.pixel_scale
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.drawImage(self.image_rect(), self.picture)  # nearest pixel: no smooth transform is set
        painter.end()
