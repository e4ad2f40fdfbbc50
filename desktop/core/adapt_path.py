"""Adapting a model's path network (``core/path_network.py``) to one person, beside its image networks.

As ``core/adapt.py`` does for the image: the person's samples (as drawn and
in stroke-space variations) make a share of every batch, other writers' pen
samples are replayed with the path network's own probabilities as targets,
and only the classifier on top of the features (``hidden`` and the output)
trains, on features computed once. A model read with its path network is
adapted in both, and read with both afterwards, with the source's weight
and calibration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .adapt import NONDIGIT_WEIGHT
from .head_training import train_head
from .path_network import NOT_A_DIGIT_OUTPUT
from .path_reading import NumpyPathNet, PathReader, paths_of
from .pen_path import path_features
from .pen_samples import PenSample
from .reading import Calibration
from .stroke_augment import augment_strokes
from .training import CancelFlag

FEATURES_LAYER = "pooled"  # the path network's global max and mean, concatenated
HEAD_LAYERS = ("hidden", "dropout", "digit_or_not")  # the classifier on top: the part adapted


@dataclass(frozen=True)
class PathPart:
    """A Keras path network and how it is read with the image networks (the card's weight and calibration)."""

    model: Any
    weight: float
    calibration: Calibration

    def reader(self) -> PathReader:
        return PathReader(NumpyPathNet.from_keras(self.model), self.weight, self.calibration)


def path_part_of(model_path, reader: PathReader | None) -> PathPart | None:
    """The Keras path network of the model saved as ``model_path`` and read with ``reader`` (its
    ``LoadedModel.path_reader``), with its weight and calibration; None for a model read from its images
    alone or whose path network is gone."""
    from .model_files import ModelFileError, load_path_network
    from .path_reading import path_file

    if reader is None:
        return None
    try:
        model = load_path_network(path_file(model_path)).model
    except ModelFileError:
        return None
    return PathPart(model, reader.weight, reader.calibration)


@dataclass(frozen=True)
class PathReplay:
    features: np.ndarray  # float32 (N, F): what the path network's frozen layers make of other writers' paths
    targets: np.ndarray  # float32 (N, 11): the path network's own probabilities for them


def _split(model):
    """(features, head) of a path network: its frozen layers up to the pooled features, and the classifier
    on top, built from the same layer objects (training the head trains ``model``)."""
    import keras

    pooled = model.get_layer(FEATURES_LAYER).output
    features = keras.Model(model.input, pooled)
    inp = keras.Input(pooled.shape[1:])
    h = inp
    for name in HEAD_LAYERS:
        h = model.get_layer(name)(h)
    return features, keras.Model(inp, h)


def path_replay(model, pen_digits: Sequence[PenSample], pen_nondigits: Sequence[PenSample], per_kind: int,
                rng: np.random.Generator) -> PathReplay:
    """Up to ``per_kind`` other writers' pen digits and non-digits, with ``model``'s own outputs as targets."""
    chosen: list[PenSample] = []
    for pool in (pen_digits, pen_nondigits):
        if pool:
            pick = rng.choice(len(pool), min(per_kind, len(pool)), replace=False)
            chosen += [pool[int(i)] for i in pick]
    return replay_of(model, chosen)


def replay_of(model, samples: Sequence[PenSample]) -> PathReplay:
    """What ``model``'s frozen layers make of ``samples``' paths, with its own outputs as targets (in order)."""
    if not samples:
        return PathReplay(np.zeros((0, 0), np.float32), np.zeros((0, NOT_A_DIGIT_OUTPUT + 1), np.float32))
    features, head = _split(model)
    x = np.asarray(features.predict(paths_of(samples), verbose=0, batch_size=512), np.float32)
    return PathReplay(x, np.asarray(head.predict(x, verbose=0, batch_size=512), np.float32))


def adapt_path(model, samples: Sequence[PenSample], replay: PathReplay, steps: int, batch_size: int,
               own_per_batch: int, variations: int, learning_rate: float, rng: np.random.Generator,
               cancel: CancelFlag | None = None) -> bool:
    """Fine-tune ``model``'s classifier (in place: pass a copy) on ``samples``' pen paths with ``replay``;
    False if stopped.

    The convolutions stay as they are, so each path's features are computed once and only the
    classifier on top of them runs in the training steps (about a second for 200 steps here).
    """
    cancel = cancel or CancelFlag()
    own_paths, own_labels = [], []
    for sample in samples:
        own_paths.append(path_features(sample.strokes))
        own_paths.extend(path_features(augment_strokes(sample.strokes, rng)[0]) for _ in range(variations))
        own_labels += [sample.label if sample.label >= 0 else NOT_A_DIGIT_OUTPUT] * (variations + 1)
    features, head = _split(model)
    own_x = np.asarray(features.predict(np.stack(own_paths), verbose=0, batch_size=512), np.float32)
    labels = np.array(own_labels)
    own_t = np.eye(NOT_A_DIGIT_OUTPUT + 1, dtype=np.float32)[labels]
    own_w = np.where(labels == NOT_A_DIGIT_OUTPUT, NONDIGIT_WEIGHT, 1.0).astype(np.float32)
    has_replay = len(replay.features) > 0
    own_n = min(own_per_batch, batch_size) if has_replay else batch_size
    mine = rng.integers(0, len(own_x), (steps, own_n))
    other = rng.integers(0, len(replay.features), (steps, batch_size - own_n)) if has_replay else None

    def batch(step: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Step ``step``'s rows, gathered as it comes (not every step's at once)."""
        rows = mine[step]
        if other is None:
            return own_x[rows], own_t[rows], own_w[rows]
        replayed = other[step]
        return (np.concatenate([own_x[rows], replay.features[replayed]]),
                np.concatenate([own_t[rows], replay.targets[replayed]]),
                np.concatenate([own_w[rows], np.ones(len(replayed), np.float32)]))

    train_head(head, (batch(step) for step in range(steps)), steps, learning_rate, cancel=cancel)
    return not cancel.is_set()


__all__ = ["PathPart", "PathReplay", "adapt_path", "path_part_of", "path_replay", "replay_of"]
