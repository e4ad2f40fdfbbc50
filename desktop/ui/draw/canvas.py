"""The drawing canvas: strokes as vectors, drawn with the mouse or a pen."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.strokes import Drawing, Segments, Stroke
from ..colors import WINDOW

UNITS = 1000.0  # strokes are stored in a square of UNITS x UNITS, independent of the widget size
BACKGROUND = QColor(12, 12, 14)
OUTSIDE = QColor(32, 33, 38)
INK = QColor(245, 245, 245)
OUTLINE = QColor(WINDOW)


def paint_polyline(painter: QPainter, xy: np.ndarray) -> None:
    """Draw (n, 2) widget points as one path with the painter's pen (a dot for a single point)."""
    if len(xy) == 1:
        painter.drawPoint(QPointF(*xy[0]))
        return
    path = QPainterPath(QPointF(*xy[0]))
    for x, y in xy[1:]:
        path.lineTo(x, y)
    painter.drawPath(path)


class DrawingCanvas(QWidget):
    """Square drawing surface centred in the widget; white ink on black like MNIST.

    Strokes are kept as vectors in canvas units (a 1000x1000 square), so the
    drawing survives resizes. Left button (or a pen, through Qt's synthesized
    mouse events) draws; in eraser mode the same gestures erase. Emits
    ``changed()`` whenever the visible ink changes, including while a stroke
    is in progress.
    """

    changed = Signal()
    imageChanged = Signal()  # a new picture was imported (emitted before ``changed``)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(self.tr("Draw a digit with the left mouse button or a pen"))
        self.drawing = Drawing()
        self.brush_px = 18.0
        self.eraser = False
        self.image: np.ndarray | None = None  # imported ink image (1 = ink), replaces strokes
        self._points: list[tuple[float, float]] = []
        self._active = False
        self._cache: QImage | None = None
        # A box of the drawing outlined over it (the inspector's receptive field), in its own coordinates.
        self.outline: tuple[float, float, float, float] | None = None
        # Number mode: a box per digit with its reading, in canvas units.
        self.groups: list[tuple[tuple[float, float, float, float], str, QColor]] = []

    # -- geometry -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def square(self) -> QRectF:
        """The drawing square in widget pixels."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _scale(self) -> float:
        return self.square().width() / UNITS

    def _picture_rect(self) -> QRectF:
        """Where an imported picture is shown: as large as fits the square, keeping its aspect ratio."""
        sq = self.square()
        h, w = self.image.shape
        fit = QSize(w, h).scaled(sq.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(sq.x() + (sq.width() - fit.width()) / 2, sq.y() + (sq.height() - fit.height()) / 2,
                      fit.width(), fit.height())

    def source_rect(self, box: tuple[float, float, float, float]) -> QRectF:
        """Widget rectangle of a box ``(x0, y0, x1, y1)`` in the drawing's coordinates: canvas units for
        strokes, picture pixels for an imported picture."""
        x0, y0, x1, y1 = box
        if self.image is not None:
            target, (h, w) = self._picture_rect(), self.image.shape
            kx, ky, ox, oy = target.width() / w, target.height() / h, target.x(), target.y()
        else:
            sq = self.square()
            kx = ky = self._scale()
            ox, oy = sq.x(), sq.y()
        return QRectF(QPointF(ox + x0 * kx, oy + y0 * ky), QPointF(ox + x1 * kx, oy + y1 * ky))

    def set_outline(self, box: tuple[float, float, float, float] | None) -> None:
        """Outline a box of the drawing (its coordinates as in :meth:`source_rect`), or nothing."""
        if box != self.outline:
            self.outline = box
            self.update()

    def set_groups(self, groups: list[tuple[tuple[float, float, float, float], str, QColor]]) -> None:
        """Box each digit of a number ``(box in canvas units, label, colour)``; [] for none."""
        if groups != self.groups:
            self.groups = groups
            self.update()

    def to_units(self, pos: QPointF) -> tuple[float, float]:
        """Canvas units of a widget position; a pen that leaves the square stays on its edge,
        so what the model sees is what the canvas shows."""
        sq, k = self.square(), self._scale()
        x, y = (pos.x() - sq.x()) / k, (pos.y() - sq.y()) / k
        return (min(max(x, 0.0), UNITS), min(max(y, 0.0), UNITS))

    # -- state --------------------------------------------------------------------------------

    def pen_down(self) -> bool:
        """Whether a stroke is being drawn right now (cheaper than :meth:`current_stroke`)."""
        return self._active and bool(self._points)

    def current_stroke(self) -> Stroke | None:
        """The stroke being drawn right now, if any."""
        if not self.pen_down():
            return None
        return Stroke.of(self._points, self.brush_px / self._scale(), self.eraser)

    def ink(self) -> list[tuple[np.ndarray, float]]:
        """Visible ink (polyline, width) in canvas units, including a stroke in progress."""
        return self.drawing.ink(self.current_stroke())

    def segment_parts(self) -> tuple[Segments, Segments]:
        """The same ink as :meth:`ink`, as the finished ink's segments and those of a stroke in progress
        (see ``Drawing.parts``): what the live 28x28 rendering takes."""
        return self.drawing.parts(self.current_stroke())

    def is_empty(self) -> bool:
        if self.image is not None:
            return False
        stroke = self.current_stroke()
        if stroke is not None and not stroke.erase:
            return False
        return not len(self.drawing.visible(stroke))

    def clear(self) -> None:
        """Remove everything (strokes, undo history, imported image)."""
        self._active = False
        self._points = []
        self.drawing.clear()
        self.image = None
        self._refresh()

    def undo(self) -> None:
        if self.drawing.undo():
            self._refresh()

    def redo(self) -> None:
        if self.drawing.redo():
            self._refresh()

    def set_image(self, ink: np.ndarray) -> None:
        """Show an imported picture (ink in [0, 1], 1 = ink) instead of strokes."""
        self.drawing.clear()
        self.image = np.clip(ink, 0.0, 1.0).astype(np.float32)
        self.imageChanged.emit()
        self._refresh()

    def _refresh(self) -> None:
        self._cache = None
        self.update()
        self.changed.emit()

    # -- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        if self.image is not None:  # drawing starts a fresh page
            self.image = None
            self._cache = None
        self._active = True
        self._points = [self.to_units(event.position())]
        self.update()
        self.changed.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # Follow press/release rather than event.buttons(): synthetic events may not carry buttons.
        if not self._active:
            return
        point = self.to_units(event.position())
        if point != self._points[-1]:
            self._points.append(point)
            self.update()
            self.changed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._active:
            return super().mouseReleaseEvent(event)
        self.mouseMoveEvent(event)
        stroke = self.current_stroke()
        self._active = False
        self._points = []
        if stroke is not None:
            self.drawing.add(stroke)
        if stroke is not None and self._add_to_cache(stroke):
            self.update()
            self.changed.emit()
        else:
            self._refresh()

    # -- painting -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def _pen(self, width_units: float, color: QColor) -> QPen:
        pen = QPen(color, max(width_units * self._scale(), 1.0))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _paint_paths(self, painter: QPainter, ink: list[tuple[np.ndarray, float]], color: QColor = INK) -> None:
        sq, k = self.square(), self._scale()
        for points, width in ink:
            painter.setPen(self._pen(width, color))
            paint_polyline(painter, points * k + (sq.x(), sq.y()))

    def _render_cache(self) -> QImage:
        """Finished strokes (or the imported image) drawn once; only the live stroke is redrawn."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(OUTSIDE)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        sq = self.square()
        painter.fillRect(sq, BACKGROUND)
        if self.image is not None:
            grey = (self.image * 255).astype(np.uint8)
            h, w = grey.shape
            picture = QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self._picture_rect(), picture)
        else:
            self._paint_paths(painter, self.drawing.ink())
        painter.end()
        return image

    def _add_to_cache(self, stroke: Stroke) -> bool:
        """Paint a finished drawn stroke onto the cached picture; False if the picture must be redone."""
        if stroke.erase or self._cache is None or self._cache.size() != self.size():
            return False
        painter = QPainter(self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_paths(painter, [(stroke.points, stroke.width)])
        painter.end()
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size():
            self._cache = self._render_cache()
        painter = QPainter(self)
        painter.drawImage(0, 0, self._cache)
        stroke = self.current_stroke()
        if stroke is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if stroke.erase:
                # Show the page as it will be after erasing, plus the eraser's trail.
                painter.fillRect(self.square(), BACKGROUND)
                self._paint_paths(painter, self.ink())
                self._paint_paths(painter, [(stroke.points, stroke.width)], QColor(255, 120, 120, 70))
            else:
                self._paint_paths(painter, [(stroke.points, stroke.width)])
        if self.outline is not None and not self.is_empty():
            pen = QPen(OUTLINE, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.source_rect(self.outline))
        for box, label, colour in self.groups:
            rect = self.source_rect(box)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.drawText(QRectF(rect.x(), rect.bottom() + 2, max(rect.width(), 80), 18),
                             Qt.AlignmentFlag.AlignLeft, label)
        if self.is_empty():
            painter.setPen(QColor(120, 120, 130))
            painter.drawText(self.square(), Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit here"))
