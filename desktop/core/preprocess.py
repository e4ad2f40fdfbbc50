"""Turning a picture of a digit into the 28x28 image the network sees.

MNIST digits were made like this: take the ink's bounding box, scale it so
its longer side is 20 px keeping the aspect ratio (anti-aliased), and place
it in a 28x28 field so that the ink's centre of mass sits at the centre.
:func:`normalize_digit` repeats those steps so the result does not depend on
where or how large the digit was drawn.
"""

from __future__ import annotations

import numpy as np

from .placement import Placement

SIZE = 28
BOX = 20
INK_THRESHOLD = 0.1
# Ink of only two levels (a thresholded, black-and-white picture) has no grey edge after scaling down
# unless it was large; the networks learnt anti-aliased ink and call half of such digits "not a digit".
# A Gaussian of this width (28x28 pixels) gives them the edge a pen or MNIST's scanner gives.
HARD_INK_SOFTENING = 0.5
HARD_INK_GREY_SHARE = 0.01  # at most this share of the ink's pixels between its two levels


def _hard_edged(crop: np.ndarray) -> bool:
    """True when the ink has two levels only (paper and ink), none between, as a thresholded picture has."""
    lo, hi = float(crop.min()), float(crop.max())
    margin = 0.05 * (hi - lo)
    between = (crop > lo + margin) & (crop < hi - margin)
    return between.sum() <= HARD_INK_GREY_SHARE * (crop > INK_THRESHOLD).sum()


def softened(image: np.ndarray, sigma: float) -> np.ndarray:
    """``image`` blurred by a separable Gaussian of ``sigma`` pixels (5 taps), same shape."""
    taps = np.arange(-2, 3)
    kernel = np.exp(-(taps**2) / (2 * sigma * sigma))
    kernel /= kernel.sum()
    rows = np.apply_along_axis(np.convolve, 1, image, kernel, "same")
    return np.apply_along_axis(np.convolve, 0, rows, kernel, "same").astype(np.float32)


def grey_from_pixels(pixels: np.ndarray) -> np.ndarray:
    """(H, W, C) floats in [0, 1] with C = 1 (grey), 2 (grey + alpha), 3 (RGB) or 4 (RGBA) -> grey (H, W).

    Transparent areas are paper: they are composited over white, as a viewer
    shows them. But when most of the picture is transparent, its opaque
    strokes are the digit whatever their colour (white ink on a transparent
    background would vanish on white paper), so they come back as dark ink.
    """
    pixels = np.asarray(pixels, dtype=np.float32)
    if pixels.ndim == 2:
        return pixels
    if pixels.shape[-1] in (2, 4):
        colour, alpha = pixels[..., :-1], pixels[..., -1:]
        if (alpha < 0.1).mean() > 0.5 and (alpha > 0.5).any():
            return 1.0 - alpha[..., 0]
        pixels = colour * alpha + (1.0 - alpha)
    if pixels.shape[-1] == 3:
        return pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    return pixels[..., 0]


def ink_from_grey(grey: np.ndarray) -> np.ndarray:
    """Grey levels in [0, 1] -> ink in [0, 1], inverting dark-on-light pictures.

    The background is taken to be the median of the border pixels: a light
    border means dark ink on paper, which is inverted.
    """
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    return 1.0 - grey if np.median(border) > 0.5 else grey


def _resize(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """Anti-aliased resize (area-averaging when shrinking)."""
    import tensorflow as tf

    out = tf.image.resize(image[..., np.newaxis], (height, width), method="area" if image.shape[0] > height else "bilinear", antialias=True)
    return np.asarray(out)[..., 0]


def _normalized(ink: np.ndarray, soften: bool) -> tuple[np.ndarray, Placement | None]:
    """:func:`normalize_digit`'s image and where it lies on ``ink`` (None when there is no ink); two-level
    ink is softened only if ``soften`` (where the image lies does not depend on it)."""
    ink = np.clip(np.asarray(ink, dtype=np.float32), 0.0, 1.0)
    rows = np.flatnonzero(ink.max(axis=1) > INK_THRESHOLD)
    cols = np.flatnonzero(ink.max(axis=0) > INK_THRESHOLD)
    out = np.zeros((SIZE, SIZE), np.float32)
    if rows.size == 0:
        return out, None
    crop = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    h, w = crop.shape
    scale = BOX / max(h, w)
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = np.clip(_resize(crop, nh, nw), 0.0, 1.0)
    total = small.sum()
    if total <= 0:
        return out, None
    cy = (small.sum(axis=1) * np.arange(nh)).sum() / total
    cx = (small.sum(axis=0) * np.arange(nw)).sum() / total
    top = int(round(SIZE / 2 - 0.5 - cy))
    left = int(round(SIZE / 2 - 0.5 - cx))
    top = min(max(top, 0), SIZE - nh)
    left = min(max(left, 0), SIZE - nw)
    out[top : top + nh, left : left + nw] = small
    if soften and _hard_edged(crop):
        out = softened(out, HARD_INK_SOFTENING)
    # Input pixel top + i covers crop rows i*h/nh .. (i + 1)*h/nh, and so on for columns.
    sy, sx = h / nh, w / nw
    return out, Placement(sx, sy, float(cols[0] - left * sx), float(rows[0] - top * sy))


def normalize_digit(ink: np.ndarray, soften: bool = True) -> np.ndarray:
    """Ink image of any size (float, 1 = ink) -> float32 (28, 28) in [0, 1], MNIST-style.

    Steps: crop to the bounding box of pixels above ``INK_THRESHOLD``, scale the
    longer side to 20 px keeping the aspect ratio, paste into 28x28 with the
    centre of mass at (14, 14), and soften ink of two levels only (a
    thresholded picture) by ``HARD_INK_SOFTENING`` (unless ``soften`` is
    False). Returns all zeros when there is no ink.
    """
    return _normalized(ink, soften)[0]


def raster_placement(ink: np.ndarray) -> Placement | None:
    """Where :func:`normalize_digit`'s 28x28 image lies on the picture ``ink``, in its pixels (None: no ink)."""
    return _normalized(ink, soften=False)[1]
