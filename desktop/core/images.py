"""Reading image files (PNG, JPEG, GIF, BMP) into grey levels, without Qt."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

MAX_PIXELS = 40_000_000


class ImageError(Exception):
    """The file is not an image the app can use; the message says why."""


def read_grey(path: str | os.PathLike) -> np.ndarray:
    """Decode an image file to float grey levels in [0, 1], shape (H, W).

    Transparent pixels are composited over white (like a viewer shows them);
    animated GIFs use their first frame; 16-bit images keep their precision.
    """
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImageError(f"cannot read {path}: {exc.strerror or exc}") from None
    import tensorflow as tf

    try:
        image = tf.io.decode_image(raw, channels=0, expand_animations=False, dtype=tf.float32).numpy()
    except (tf.errors.InvalidArgumentError, tf.errors.UnknownError, ValueError):
        raise ImageError(f"{path.name} is not a PNG, JPEG, GIF or BMP image") from None
    h, w, channels = image.shape
    if h * w > MAX_PIXELS:
        raise ImageError(f"{path.name} is {w}x{h} pixels; the limit is {MAX_PIXELS // 1_000_000} megapixels")
    if channels in (2, 4):
        alpha = image[..., -1:]
        image = image[..., :-1] * alpha + (1.0 - alpha)
    if image.shape[-1] == 3:
        image = image @ np.array([0.299, 0.587, 0.114], dtype=np.float32)[:, np.newaxis]
    return image[..., 0].astype(np.float32)
