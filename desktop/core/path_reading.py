"""Reading a drawing twice, from its image and from its pen path, and joining the two readings.

The shipped model may come with a path network (``core/path_network.py``)
saved beside it as ``NAME.path.keras`` and described by the card's
``"path_network"`` entry: its weight in the joined reading and the
calibration fitted on the joined reading. Wherever the app has the strokes
of a drawing (the canvas, the pen samples, ``evaluate --strokes``), it reads
the weighted geometric mean of both networks' probabilities; a picture or an
MNIST image has no path and is read from its image alone, with the card's
own calibration.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .numpy_net import one_blas_thread
from .pen_path import FEATURES, POINTS, path_features
from .reading import Calibration

PATH_SUFFIX = ".path.keras"
_LAYERS = ("conv1", "conv2", "conv3", "conv4", "hidden", "digit_or_not")


def joined(image_probs: np.ndarray, path_probs: np.ndarray, weight: float) -> np.ndarray:
    """The weighted geometric mean of two readings' probabilities ((10,) or (N, 10)), summing to 1."""
    log_mean = ((1.0 - weight) * np.log(np.clip(image_probs, 1e-12, 1.0))
                + weight * np.log(np.clip(path_probs, 1e-12, 1.0)))
    log_mean = log_mean - log_mean.max(axis=-1, keepdims=True)
    mean = np.exp(log_mean)
    return mean / mean.sum(axis=-1, keepdims=True)


def _conv_same(x: np.ndarray, kernel: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Keras' Conv1D(padding="same") + ReLU over (N, L, C) with a kernel (k, C, K), as one matrix product
    of the k shifted copies side by side (k * C columns) and the kernel as a (k * C, K) matrix."""
    k = kernel.shape[0]
    n, length, _ = x.shape
    padded = np.pad(x, ((0, 0), ((k - 1) // 2, k // 2), (0, 0)))
    columns = np.concatenate([padded[:, i:i + length] for i in range(k)], axis=2)
    out = columns @ kernel.reshape(-1, kernel.shape[-1]) + bias
    return np.maximum(out, 0.0, out=out)


def _one(value: Any) -> Any:
    """A 1-D layer's size setting (a number or a one-element list) as one number; None when it is not one."""
    values = list(np.ravel(value)) if value is not None else []
    return values[0] if len(values) == 1 else None


def _fits(layer: dict) -> bool:
    """Whether a saved layer's config is what :class:`NumpyPathNet` computes for a layer of that name."""
    config, kind = layer.get("config", {}), layer.get("class_name")
    name = config.get("name")
    if name in ("conv1", "conv2", "conv3", "conv4"):
        return (kind == "Conv1D" and config.get("padding") == "same" and config.get("activation") == "relu"
                and _one(config.get("strides", 1)) == 1 and _one(config.get("dilation_rate", 1)) == 1)
    if name in ("pool1", "pool2"):
        return kind == "MaxPooling1D" and _one(config.get("pool_size")) == 2 and _one(config.get("strides") or 2) == 2
    if name == "hidden":
        return kind == "Dense" and config.get("activation") == "relu"
    if name == "digit_or_not":
        return kind == "Dense" and config.get("activation") == "softmax"
    return True


def _pool(x: np.ndarray) -> np.ndarray:
    n, length, c = x.shape
    return x[:, : length // 2 * 2].reshape(n, length // 2, 2, c).max(axis=2)


class NumpyPathNet:
    """The path network's forward pass in numpy (float32): ~1 ms for one drawing, no TensorFlow call.

    Gives the ten digits' probabilities with the "not a digit" output spread evenly over them (as
    ``core.path_network.folded``).
    """

    def __init__(self, weights: dict[str, list[np.ndarray]]) -> None:
        self.w = {name: [np.asarray(a, np.float32) for a in weights[name]] for name in _LAYERS}

    @staticmethod
    def from_keras(model) -> "NumpyPathNet":
        """From a network built by ``core.path_network.build_path_network``; KeyError if it is not one."""
        return NumpyPathNet({name: model.get_layer(name).get_weights() for name in _LAYERS})

    @staticmethod
    def from_file(path: str | os.PathLike) -> "NumpyPathNet | None":
        """The path network saved in a ``.keras`` file, read without TensorFlow (its ``config.json`` and HDF5
        weights, as ``core.numpy_net.NumpyNet.from_file`` reads an image network); None for a file that is
        not such a network, cannot be read so, or holds weights that are not finite."""
        import h5py

        from .model_files import ModelFileError
        from .numpy_net import layer_weights, read_keras_file

        try:
            config, weights_file = read_keras_file(path)
            layers = config["config"]["layers"]
            if config.get("class_name") != "Functional" or not all(_fits(layer) for layer in layers):
                return None
            with h5py.File(weights_file, "r") as store:
                weights = {layer["config"].get("name"): values for layer, values in layer_weights(store, layers)}
            net = NumpyPathNet(weights)
            if not all(np.isfinite(a).all() for arrays in net.w.values() for a in arrays):
                return None
            out = net.batch(np.zeros((1, POINTS, FEATURES), np.float32))  # shapes that do not fit raise here
            return net if out.shape == (1, 10) and np.isfinite(out).all() else None
        except (ModelFileError, OSError, KeyError, ValueError, TypeError, IndexError, AttributeError,
                zipfile.BadZipFile):
            return None

    def batch(self, paths: np.ndarray) -> np.ndarray:
        """Probabilities (N, 10) for path features (N, POINTS, FEATURES)."""
        h = np.asarray(paths, np.float32).reshape(-1, POINTS, FEATURES)
        h = _conv_same(h, *self.w["conv1"])
        h = _pool(_conv_same(h, *self.w["conv2"]))
        h = _pool(_conv_same(h, *self.w["conv3"]))
        h = _conv_same(h, *self.w["conv4"])
        h = np.concatenate([h.max(axis=1), h.mean(axis=1)], axis=1)
        h = np.maximum(h @ self.w["hidden"][0] + self.w["hidden"][1], 0.0)
        logits = (h @ self.w["digit_or_not"][0] + self.w["digit_or_not"][1]).astype(np.float64)
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        return p[:, :10] + p[:, 10:] / 10

    def __call__(self, strokes: Sequence[np.ndarray]) -> np.ndarray:
        """Probabilities (10,) of one drawing's strokes (numpy's BLAS on one thread: see ``one_blas_thread``)."""
        features = path_features(strokes)[None]
        with one_blas_thread():
            return self.batch(features)[0]


@dataclass(frozen=True)
class PathReader:
    """A path network, its ``weight`` in the joined reading and the ``calibration`` fitted on that reading."""

    net: NumpyPathNet
    weight: float
    calibration: Calibration

    def probabilities(self, image_probs: np.ndarray, strokes: Sequence[np.ndarray]) -> np.ndarray:
        """Calibrated joined probabilities (10,) of one drawing: its image network's softmax and its strokes."""
        return self.calibration.probabilities(joined(np.asarray(image_probs, np.float64), self.net(strokes),
                                                     self.weight))

    def joined_batch(self, image_probs: np.ndarray, paths: np.ndarray) -> np.ndarray:
        """Joined (uncalibrated) probabilities for image softmax outputs (N, 10) and path features (N, POINTS,
        FEATURES)."""
        return joined(image_probs, self.net.batch(paths), self.weight)

    def read_batch(self, image_probs: np.ndarray, paths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """As ``Calibration.read_batch``, for image softmax outputs (N, 10) and path features (N, POINTS, FEATURES)."""
        return self.calibration.read_batch(self.joined_batch(image_probs, paths))

    @staticmethod
    def settings(entry: Any) -> tuple[float, Calibration] | None:
        """(weight, calibration) from a card's ``"path_network"`` entry; None when it has no usable ones."""
        if not isinstance(entry, dict) or not isinstance(entry.get("calibration"), dict):
            return None
        try:
            weight = float(entry.get("weight"))
        except (TypeError, ValueError):
            return None
        calibration = Calibration.from_dict(entry["calibration"])
        if not 0.0 < weight < 1.0 or calibration == Calibration():
            return None
        return weight, calibration


def drawing_reader(predictor: Callable[[np.ndarray], np.ndarray], calibration: Calibration,
                   path_reader: PathReader | None = None,
                   adjust: Callable[[Calibration], Calibration] = lambda c: c,
                   ) -> Callable[[np.ndarray, Sequence[np.ndarray]], tuple[int, np.ndarray]]:
    """``read(image, strokes) -> (digit or -1, calibrated probabilities)`` for drawings: image and path joined
    when there is a ``path_reader`` (and strokes), else the image alone with ``calibration``; ``adjust``
    changes whichever calibration is used (e.g. ``core.number.in_numbers``)."""
    image_calibration = adjust(calibration)
    joined_calibration = adjust(path_reader.calibration) if path_reader is not None else image_calibration

    def read(image: np.ndarray, strokes: Sequence[np.ndarray]) -> tuple[int, np.ndarray]:
        probs = predictor(image)
        if path_reader is None or not any(len(s) for s in strokes):
            return image_calibration.read(probs)
        return joined_calibration.read(joined(np.asarray(probs, np.float64), path_reader.net(strokes),
                                              path_reader.weight))

    return read


def path_file(model_path: Path) -> Path:
    """Where the path network of the model saved as ``model_path`` lives (``NAME.path.keras``)."""
    return model_path.with_name(model_path.stem + PATH_SUFFIX)


def paths_of(samples) -> np.ndarray:
    """Path features (N, POINTS, FEATURES) of pen samples (anything with ``.strokes``)."""
    if not len(samples):
        return np.zeros((0, POINTS, FEATURES), np.float32)
    return np.stack([path_features(sample.strokes) for sample in samples])


__all__ = ["NumpyPathNet", "PATH_SUFFIX", "PathReader", "drawing_reader", "joined", "path_file", "paths_of"]
