"""The user's own samples as extra training images for a network trained on MNIST.

``train --samples FILE`` and the Train area's "Add my samples" box both go
through :func:`extra_from_samples`: each digit sample is rendered as the
canvas renders it, once as drawn and ``copies`` times with stroke-space
variations (:func:`~desktop.core.pen_samples.render_varied`). Samples
labelled "not a digit" (-1) are left out: a 10-output MNIST network has no
output for them. :func:`~desktop.core.training.train` adds the images to
the training part only, never to validation or test, so the figures still
measure MNIST.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .i18n import translate
from .pen_samples import NOT_A_DIGIT, PenSample, labels_of, render_varied

COPIES = 20  # stroke variations of each sample, besides the sample as drawn


def digit_samples(samples: Sequence[PenSample]) -> list[PenSample]:
    """The samples a 10-output network can learn from: labels 0-9, with ink."""
    return [s for s in samples if s.label != NOT_A_DIGIT and 0 <= s.label <= 9 and s.strokes]


@dataclass(frozen=True, eq=False)
class ExtraSamples:
    """Rendered personal samples to add to the training images.

    ``images``: uint8 (N, 28, 28), white on black, 0-255 like MNIST's;
    ``labels``: int64 (N,); ``name``: where they came from (a file name, or
    "My samples"); ``samples``: how many drawings they were rendered from,
    each ``copies`` times varied besides as drawn, so N = samples x (copies + 1);
    ``left_out``: samples not used (labelled "not a digit", or without ink);
    ``fingerprints``: of the drawings used
    (:func:`~desktop.core.personal_samples.fingerprint`).
    """

    images: np.ndarray
    labels: np.ndarray
    name: str
    samples: int
    copies: int
    left_out: int = 0
    fingerprints: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.images)

    def describe(self) -> str:
        """One line for people, e.g. "12 of your samples from mine.json, each as drawn and in 20 variations:
        252 training images"."""
        source = f" from {self.name}" if self.name else ""
        left = (f"; {self.left_out} not a digit or empty, left out" if self.left_out else "")
        return (f"{self.samples:,} of your samples{source}, each as drawn and in {self.copies} variations: "
                f"{len(self):,} training images{left}")

    def summary(self) -> dict[str, Any]:
        """What a model card records about them, as JSON-ready values."""
        return {"source": self.name, "samples": self.samples, "variations_each": self.copies,
                "images": len(self), "left_out": self.left_out, "fingerprints": list(self.fingerprints)}


def extra_from_samples(samples: Sequence[PenSample], copies: int = COPIES,
                       rng: np.random.Generator | None = None, name: str = "") -> ExtraSamples:
    """The digit samples among ``samples`` rendered as drawn plus ``copies`` variations each.

    Raises
    ------
    ValueError
        When ``copies`` is negative or no sample is a digit (the message says so).
    """
    from .personal_samples import fingerprint

    if isinstance(copies, bool) or not isinstance(copies, int) or copies < 0:
        raise ValueError(f"copies must be a whole number >= 0 (got {copies!r})")
    digits = digit_samples(samples)
    if not digits:
        text = translate("ExtraSamples", "no digit samples to train on (labels 0-9; 'not a digit' samples are left "
                                         "out)")
        raise ValueError(f"{name}: {text}" if name else text)
    rng = rng if rng is not None else np.random.default_rng()
    rendered = render_varied(digits, copies, rng)  # float32 in [0, 1]: as drawn, then each round of copies
    images = np.round(np.clip(rendered, 0.0, 1.0) * 255.0).astype(np.uint8)
    labels = np.tile(labels_of(digits), copies + 1)
    return ExtraSamples(images, labels, name, len(digits), copies, len(samples) - len(digits),
                        tuple(fingerprint(s) for s in digits))


def with_extra(x_train: np.ndarray, y_train: np.ndarray, extra: ExtraSamples,
               seed: int | None) -> tuple[np.ndarray, np.ndarray]:
    """The training images and labels with ``extra`` appended, in the same dtype and 0-255 scale, and
    shuffled in (with ``seed``, repeatably)."""
    images = np.asarray(extra.images)
    if images.dtype != np.uint8:  # float images in [0, 1]
        images = np.round(np.clip(images, 0.0, 1.0) * 255.0)
    x = np.concatenate([x_train, images.astype(x_train.dtype)])
    y = np.concatenate([y_train, np.asarray(extra.labels).astype(y_train.dtype)])
    order = np.random.default_rng(seed).permutation(len(x))
    return x[order], y[order]


__all__ = ["COPIES", "ExtraSamples", "digit_samples", "extra_from_samples", "with_extra"]
