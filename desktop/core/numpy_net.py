"""A Keras CNN's forward pass in plain numpy, for one 28x28 image at a time.

The live canvas asks for one prediction per mouse move. Through TensorFlow
even a traced call costs 0.6-1.3 ms here, most of it Python dispatch; the
same network as a few numpy matrix products takes about 0.2 ms. Only layers
whose inference maths is plain are taken (those the Build area offers, plus
``Activation``, ``ReLU``, ``Softmax``, ``Rescaling``, ``Reshape``,
``ZeroPadding2D``); for any
other, :meth:`NumpyNet.from_keras` returns None and the caller keeps
TensorFlow. :meth:`NumpyNet.from_file` reads a ``.keras`` file without
TensorFlow, so that the canvas reads digits before TensorFlow has loaded.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .architectures import CONV_KINDS
from .model_files import ModelFileError, check_archive

Step = Callable[[np.ndarray], np.ndarray]


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)  # no overflow for large negative x


ACTIVATIONS: dict[str, Step] = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0),
    "tanh": np.tanh,
    "sigmoid": _sigmoid,
    "elu": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0))),
    "softmax": _softmax,
}


def _activation(config: dict[str, Any]) -> Step | None:
    name = config.get("activation", "linear")
    return ACTIVATIONS.get("linear" if name is None else name) if isinstance(name, (str, type(None))) else None


def _pad(n: int, size: int, stride: int) -> tuple[int, int]:
    """Keras' "same" padding (before, after) for an axis of ``n``."""
    total = max((-(-n // stride) - 1) * stride + size - n, 0)
    return total // 2, total - total // 2


def _windows(x: np.ndarray, size: tuple[int, int], stride: tuple[int, int], padding: str,
             fill: float = 0.0) -> np.ndarray:
    """``(H', W', C, kh, kw)`` windows of ``x`` (H, W, C), with Keras' "valid" or "same" padding."""
    if padding == "same":
        (t, b), (l, r) = _pad(x.shape[0], size[0], stride[0]), _pad(x.shape[1], size[1], stride[1])
        x = np.pad(x, ((t, b), (l, r), (0, 0)), constant_values=fill)
    return sliding_window_view(x, size, axis=(0, 1))[::stride[0], ::stride[1]]


def _patches(x: np.ndarray, size: tuple[int, int], stride: tuple[int, int], padding: str,
             groups: int, whole: tuple[int, int] = (1, 1)) -> tuple[np.ndarray, int, int]:
    """``(groups, H'*W', kh*kw*cin)`` patches of ``x`` (H, W, C), in a kernel's (kh, kw, cin) order, and H', W'.

    Made from kh*kw strided slices stacked once: reordering ``sliding_window_view``'s
    (H', W', C, kh, kw) windows took longer than the matrix product they feed.
    Only the first outputs that make whole ``whole`` tiles are covered (H' and W' rounded down to
    multiples of it: what a pooling after the convolution uses)."""
    if padding == "same":
        (t, b), (l, r) = _pad(x.shape[0], size[0], stride[0]), _pad(x.shape[1], size[1], stride[1])
        x = np.pad(x, ((t, b), (l, r), (0, 0)))
    height, width, channels = x.shape
    (kh, kw), (sh, sw) = size, stride
    h, w = (height - kh) // sh + 1, (width - kw) // sw + 1
    h, w = h - h % whole[0], w - w % whole[1]
    x = x.reshape(height, width, groups, channels // groups).transpose(2, 0, 1, 3)
    cols = [x[:, i:i + sh * (h - 1) + 1:sh, j:j + sw * (w - 1) + 1:sw] for i in range(kh) for j in range(kw)]
    return np.stack(cols, axis=-2).reshape(groups, h * w, kh * kw * (channels // groups)), h, w


def _conv(config: dict[str, Any], kernel: np.ndarray, bias: np.ndarray | None,
          max_pool: tuple[int, int] | None = None) -> Step | None:
    """A convolution's step; with ``max_pool`` (the size of a "valid" max pooling whose tiles do not
    overlap, right after it), the convolution and that pooling as one step (None where that cannot be
    done without changing a number).

    The pooling keeps whole tiles only, so the outputs it drops are not computed, and the maximum is
    taken before the bias and the activation, on one value per tile: adding a bias and ReLU never
    reorder numbers, so the maximum of the results is the result of the maximum, exactly."""
    act = _activation(config)
    if (act is None or tuple(config.get("dilation_rate", (1, 1))) != (1, 1)
            or config.get("data_format", "channels_last") != "channels_last"):
        return None
    if max_pool is not None and config.get("activation", "linear") not in ("relu", "linear", None):
        return None
    whole = max_pool or (1, 1)
    groups = int(config.get("groups", 1))
    kh, kw, cin, cout = kernel.shape  # cin: the channels one group sees
    # Group g's filters are outputs g*cout/groups ... and see input channels g*cin ...: (groups, kh*kw*cin, cout/groups).
    flat = np.ascontiguousarray(kernel.reshape(kh * kw * cin, groups, cout // groups).transpose(1, 0, 2))
    size, stride, padding = (kh, kw), tuple(config["strides"]), config["padding"]

    def step(x: np.ndarray) -> np.ndarray:
        patches, h, wd = _patches(x, size, stride, padding, groups, whole)
        y = patches[0] @ flat[0] if groups == 1 else (patches @ flat).transpose(1, 0, 2).reshape(h * wd, cout)
        if max_pool is not None:
            h, wd = h // whole[0], wd // whole[1]
            y = y.reshape(h, whole[0], wd, whole[1], cout).max(axis=(1, 3)).reshape(h * wd, cout)
        if bias is not None:
            y += bias
        return act(y.reshape(h, wd, cout))

    return step


def _pool(config: dict[str, Any], reduce: Callable) -> Step | None:
    if config.get("data_format", "channels_last") != "channels_last":
        return None
    size = tuple(config["pool_size"])
    stride = tuple(config["strides"] or size)
    padding = config.get("padding", "valid")
    if padding == "same" and reduce is np.mean:
        return None  # Keras averages over the real pixels only at the borders
    if padding == "valid" and stride == size:  # tiles that do not overlap: a reshape, no windows
        ph, pw = size

        def tiles(x: np.ndarray) -> np.ndarray:
            h, w = x.shape[0] // ph, x.shape[1] // pw
            return reduce(x[:h * ph, :w * pw].reshape(h, ph, w, pw, -1), axis=(1, 3))

        return tiles
    fill = -np.inf if reduce is np.max else 0.0
    return lambda x: reduce(_windows(x, size, stride, padding, fill), axis=(3, 4))


def _dense(config: dict[str, Any], kernel: np.ndarray, bias: np.ndarray | None) -> Step | None:
    act = _activation(config)
    if act is None:
        return None
    return lambda x: act(x @ kernel + bias if bias is not None else x @ kernel)


def _batch_norm(config: dict[str, Any], weights: list[np.ndarray]) -> Step | None:
    if config.get("axis", -1) not in (-1, 3, [3], [-1]):
        return None
    it = iter(weights)
    gamma = next(it) if config.get("scale", True) else 1.0
    beta = next(it) if config.get("center", True) else 0.0
    mean, var = next(it), next(it)
    factor = (gamma / np.sqrt(var + config["epsilon"])).astype(np.float32)
    offset = (beta - mean * factor).astype(np.float32)
    return lambda x: x * factor + offset


def _relu_layer(config: dict[str, Any]) -> Step | None:
    if config.get("max_value") is not None or config.get("negative_slope", 0) or config.get("threshold", 0):
        return None
    return ACTIVATIONS["relu"]


def _tiles(kind: str, config: dict[str, Any]) -> tuple[int, int] | None:
    """The pool size of a "valid" max pooling whose tiles do not overlap (None for any other layer)."""
    if kind != "MaxPooling2D" or config.get("data_format", "channels_last") != "channels_last":
        return None
    size = tuple(config["pool_size"])
    return size if config.get("padding", "valid") == "valid" and tuple(config["strides"] or size) == size else None


def _fast_steps(layers: list[tuple[str, dict[str, Any], list[np.ndarray]]], steps: list[Step]) -> list[Step]:
    """``steps`` (of ``layers``: class name, config, float32 weights) with each convolution and the max pooling
    that follows it joined into one step where :func:`_conv` can (same numbers, less work)."""
    fast: list[Step] = []
    i = 0
    while i < len(steps):
        kind, config, weights = layers[i]
        pool = _tiles(*layers[i + 1][:2]) if i + 1 < len(layers) and kind in CONV_KINDS else None
        joined = None
        if pool is not None:
            joined = _conv(config, weights[0], weights[1] if config.get("use_bias", True) else None, pool)
        fast.append(joined or steps[i])
        i += 2 if joined else 1
    return fast


def _step(kind: str, config: dict[str, Any], weights: list[np.ndarray]) -> Step | None:
    """The numpy step of one Keras layer (its class name, ``get_config()`` and weights) at inference, or
    None if it has none here."""
    weights = [np.asarray(w, dtype=np.float32) for w in weights]
    if kind == "InputLayer" or kind == "Dropout" or kind.startswith("Random"):  # no effect at inference
        return lambda x: x
    if kind in CONV_KINDS:
        return _conv(config, weights[0], weights[1] if config.get("use_bias", True) else None)
    if kind == "Dense":
        return _dense(config, weights[0], weights[1] if config.get("use_bias", True) else None)
    if kind == "MaxPooling2D":
        return _pool(config, np.max)
    if kind == "AveragePooling2D":
        return _pool(config, np.mean)
    if kind == "GlobalAveragePooling2D":
        return None if config.get("keepdims") else (lambda x: x.mean(axis=(0, 1)))
    if kind == "GlobalMaxPooling2D":
        return None if config.get("keepdims") else (lambda x: x.max(axis=(0, 1)))
    if kind == "Flatten":
        return lambda x: x.reshape(-1)
    if kind == "BatchNormalization":
        return _batch_norm(config, weights)
    if kind == "Activation":
        return _activation(config)
    if kind == "ReLU":
        return _relu_layer(config)
    if kind == "Softmax":
        return _softmax if config.get("axis", -1) == -1 else None
    if kind == "Rescaling":
        scale, offset = np.float32(config["scale"]), np.float32(config["offset"])
        return None if np.ndim(config["scale"]) or np.ndim(config["offset"]) else (lambda x: x * scale + offset)
    if kind == "ZeroPadding2D":
        (top, bottom), (left, right) = config["padding"]
        if config.get("data_format", "channels_last") != "channels_last":
            return None
        return lambda x: np.pad(x, ((top, bottom), (left, right), (0, 0)))
    if kind == "Reshape":
        shape = tuple(config["target_shape"])
        return lambda x: x.reshape(shape)
    return None


@cache
def _blas_controller():
    """threadpoolctl's view of the loaded BLAS libraries (made once; None without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager:
    """A context in which numpy's BLAS uses one thread.

    These matrices are small: spread over threads they gain nothing, and when
    another process holds the other cores the threads wait for each other a
    whole scheduler slice (a 0.2 ms forward pass took 8 ms with two CPU hogs
    beside it; 0.2 ms on one thread). Entering costs about 10 microseconds.
    """
    controller = _blas_controller()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


class NumpyNet:
    """A chain of numpy steps equal to a Keras ``Sequential`` model at inference.

    ``steps`` has one step per layer (for :meth:`outputs`); a call runs ``fast``
    (the same steps, some of them joined; see :func:`_fast_steps`).
    Stateless and read-only once made, so any thread may call it.
    """

    def __init__(self, steps: list[Step], fast: list[Step] | None = None) -> None:
        self.steps = steps
        self.fast = steps if fast is None else fast

    @staticmethod
    def of_layers(layers: list[tuple[str, dict[str, Any], list[np.ndarray]]]) -> "NumpyNet | None":
        """The net of ``layers`` (class name, ``get_config()``, weights), or None if a layer has no step."""
        layers = [(kind, config, [np.asarray(w, dtype=np.float32) for w in weights])
                  for kind, config, weights in layers]  # once, for the steps and the joined steps
        steps = []
        for kind, config, weights in layers:
            step = _step(kind, config, weights)
            if step is None:
                return None
            steps.append(step)
        return NumpyNet(steps, _fast_steps(layers, steps))

    @staticmethod
    def from_keras(model) -> "NumpyNet | None":
        """The model's layers as numpy steps; None if one of them (or the model's shape) is not supported."""
        if type(model).__name__ != "Sequential" or tuple(model.input_shape[1:]) != (28, 28, 1):
            return None
        if tuple(model.output_shape[1:]) != (10,):
            return None
        return NumpyNet.of_layers([(type(layer).__name__, layer.get_config(), layer.get_weights())
                                   for layer in model.layers])

    @staticmethod
    def from_file(path: str | os.PathLike) -> "NumpyNet | None":
        """The network saved in a ``.keras`` file, read without TensorFlow (its ``config.json`` and the
        HDF5 weights); None for a file that is not a Sequential network of the layers above taking
        (28, 28, 1) and giving ten outputs, or that cannot be read so."""
        try:
            return _from_parts(*read_keras_file(path))
        except (ModelFileError, OSError, KeyError, ValueError, TypeError, IndexError, zipfile.BadZipFile):
            return None

    def __call__(self, image: np.ndarray) -> np.ndarray:
        """Probabilities (10,) for a float32 (28, 28) image in [0, 1]."""
        x = np.asarray(image, dtype=np.float32).reshape(28, 28, 1)
        with one_blas_thread():
            for step in self.fast:
                x = step(x)
        return np.asarray(x, dtype=np.float64).reshape(10)

    def outputs(self, image: np.ndarray) -> list[np.ndarray]:
        """Every layer's output (float32, without the batch axis) for a float32 (28, 28) image in [0, 1]."""
        x = np.asarray(image, dtype=np.float32).reshape(28, 28, 1)
        out = []
        with one_blas_thread():
            for step in self.steps:
                x = step(x)
                out.append(np.array(x, dtype=np.float32))  # a copy: a later step may work in place
        return out


def snake_case(name: str) -> str:
    """Keras' name for a layer's weights in a saved file (``keras.src.utils.naming.to_snake_case``)."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def read_keras_file(path: str | os.PathLike) -> tuple[dict[str, Any], io.BytesIO]:
    """A ``.keras`` file's ``config.json`` and its ``model.weights.h5`` (in memory), without TensorFlow;
    raises ``ModelFileError``, ``OSError``, ``KeyError``, ``ValueError`` or ``zipfile.BadZipFile``."""
    check_archive(Path(path))
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("config.json")), io.BytesIO(archive.read("model.weights.h5"))


def layer_weights(store, layers: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], list[np.ndarray]]]:
    """Each saved layer's config entry with its weights from the HDF5 ``store`` ([] for a layer without).

    Keras files a model's weights under the layers' class names in order (conv2d, conv2d_1, ...)."""
    used: dict[str, int] = {}
    for layer in layers:
        base = snake_case(layer["class_name"])
        name = base if base not in used else f"{base}_{used[base]}"
        used[base] = used.get(base, 0) + 1
        group = store.get(f"layers/{name}/vars")
        yield layer, [] if group is None else [np.asarray(group[key]) for key in sorted(group, key=int)]


def _from_parts(config: dict[str, Any], weights_file) -> NumpyNet | None:
    """The NumpyNet of a saved Sequential model's config and its ``model.weights.h5`` (a file object)."""
    import h5py

    if config.get("class_name") != "Sequential":
        return None
    layers = config["config"]["layers"]
    if not layers or layers[0]["class_name"] != "InputLayer":
        return None
    if list(layers[0]["config"].get("batch_shape") or [])[1:] != [28, 28, 1]:
        return None
    with h5py.File(weights_file, "r") as store:
        net = NumpyNet.of_layers([(layer["class_name"], layer["config"], values)
                                  for layer, values in layer_weights(store, layers[1:])])
    if net is None:
        return None
    out = net(np.zeros((28, 28), np.float32))  # shapes that do not fit raise ValueError here
    return net if np.isfinite(out).all() else None


__all__ = ["ACTIVATIONS", "NumpyNet"]
