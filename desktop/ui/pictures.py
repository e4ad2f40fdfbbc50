"""Pictures of digits from files, the clipboard or drag and drop, as ink for the canvas."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ..core.images import MAX_PIXELS, MAX_SIDE
from ..core.preprocess import grey_from_pixels, ink_from_grey

FORMATS = "PNG, JPEG, BMP, GIF or WebP"


class PictureError(Exception):
    """A picture the app cannot use; the message says why, in words for the user."""


def read_picture(path: str | Path) -> QImage:
    """Read an image file, shrunk on reading to at most ``MAX_SIDE`` pixels a side.

    Animated pictures give their first frame. Raises :class:`PictureError`.
    """
    path = Path(path)
    if not path.is_file():
        raise PictureError(f"{path.name} cannot be found" if not path.exists() else f"{path.name} is not a file")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        raise PictureError(f"{path.name} is not a picture this app can read ({FORMATS}).")
    if size.width() * size.height() > MAX_PIXELS:
        raise PictureError(f"{path.name} is {size.width()}x{size.height()} pixels; "
                           f"the limit is {MAX_PIXELS // 1_000_000} megapixels.")
    if max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio))
        reader.setAllocationLimit(0)  # checked above; Qt's default (256 MB) refuses large RGBA files
    image = reader.read()
    if image.isNull():
        raise PictureError(f"{path.name} could not be read: {reader.errorString()}.")
    return image


def qimage_to_ink(image: QImage) -> np.ndarray:
    """A picture of a digit -> ink in [0, 1] (1 = ink); see ``grey_from_pixels`` for transparency."""
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(rgba.constBits(), np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    pixels = rows[:, : 4 * rgba.width()].reshape(rgba.height(), rgba.width(), 4).astype(np.float32) / 255.0
    if not image.hasAlphaChannel():
        pixels = pixels[..., :3]
    return ink_from_grey(grey_from_pixels(pixels))
