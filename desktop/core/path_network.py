"""A 1-D CNN that reads the pen's path (``core/pen_path.py``): its layers, its training data, its training.

Convolutions slide along the 64 points of the path as the course CNN's slide
over the image; global max and mean pooling make the reading independent of
where along the path a feature (a loop, a corner, a jump) comes. Like the
default model it has an eleventh output, "not a digit", which :func:`folded`
spreads evenly over the ten digits. The recipe trains one beside the image
networks (``core/recipe_path.py``) and the app reads both wherever a drawing's
strokes exist (``core/path_reading.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .pen_path import FEATURES, POINTS, path_features
from .pen_samples import PenSample
from .stroke_augment import augment_strokes
from .training import CancelFlag, TrainingListener, bridge_callback

NOT_A_DIGIT_OUTPUT = 10


def build_path_network(channels: tuple[int, int, int, int] = (64, 64, 128, 128), hidden: int = 128):
    """Conv1D(5) x2, pool, Conv1D(3), pool, Conv1D(3), global max + mean, Dense(hidden), Dense(11)."""
    import keras

    inp = keras.Input((POINTS, FEATURES), name="path")
    h = keras.layers.Conv1D(channels[0], 5, padding="same", activation="relu", name="conv1")(inp)
    h = keras.layers.Conv1D(channels[1], 5, padding="same", activation="relu", name="conv2")(h)
    h = keras.layers.MaxPooling1D(2, name="pool1")(h)
    h = keras.layers.Conv1D(channels[2], 3, padding="same", activation="relu", name="conv3")(h)
    h = keras.layers.MaxPooling1D(2, name="pool2")(h)
    h = keras.layers.Conv1D(channels[3], 3, padding="same", activation="relu", name="conv4")(h)
    h = keras.layers.Concatenate(name="pooled")([keras.layers.GlobalMaxPooling1D(name="most")(h),
                                                 keras.layers.GlobalAveragePooling1D(name="mean")(h)])
    h = keras.layers.Dense(hidden, activation="relu", name="hidden")(h)
    h = keras.layers.Dropout(0.3, name="dropout")(h)
    out = keras.layers.Dense(NOT_A_DIGIT_OUTPUT + 1, activation="softmax", name="digit_or_not")(h)
    return keras.Model(inp, out, name="path-cnn")


def path_training_set(digits: Sequence[PenSample], nondigits: Sequence[PenSample], digit_copies: int,
                      nondigit_copies: int, rng: np.random.Generator,
                      nondigit_weight: float = 0.5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Paths of every sample as drawn and in stroke-space variations; (x, labels with 10 for "not a digit",
    loss weights: ``nondigit_weight`` for a non-digit, as the image recipe weighs them)."""
    x: list[np.ndarray] = []
    y: list[int] = []
    for samples, copies in ((digits, digit_copies), (nondigits, nondigit_copies)):
        for sample in samples:
            x.append(path_features(sample.strokes))
            x.extend(path_features(augment_strokes(sample.strokes, rng)[0]) for _ in range(copies))
            y += [sample.label if sample.label >= 0 else NOT_A_DIGIT_OUTPUT] * (copies + 1)
    labels = np.array(y, np.int64)
    weights = np.where(labels == NOT_A_DIGIT_OUTPUT, nondigit_weight, 1.0).astype(np.float32)
    return (np.stack(x) if x else np.zeros((0, POINTS, FEATURES), np.float32)), labels, weights


def train_path_network(x: np.ndarray, y: np.ndarray, weights: np.ndarray, epochs: int = 12, seed: int = 1,
                       batch_size: int = 128, learning_rate: float = 2e-3,
                       listener: TrainingListener | None = None, cancel: CancelFlag | None = None):
    """A path network trained on (``x``, ``y``, ``weights``) with Adam and cosine decay; stops after the
    batch in which ``cancel`` is set."""
    import keras

    listener = listener or TrainingListener()
    cancel = cancel or CancelFlag()
    keras.utils.set_random_seed(seed)
    model = build_path_network()
    steps = int(np.ceil(len(x) / batch_size))
    model.compile(keras.optimizers.Adam(keras.optimizers.schedules.CosineDecay(learning_rate, steps * epochs,
                                                                               alpha=0.02)),
                  "sparse_categorical_crossentropy", metrics=["accuracy"])

    listener.on_train_begin(epochs, steps)
    model.fit(x, y, sample_weight=weights, batch_size=batch_size, epochs=epochs, shuffle=True, verbose=0,
              callbacks=[bridge_callback(listener, cancel, {}, steps), keras.callbacks.TerminateOnNaN()])
    return model


def folded(probabilities: np.ndarray) -> np.ndarray:
    """The ten digits' probabilities with the eleventh output ("not a digit") spread evenly over them."""
    p = np.asarray(probabilities)
    return p[:, :NOT_A_DIGIT_OUTPUT] + p[:, NOT_A_DIGIT_OUTPUT:] / NOT_A_DIGIT_OUTPUT


__all__ = ["NOT_A_DIGIT_OUTPUT", "build_path_network", "folded", "path_training_set", "train_path_network"]
