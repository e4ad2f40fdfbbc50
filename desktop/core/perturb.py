"""Changes to a normalised 28x28 digit: shift, rotation, scale, stroke thickness, noise, an occluding square.

Applied *after* the MNIST-style normalisation (``core.preprocess``), so the
normalisation cannot undo them: this is what the Compare area shows each model,
and what a sweep measures accuracy against. Works on one image (28, 28) or a
batch (N, 28, 28), float values 0-1, white ink on black.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .i18n import QT_TRANSLATE_NOOP, translate

SIZE = 28
CENTRE = (SIZE - 1) / 2  # rotation and scaling turn about the middle of the image


@dataclass(frozen=True)
class Perturbation:
    """What to do to the digit, in the order applied: thickness, rotation and scale, shift, occlusion, noise.

    ``shift_x``/``shift_y`` in whole pixels of the 28x28 image (right and down positive),
    ``rotate`` in degrees (counter-clockwise positive), ``scale`` a factor (1: as is),
    ``thickness`` in pixels of stroke added (negative: thinned), ``noise`` the standard
    deviation of Gaussian noise added (fixed by ``seed``, so the same settings give the same
    image), ``occlusion`` (x, y, side) of a black square, or None.
    """

    shift_x: int = 0
    shift_y: int = 0
    rotate: float = 0.0
    scale: float = 1.0
    thickness: int = 0
    noise: float = 0.0
    occlusion: tuple[int, int, int] | None = None
    seed: int = 0

    @property
    def is_identity(self) -> bool:
        return self == Perturbation(seed=self.seed)

    def apply(self, images: np.ndarray) -> np.ndarray:
        """The perturbed image(s), float32 0-1, the same shape as given."""
        x = np.asarray(images, dtype=np.float32)
        single = x.ndim == 2
        x = x.reshape(-1, SIZE, SIZE)
        if self.thickness:
            x = thicken(x, self.thickness)
        if self.rotate or self.scale != 1.0:
            x = rotate_scale(x, self.rotate, self.scale)
        if self.shift_x or self.shift_y:
            x = shift(x, self.shift_x, self.shift_y)
        if self.occlusion is not None:
            x = occlude(x, *self.occlusion)
        if self.noise:
            noise = np.random.default_rng(self.seed).normal(0.0, self.noise, x.shape).astype(np.float32)
            x = np.clip(x + noise, 0.0, 1.0)
        return x[0] if single else x


def shift(images: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """Move (N, 28, 28) images by whole pixels, filling with black; ink moved past the edge is lost."""
    out = np.zeros_like(images)
    dx, dy = int(dx), int(dy)
    if abs(dx) >= SIZE or abs(dy) >= SIZE:
        return out
    src_y = slice(max(0, -dy), SIZE - max(0, dy))
    src_x = slice(max(0, -dx), SIZE - max(0, dx))
    dst_y = slice(max(0, dy), SIZE - max(0, -dy))
    dst_x = slice(max(0, dx), SIZE - max(0, -dx))
    out[:, dst_y, dst_x] = images[:, src_y, src_x]
    return out


def rotate_scale(images: np.ndarray, degrees: float, factor: float) -> np.ndarray:
    """Turn (counter-clockwise) and scale (N, 28, 28) images about their middle, bilinear, black outside."""
    angle = np.deg2rad(degrees)
    cos, sin = np.cos(angle), np.sin(angle)
    rows, cols = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    u, v = cols - CENTRE, rows - CENTRE
    # Each output pixel samples the input where the inverse transform takes it (y grows downwards).
    src_x = (cos * u - sin * v) / factor + CENTRE
    src_y = (sin * u + cos * v) / factor + CENTRE
    x0, y0 = np.floor(src_x).astype(int), np.floor(src_y).astype(int)
    fx, fy = src_x - x0, src_y - y0
    padded = np.pad(images, ((0, 0), (1, 2), (1, 2)))  # black beyond the edge; indices shifted by one

    def at(yy, xx):
        return padded[:, np.clip(yy, -1, SIZE) + 1, np.clip(xx, -1, SIZE) + 1]

    top = at(y0, x0) * (1 - fx) + at(y0, x0 + 1) * fx
    bottom = at(y0 + 1, x0) * (1 - fx) + at(y0 + 1, x0 + 1) * fx
    return (top * (1 - fy) + bottom * fy).astype(np.float32)


def thicken(images: np.ndarray, pixels: int) -> np.ndarray:
    """Grow (pixels > 0) or thin (< 0) the strokes by that many pixels: a 3x3 grey dilation or erosion a time."""
    x = images
    for _ in range(abs(int(pixels))):
        padded = np.pad(x, ((0, 0), (1, 1), (1, 1)))
        windows = [padded[:, dy:dy + SIZE, dx:dx + SIZE] for dy in range(3) for dx in range(3)]
        x = np.max(windows, axis=0) if pixels > 0 else np.min(windows, axis=0)
    return x


def occlude(images: np.ndarray, x: int, y: int, side: int) -> np.ndarray:
    """Black out the ``side`` x ``side`` square whose top-left pixel is (x, y) (clipped to the image)."""
    out = images.copy()
    out[:, max(0, y):max(0, y + side), max(0, x):max(0, x + side)] = 0.0
    return out


@dataclass(frozen=True)
class SweepKind:
    """One perturbation measured over a range: its name, unit and values (in order; one is the plain image).

    ``name`` and ``unit`` are English (keys, CSV headers, CLI); :meth:`label` and
    :meth:`unit_label` give them in the interface's language.
    """

    name: str
    unit: str
    values: tuple[float, ...]
    field: str

    def perturbation(self, value: float) -> Perturbation:
        value = int(value) if self.field in ("shift_x", "shift_y", "thickness") else float(value)
        return Perturbation(**{self.field: value})

    def label(self) -> str:
        """The name as the interface shows it (in its language; ``name`` stays the English key)."""
        return translate("SweepKind", self.name)

    def unit_label(self) -> str:
        """The unit as the interface shows it (in its language; ``unit`` stays English, as files write it)."""
        return translate("SweepKind", self.unit)

    def plain_index(self) -> int:
        """Where in ``values`` the digits are left as they are."""
        return next(i for i, value in enumerate(self.values) if self.perturbation(value).is_identity)


SWEEPS: dict[str, SweepKind] = {
    kind.name: kind
    for kind in (
        SweepKind(QT_TRANSLATE_NOOP("SweepKind", "shift right"), QT_TRANSLATE_NOOP("SweepKind", "pixels"),
                  tuple(range(0, 9)), "shift_x"),
        SweepKind(QT_TRANSLATE_NOOP("SweepKind", "shift down"), QT_TRANSLATE_NOOP("SweepKind", "pixels"),
                  tuple(range(0, 9)), "shift_y"),
        SweepKind(QT_TRANSLATE_NOOP("SweepKind", "rotation"), QT_TRANSLATE_NOOP("SweepKind", "degrees"),
                  tuple(range(-90, 91, 15)), "rotate"),
        SweepKind(QT_TRANSLATE_NOOP("SweepKind", "scale"), QT_TRANSLATE_NOOP("SweepKind", "factor"),
                  (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5), "scale"),
        SweepKind(QT_TRANSLATE_NOOP("SweepKind", "thickness"), QT_TRANSLATE_NOOP("SweepKind", "pixels"),
                  (-1, 0, 1, 2, 3), "thickness"),
        SweepKind(QT_TRANSLATE_NOOP("SweepKind", "noise"), QT_TRANSLATE_NOOP("SweepKind", "std. dev."),
                  (0.0, 0.1, 0.2, 0.3, 0.4, 0.5), "noise"),
    )
}


__all__ = ["Perturbation", "SWEEPS", "SweepKind", "occlude", "rotate_scale", "shift", "thicken"]
