"""Reading picture files into grey levels and ink, with Pillow and without Qt.

The one reader for pictures on disk: File > Open, files dropped or pasted in
the app, and ``digit-recognizer predict`` all come here, so they read a file
the same way and say the same things about it. Qt only turns clipboard and
drag-and-drop image data into pixels (``ui/pictures.py``).

Reading goes: identify the file by its content (not its name) and read its
header only; refuse it if it has more than ``MAX_PIXELS`` pixels, before any
pixel is decoded; decode (JPEGs at a reduced scale when they are large);
shrink to at most ``MAX_SIDE`` pixels a side; turn it upright as its EXIF
orientation says; convert to grey as :func:`~desktop.core.preprocess.grey_from_pixels`.
"""

from __future__ import annotations

import io
import os
import struct
import threading
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import first_line
from .i18n import translate
from .preprocess import INK_THRESHOLD, grey_from_pixels, ink_from_grey
from .regular_files import NotRegularFile, kind_text, open_regular

if TYPE_CHECKING:
    from PIL import Image

MAX_PIXELS = 100_000_000
MAX_SIDE = 1024  # pictures are shrunk to this before use: a digit needs no more

FORMATS = "PNG, JPEG, GIF, BMP, TIFF, WebP, PPM"
# Pillow plugins tried, by content; the rest (EPS runs Ghostscript, PSD, ...) are not offered.
_PILLOW_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP", "PPM")
# How files of those formats start, to tell a damaged picture from something that is no picture at all.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    *((f"P{n}".encode(), "PPM") for n in "123456"),
)
# EXIF orientation -> the transposition that turns the stored pixels upright (as ImageOps.exif_transpose).
# Pillow is imported only when a picture is read: the app's start-up does not wait for it.
_UPRIGHT = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE", 6: "ROTATE_270",
            7: "TRANSVERSE", 8: "ROTATE_90"}
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError, struct.error, zlib.error)
_PILLOW_SETTINGS = threading.RLock()


class ImageError(Exception):
    """The file is not an image the app can use; the message says why."""


def picture_name(path: str | os.PathLike) -> str:
    """How messages name a picture file: its file name."""
    path = Path(path).expanduser()
    return path.name or str(path)


def not_a_picture(name: str) -> str:
    return translate("images", "{0} is not a picture this app can read ({1})").format(name, FORMATS)


def too_big(name: str, size: tuple[int, int] | None) -> str:
    limit = translate("images", "the limit is {0} megapixels").format(MAX_PIXELS // 1_000_000)
    if size:
        return translate("images", "{0} is {1}x{2} pixels; {3}").format(name, size[0], size[1], limit)
    return translate("images", "{0} has too many pixels; {1}").format(name, limit)


def looks_blank(name: str) -> str:
    return translate("images", "{0} looks blank: no digit found").format(name)


def is_blank(ink: np.ndarray) -> bool:
    """True when no pixel is dark enough to be part of a digit (what :func:`normalize_digit` crops to)."""
    return ink.size == 0 or float(ink.max()) <= INK_THRESHOLD


@contextmanager
def _pillow_limit(limit: int | None) -> Iterator[None]:
    """Pillow's own decompression-bomb guard set to ``limit`` (None: off), its warnings silenced.

    Pillow raises ``DecompressionBombError`` above 2 * ``Image.MAX_IMAGE_PIXELS``
    and only warns below that, so ``MAX_PIXELS // 2`` makes it refuse exactly
    what the app refuses. The setting is global to Pillow, hence the lock.
    Pillow's other warnings ("Corrupt EXIF data", ...) concern no user: a
    picture is read or refused with an ImageError.
    """
    from PIL import Image

    with _PILLOW_SETTINGS, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        warnings.simplefilter("ignore", UserWarning)
        saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, limit
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def _declared_size(fp) -> tuple[int, int] | None:
    """The size a file's header declares, for the message when Pillow itself refused it as too big.

    Opening only reads the header, so Pillow's guard can be off here; but not for
    WebP, whose decoder allocates its canvas on opening (its size is read by ``_webp_canvas``).
    """
    from PIL import Image

    with _pillow_limit(None):
        try:
            with Image.open(fp, formats=[f for f in _PILLOW_FORMATS if f != "WEBP"]) as image:
                return image.size
        except Exception:  # only for a message; the file is refused either way
            return None


def _webp_canvas(head: bytes) -> tuple[int, int] | None:
    """A WebP file's canvas size from its first 30 bytes: its decoder allocates the canvas on opening."""
    if len(head) < 30 or head[:4] != b"RIFF" or head[8:12] != b"WEBP":
        return None

    def number(start: int, end: int) -> int:
        return int.from_bytes(head[start:end], "little")

    kind = head[12:16]
    if kind == b"VP8X":  # extended: 24-bit width - 1, height - 1
        return number(24, 27) + 1, number(27, 30) + 1
    if kind == b"VP8L" and head[20] == 0x2F:  # lossless: 14-bit width - 1, height - 1
        return (number(21, 25) & 0x3FFF) + 1, ((number(21, 25) >> 14) & 0x3FFF) + 1
    if kind == b"VP8 " and head[23:26] == b"\x9d\x01\x2a":  # lossy: 14-bit width, height
        return number(26, 28) & 0x3FFF, number(28, 30) & 0x3FFF
    return None


def _claimed_format(prefix: bytes) -> str | None:
    if prefix[:4] == b"RIFF" and prefix[8:12] == b"WEBP":
        return "WebP"
    return next((fmt for magic, fmt in _SIGNATURES if prefix.startswith(magic)), None)


def _open(path: Path):
    """Open a picture file for reading (a binary file object); ImageError says why it cannot be.

    Only regular files: a FIFO would wait for a writer for ever, /dev/zero never ends.
    """
    name = picture_name(path)
    try:
        return open_regular(path)
    except NotRegularFile as exc:
        if exc.kind == "a folder":
            raise ImageError(translate("images", "{0} is a folder, not a picture").format(name)) from None
        kind = kind_text(exc.kind)
        raise ImageError(translate("images", "{0} is not a picture file (it is {1})").format(name, kind)) from None
    except FileNotFoundError:
        raise ImageError(translate("images", "{0} cannot be found").format(name)) from None
    except PermissionError:
        raise ImageError(translate("images", "{0} cannot be opened: permission denied").format(name)) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ImageError(translate("images", "{0} cannot be opened: {1}").format(name, reason)) from None


def _working_mode(image: Image.Image) -> str:
    """The mode to decode into: L, LA, RGB, RGBA, or F for 16-bit and wider grey (keeps the precision)."""
    if image.mode.startswith("I") or image.mode == "F":
        return "F"
    grey = image.mode in ("1", "L", "LA", "La")  # palettes go to RGB: their colours may be anything
    if image.has_transparency_data:  # an alpha band, or a transparent colour (PNG tRNS, GIF)
        return "LA" if grey else "RGBA"
    return "L" if grey else "RGB"  # also CMYK, YCbCr, LAB, HSV, RGBX


def _damaged(name: str, exc: BaseException) -> ImageError:
    return ImageError(translate("images", "{0} is damaged or incomplete: {1}").format(name, first_line(exc)))


def _orientation(image: Image.Image) -> int | None:
    """The EXIF (or XMP) orientation, 1-8; None when there is none or it cannot be read."""
    from PIL import ExifTags

    try:
        return image.getexif().get(ExifTags.Base.Orientation)
    except _DECODE_ERRORS:  # a broken EXIF block spoils no picture: show it as stored
        return None


def _decode(image: Image.Image, name: str) -> np.ndarray:
    """Decode an opened picture's first frame: shrunk, upright, as floats in [0, 1], (H, W) or (H, W, C)."""
    from PIL import Image

    try:
        if max(image.size) > MAX_SIDE:
            image.draft(None, (MAX_SIDE, MAX_SIDE))  # JPEG: decode at 1/2, 1/4 or 1/8 scale, still >= MAX_SIDE
        image.load()
        orientation = _orientation(image)
        mode = _working_mode(image)
        full_scale = 65535.0 if image.mode.startswith("I") else 1.0 if mode == "F" else 255.0
        if image.mode != mode:
            image = image.convert(mode)
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)  # reduce() by a whole factor first
        if orientation in _UPRIGHT:  # after shrinking: turning the small picture is cheap
            image = image.transpose(Image.Transpose[_UPRIGHT[orientation]])
    except Image.DecompressionBombError:  # Pillow's guard, set to MAX_PIXELS: a frame or tile grew past it
        raise ImageError(too_big(name, None)) from None
    except MemoryError:
        message = translate("images", "{0} is too large to decode in the memory available")
        raise ImageError(message.format(name)) from None
    except _DECODE_ERRORS as exc:
        raise _damaged(name, exc) from None
    pixels = np.asarray(image, dtype=np.float32) / full_scale
    return np.clip(pixels, 0.0, 1.0)  # LANCZOS rings a little past the extremes


def read_pixels(path: str | os.PathLike) -> np.ndarray:
    """Decode an image file's first frame to floats in [0, 1]: (H, W) grey, or (H, W, C) with C = 2, 3 or 4.

    At most ``MAX_SIDE`` pixels a side, upright as its EXIF orientation says.
    Raises :class:`ImageError` with a message for the user.
    """
    path = Path(path).expanduser()
    with _open(path) as fp:
        return _read_pixels_from(fp, picture_name(path))


def read_pixels_from_bytes(data: bytes, name: str) -> np.ndarray:
    """As :func:`read_pixels`, for a picture file's bytes (pasted or dropped data); ``name`` is for messages."""
    return _read_pixels_from(io.BytesIO(data), name)


def _read_pixels_from(fp, name: str) -> np.ndarray:
    from PIL import Image

    with _pillow_limit(MAX_PIXELS // 2):
        prefix = fp.read(30)
        fp.seek(0)
        if not prefix:
            raise ImageError(translate("images", "{0} is damaged or incomplete: the file is empty").format(name))
        canvas = _webp_canvas(prefix)
        if canvas and canvas[0] * canvas[1] > MAX_PIXELS:  # before Pillow creates the WebP decoder
            raise ImageError(too_big(name, canvas))
        try:
            image = Image.open(fp, formats=_PILLOW_FORMATS)  # reads the header only
        except Image.DecompressionBombError:
            raise ImageError(too_big(name, _declared_size(fp))) from None
        except Image.UnidentifiedImageError:
            claimed = _claimed_format(prefix)
            if claimed is None:
                raise ImageError(not_a_picture(name)) from None
            raise ImageError(translate("images", "{0} is damaged or incomplete: it starts like a {1} file "
                                       "but its header cannot be read").format(name, claimed)) from None
        except _DECODE_ERRORS as exc:
            raise _damaged(name, exc) from None
        with image:
            w, h = image.size
            if w * h > MAX_PIXELS:
                raise ImageError(too_big(name, (w, h)))
            return _decode(image, name)


def read_grey(path: str | os.PathLike) -> np.ndarray:
    """Decode an image file to float grey levels in [0, 1], shape (H, W), at most ``MAX_SIDE`` a side.

    Transparency as in :func:`~desktop.core.preprocess.grey_from_pixels`;
    animated pictures give their first frame; 16-bit images keep their precision;
    EXIF orientation is applied. Raises :class:`ImageError`.
    """
    return grey_from_pixels(read_pixels(path))


def read_ink(path: str | os.PathLike) -> np.ndarray:
    """Decode an image file to ink in [0, 1] (1 = ink), as the canvas shows it and ``predict`` reads it."""
    return ink_from_grey(read_grey(path))


def read_ink_from_bytes(data: bytes, name: str) -> np.ndarray:
    """As :func:`read_ink`, for a picture file's bytes (pasted or dropped data)."""
    return ink_from_grey(grey_from_pixels(read_pixels_from_bytes(data, name)))
