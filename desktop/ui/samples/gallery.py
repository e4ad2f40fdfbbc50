"""Thumbnails of kept samples: as the network sees them (28x28) or as drawn (the strokes)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from ...core.pen_samples import PenSample
from ..draw.canvas import paint_polyline

ICON_PX = 56


def placeholder_pixmap(side: int = ICON_PX) -> QPixmap:
    """A plain grey square where a thumbnail is still to come: the gallery lays items out at a thumbnail's
    size from the start (with uniform item sizes it would keep an empty item's size otherwise)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor("#c8c8c8"))
    return pixmap


def seen_pixmap(image: np.ndarray, side: int = ICON_PX) -> QPixmap:
    """A 28x28 image in [0, 1] (white ink on black, as the network gets it), enlarged without smoothing."""
    grey = np.ascontiguousarray((np.clip(image, 0, 1) * 255).astype(np.uint8))
    qimage = QImage(grey.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                            Qt.TransformationMode.FastTransformation)


def drawn_pixmap(sample: PenSample, side: int = ICON_PX) -> QPixmap:
    """The sample's strokes, dark on white, fitted into a square with its proportions kept."""
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor("white"))
    points = np.vstack([np.asarray(s, np.float64).reshape(-1, 2) for s in sample.strokes])
    lo, hi = points.min(axis=0), points.max(axis=0)
    extent = max(float((hi - lo).max()), 1e-9)
    margin = side * 0.12
    scale = (side - 2 * margin) / extent
    offset = (side - (hi - lo) * scale) / 2 - lo * scale
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#202020"), max(1.5, side / 28))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for stroke in sample.strokes:
        paint_polyline(painter, np.asarray(stroke, np.float64).reshape(-1, 2) * scale + offset)
    painter.end()
    return pixmap
