"""Test-set evaluation and single-image prediction."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .data import to_model_input


@dataclass(frozen=True)
class Evaluation:
    """Accuracy and mean cross-entropy over a labelled set, plus the predicted classes."""

    accuracy: float
    loss: float
    predictions: np.ndarray
    count: int


def probabilities(model, batch: np.ndarray) -> np.ndarray:
    """Softmax outputs for a float32 (N, 28, 28, 1) batch, calling the model directly.

    ``model(x, training=False)`` costs a few ms here; ``model.predict`` sets up a
    whole data pipeline (~50 ms) and is meant for large sets.
    """
    return np.asarray(model(batch, training=False), dtype=np.float64)


def batch_probabilities(model, images: np.ndarray, batch_size: int = 1000) -> np.ndarray:
    """Softmax outputs (N, 10) for float images (N, 28, 28) in [0, 1], ``batch_size`` at a time."""
    if not len(images):
        return np.zeros((0, 10))
    return np.concatenate([probabilities(model, np.asarray(images[i:i + batch_size], np.float32)[..., None])
                           for i in range(0, len(images), batch_size)])


def evaluate(model, images: np.ndarray, labels: np.ndarray, batch_size: int = 1000) -> Evaluation:
    """Evaluate on uint8 images (N, 28, 28) with labels 0-9."""
    probs = batch_probabilities(model, to_model_input(images)[..., 0], batch_size)
    labels = labels.astype(np.int64)
    predictions = probs.argmax(axis=1)
    picked = np.clip(probs[np.arange(len(labels)), labels], 1e-12, 1.0)
    return Evaluation(
        accuracy=float((predictions == labels).mean()),
        loss=float(-np.log(picked).mean()),
        predictions=predictions,
        count=len(labels),
    )


def confusion_matrix(labels: np.ndarray, predictions: np.ndarray) -> np.ndarray:
    """10x10 counts: row = true digit, column = predicted digit (``tf.math.confusion_matrix``)."""
    from .tf_import import import_tensorflow

    tf = import_tensorflow()
    return tf.math.confusion_matrix(labels.astype(np.int64), predictions.astype(np.int64), num_classes=10).numpy()


def cell_indices(labels: np.ndarray, predictions: np.ndarray, true: int, predicted: int) -> np.ndarray:
    """Indices of the images with this true digit that were predicted as ``predicted``."""
    return np.flatnonzero((labels == true) & (predictions == predicted))
