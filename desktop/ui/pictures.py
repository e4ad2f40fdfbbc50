"""Clipboard and drag-and-drop image data (not files) as ink for the canvas.

Picture files are read by :mod:`desktop.core.images`, for the app and the
command line alike; Qt only turns image data it already holds into pixels.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from ..core.images import MAX_SIDE
from ..core.preprocess import grey_from_pixels, ink_from_grey


def qimage_to_ink(image: QImage) -> np.ndarray:
    """A picture of a digit -> ink in [0, 1] (1 = ink); see ``grey_from_pixels`` for transparency."""
    w, h = image.width(), image.height()
    if max(w, h) > MAX_SIDE:
        k = MAX_SIDE / max(w, h)  # at least one pixel a side, unlike QImage.scaled(KeepAspectRatio)
        size = QSize(max(1, round(w * k)), max(1, round(h * k)))
        image = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(rgba.constBits(), np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    pixels = rows[:, : 4 * rgba.width()].reshape(rgba.height(), rgba.width(), 4).astype(np.float32) / 255.0
    if not image.hasAlphaChannel():
        pixels = pixels[..., :3]
    return ink_from_grey(grey_from_pixels(pixels))
