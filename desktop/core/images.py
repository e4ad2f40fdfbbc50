"""Reading image files (PNG, JPEG, GIF, BMP) into grey levels, without Qt."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .preprocess import grey_from_pixels

MAX_PIXELS = 100_000_000
MAX_SIDE = 1024  # pictures are shrunk to this before use: a digit needs no more


class ImageError(Exception):
    """The file is not an image the app can use; the message says why."""


def read_grey(path: str | os.PathLike) -> np.ndarray:
    """Decode an image file to float grey levels in [0, 1], shape (H, W).

    Transparency as in :func:`~desktop.core.preprocess.grey_from_pixels`;
    animated GIFs use their first frame; 16-bit images keep their precision.
    """
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImageError(f"cannot read {path}: {exc.strerror or exc}") from None
    import tensorflow as tf

    try:
        image = tf.io.decode_image(raw, channels=0, expand_animations=False)
    except (tf.errors.InvalidArgumentError, tf.errors.UnknownError, ValueError):
        raise ImageError(f"{path.name} is not a PNG, JPEG, GIF or BMP image") from None
    full_scale = 65535.0 if image.dtype == tf.uint16 else 255.0
    h, w = image.shape[:2]
    if h * w > MAX_PIXELS:
        raise ImageError(f"{path.name} is {w}x{h} pixels; the limit is {MAX_PIXELS // 1_000_000} megapixels")
    pixels = image.numpy()
    step = max(h, w) // (2 * MAX_SIDE)
    if step > 1:  # a cheap first cut for huge pictures, so the smooth resize below stays small
        pixels = pixels[::step, ::step]
    if max(pixels.shape[:2]) > MAX_SIDE:
        k = MAX_SIDE / max(pixels.shape[:2])
        size = (max(1, round(pixels.shape[0] * k)), max(1, round(pixels.shape[1] * k)))
        pixels = tf.image.resize(pixels, size, method="area", antialias=True).numpy()
    return grey_from_pixels(pixels.astype(np.float32) / full_scale)
