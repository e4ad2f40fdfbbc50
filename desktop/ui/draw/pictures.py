"""Clipboard and drag-and-drop image data (not files) as ink for the canvas.

Picture files are read by :mod:`desktop.core.images`, for the app and the
command line alike. Pasted or dropped data in a listed raster format is read
by the same Pillow reader from its bytes; Qt only turns an image it already
holds (another Qt program's) into pixels. Qt is never asked to decode data it
was handed: its SVG reader, for one, fetches the files a picture names.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt
from PySide6.QtGui import QImage

from ...core.images import FORMATS, MAX_SIDE, ImageError, read_ink_from_bytes
from ...core.preprocess import grey_from_pixels, ink_from_grey

# Clipboard and drag-and-drop types of the formats the app reads, in the order they are preferred.
RASTER_TYPES = ("image/png", "image/bmp", "image/x-bmp", "image/x-ms-bmp", "image/tiff", "image/webp", "image/gif",
                "image/jpeg", "image/x-portable-pixmap", "image/x-portable-graymap", "image/x-portable-bitmap",
                "image/x-portable-anymap")
QT_IMAGE = "application/x-qt-image"  # an image another Qt program (or this one) holds as pixels


def has_picture(mime: QMimeData) -> bool:
    """Whether pasted or dropped data holds a picture of some kind (usable or not)."""
    return mime.hasImage() or any(f.startswith("image/") for f in mime.formats())


def mime_to_ink(mime: QMimeData, source: str) -> np.ndarray:
    """Ink in [0, 1] from pasted or dropped picture data; ImageError says why it cannot be used."""
    formats = mime.formats()
    for kind in RASTER_TYPES:
        if kind in formats:
            return read_ink_from_bytes(bytes(mime.data(kind)), source)
    if QT_IMAGE in formats and not any(f.startswith("image/") for f in formats):
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return qimage_to_ink(image)
    offered = sorted({f.removeprefix("image/").removesuffix("+xml").upper() for f in formats if f.startswith("image/")})
    if offered:
        raise ImageError(QCoreApplication.translate("pictures", "{0} is in a format ({1}) this app does not read; "
                                                    "use {2}").format(source, ", ".join(offered), FORMATS))
    raise ImageError(QCoreApplication.translate("pictures", "{0} is in a format this app does not read; use {1}")
                     .format(source, FORMATS))


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
