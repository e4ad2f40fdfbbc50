"""Figures of a model on pen samples, rendered as the canvas renders them (``evaluate --strokes``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .evaluation import batch_probabilities
from .path_reading import PathReader, paths_of
from .pen_samples import PenSample, labels_of, render_samples
from .reading import NOT_A_DIGIT, Calibration


def evaluate_strokes(model, calibration: Calibration, samples: Sequence[PenSample],
                     path_reader: PathReader | None = None) -> dict[str, Any]:
    """Accuracy overall and per label, and the share called "not a digit" (see :func:`score`).

    With a ``path_reader`` the samples are read as the canvas reads a drawing: image and pen path
    joined, with the path reader's calibration; ``"reading"`` says which."""
    probs = batch_probabilities(model, render_samples(samples))
    if path_reader is not None:
        probs = path_reader.joined_batch(probs, paths_of(samples))
        calibration = path_reader.calibration
    return {**score(labels_of(samples), probs, calibration),
            "reading": "image and pen path" if path_reader is not None else "image"}


def score(labels: np.ndarray, probs: np.ndarray, calibration: Calibration) -> dict[str, Any]:
    """Figures of a model's softmax outputs ``probs`` (N, 10) for samples labelled ``labels`` (-1: not a digit).

    A digit is right when it is read correctly and not rejected; a sample
    labelled -1 is right when it is rejected. ``per_label`` maps each label
    present ("-1", "0"-"9") to its count, number right and accuracy.
    """
    read, _ = calibration.read_batch(probs)
    right = read == labels
    per_label = {}
    for label in sorted(set(labels.tolist())):
        mine = labels == label
        per_label[str(label)] = {"n": int(mine.sum()), "right": int(right[mine].sum()),
                                 "accuracy": float(right[mine].mean())}
    digits = labels != NOT_A_DIGIT
    n = len(labels)
    return {
        "n": n,
        "right": int(right.sum()),
        "accuracy": float(right.mean()) if n else 0.0,
        "rejected": float((read == NOT_A_DIGIT).mean()) if n else 0.0,
        "digits": int(digits.sum()),
        "digit_accuracy": float(right[digits].mean()) if digits.any() else None,
        "digits_rejected": float((read[digits] == NOT_A_DIGIT).mean()) if digits.any() else None,
        "nondigits": int((~digits).sum()),
        "nondigits_rejected": float((read[~digits] == NOT_A_DIGIT).mean()) if (~digits).any() else None,
        "per_label": per_label,
    }


def rejected_by_kind(nondigits: Sequence[PenSample], read: np.ndarray) -> dict[str, int | float | None]:
    """How many of ``nondigits`` are letters and symbols, and the share of each called "not a digit".

    ``read`` holds what was read for each of them (-1: not a digit); a kind with no samples has None.
    """
    read = np.asarray(read)
    letter = np.array([s.is_letter for s in nondigits], dtype=bool)
    out: dict[str, int | float | None] = {}
    for name, mine in (("letters", letter), ("symbols", ~letter)):
        out[name] = int(mine.sum())
        out[f"{name}_rejected"] = float((read[mine] == NOT_A_DIGIT).mean()) if mine.any() else None
    return out


__all__ = ["evaluate_strokes", "rejected_by_kind", "score"]
