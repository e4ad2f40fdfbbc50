"""Random geometric and stroke-width augmentation for 28x28 digit batches.

Drawn digits differ from MNIST in slant, size, position and pen width even
after normalisation, so the shipped model is trained on batches that are
randomly rotated, scaled, sheared, shifted, and thickened or thinned. All ops
are plain TensorFlow so they run inside a ``tf.data`` pipeline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class AugmentSettings:
    """Ranges of the random transforms (uniformly sampled per image)."""

    rotation_deg: float = 12.0
    scale: float = 0.15
    shear_deg: float = 8.0
    shift_px: float = 2.5
    thicken_prob: float = 0.15
    thin_prob: float = 0.1


def augment_batch(images, settings: AugmentSettings = AugmentSettings()):
    """Return a randomly transformed copy of a float batch of shape (N, 28, 28, 1).

    One affine warp per image combines rotation, scale, shear and shift about
    the image centre (bilinear, zero fill). Then a 2x2 grey dilation (thicker
    strokes) or erosion (thinner strokes) is applied to a random share.
    """
    import tensorflow as tf

    n = tf.shape(images)[0]
    size = tf.cast(tf.shape(images)[1], tf.float32)

    def uniform(limit: float):
        return tf.random.uniform([n], -limit, limit)

    angle = uniform(math.radians(settings.rotation_deg))
    shear = uniform(math.radians(settings.shear_deg))
    scale = 1.0 + uniform(settings.scale)
    dx, dy = uniform(settings.shift_px), uniform(settings.shift_px)

    # Inverse map (output pixel -> input pixel) as ImageProjectiveTransform wants.
    cos, sin = tf.cos(angle), tf.sin(angle)
    tan_s = tf.tan(shear)
    a0 = cos / scale
    a1 = (sin + cos * tan_s) / scale
    b0 = -sin / scale
    b1 = (cos - sin * tan_s) / scale
    c = (size - 1.0) / 2.0
    a2 = c - a0 * (c + dx) - a1 * (c + dy)
    b2 = c - b0 * (c + dx) - b1 * (c + dy)
    zeros = tf.zeros_like(a0)
    transforms = tf.stack([a0, a1, a2, b0, b1, b2, zeros, zeros], axis=1)
    warped = tf.raw_ops.ImageProjectiveTransformV3(
        images=images,
        transforms=transforms,
        output_shape=tf.shape(images)[1:3],
        fill_value=0.0,
        interpolation="BILINEAR",
        fill_mode="CONSTANT",
    )

    pick = tf.random.uniform([n, 1, 1, 1])
    thick = tf.nn.max_pool2d(warped, 2, 1, "SAME")
    thin = -tf.nn.max_pool2d(-warped, 2, 1, "SAME")
    out = tf.where(pick < settings.thicken_prob, thick, warped)
    out = tf.where(pick > 1.0 - settings.thin_prob, thin, out)
    return tf.clip_by_value(out, 0.0, 1.0)
