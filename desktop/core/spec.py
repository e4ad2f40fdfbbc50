"""A network described layer by layer (a "spec"), analysed without building it, saved as JSON.

The analysis redoes what Keras computes when it builds the model: every
layer's output shape and parameter count, with the formula and the numbers
plugged in, plus multiply-adds per image and the weights' memory. Impossible
choices get the exact reason and the index of the layer. Input is fixed at
28x28x1 and the network must end in ``Dense(10, softmax)``.

Spec files come from anywhere, so reading one is bounded: only regular files
up to 1 MB, at most 100 layers, settings no larger than the editor allows,
and, given a batch size, no network that would need more memory to train
than half of this computer's.
"""

from __future__ import annotations

import json
import math
import os
import reprlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import memory
from .i18n import integer, translate
from .memory import size_text
from .layer_math import conv_output_size, conv_params, dense_params
from .names import keras_name
from .regular_files import NotRegularFile, kind_text, open_regular

INPUT = (28, 28, 1)
ACTIVATIONS = ("relu", "tanh", "sigmoid", "elu", "softmax", "linear")
PADDINGS = ("valid", "same")

# Each kind with its parameters and their defaults (the editor's form is built from this).
KINDS: dict[str, dict[str, Any]] = {
    "Conv2D": {"filters": 32, "kernel": 3, "stride": 1, "padding": "valid", "activation": "relu"},
    "MaxPooling2D": {"pool": 2, "stride": 2},
    "AveragePooling2D": {"pool": 2, "stride": 2},
    "Dropout": {"rate": 0.25},
    "BatchNormalization": {},
    "Flatten": {},
    "GlobalAveragePooling2D": {},
    "Dense": {"units": 64, "activation": "relu"},
}
HEAD = ("Dense", {"units": 10, "activation": "softmax"})

# The largest whole-number settings: what the editor's boxes allow (the input is 28x28).
LIMITS = {"filters": 1024, "kernel": 28, "stride": 28, "pool": 28, "units": 4096}
MAX_LAYERS = 100
MAX_NAME_CHARS = 1000
MAX_FILE_BYTES = 1_000_000
DEFAULT_BATCH = 64  # the Train area's and the CLI's
FALLBACK_MEMORY_LIMIT = 2_000_000_000  # where the computer's memory cannot be told

_REPR = reprlib.Repr()
_REPR.maxlong = _REPR.maxstring = _REPR.maxother = 40


class SpecError(Exception):
    """A spec file that cannot be read; the message says why."""


def _shown(value: Any) -> str:
    """``repr(value)`` for a message, shortened: a file may hold a number of 4,000 digits."""
    try:
        return _REPR.repr(value)
    except ValueError:  # an int longer than Python converts to text
        return translate("spec", "a number too long to show")


def _brief(value: Any) -> str:
    """A setting as the layer table shows it: text without quotes, numbers shortened."""
    if isinstance(value, float):
        return f"{value:g}"
    text = value if isinstance(value, str) else _shown(value)
    return text if len(text) <= 40 else text[:39] + "\u2026"


def _json_type(value: Any) -> str:
    """What a JSON value is, as a message says it: "a list", "an object"."""
    if isinstance(value, bool):
        return translate("spec", "true or false")
    if isinstance(value, list):
        return translate("spec", "a list")
    return translate("spec", "an object") if isinstance(value, dict) else translate("spec", "a number")


@dataclass
class LayerSpec:
    kind: str
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.params = {**KINDS.get(self.kind, {}), **self.params}

    def label(self) -> str:
        """Short text such as ``Conv2D 32 3x3 /1 valid relu``."""
        p = {key: _brief(value) for key, value in self.params.items()}  # a file's settings may be anything
        if self.kind == "Conv2D":
            return f"Conv2D {p['filters']} {p['kernel']}x{p['kernel']} /{p['stride']} {p['padding']} {p['activation']}"
        if self.kind in ("MaxPooling2D", "AveragePooling2D"):
            return f"{self.kind} {p['pool']}x{p['pool']} /{p['stride']}"
        if self.kind == "Dropout":
            return f"Dropout {p['rate']}"
        if self.kind == "Dense":
            return f"Dense {p['units']} {p['activation']}"
        return self.kind


@dataclass
class NetworkSpec:
    name: str
    layers: list[LayerSpec]

    def to_dict(self) -> dict[str, Any]:
        return {"format": "digit-recognizer network", "version": 1, "name": self.name, "input": list(INPUT),
                "layers": [{"kind": layer.kind, **layer.params} for layer in self.layers]}

    @staticmethod
    def from_dict(data: Any) -> "NetworkSpec":
        """The spec a JSON object describes; raises :class:`SpecError` for what is no spec at all.

        Settings out of range are kept (the analysis says what is wrong with them);
        only values no setting can take (lists, objects) are refused here.
        """
        if not isinstance(data, dict) or not isinstance(data.get("layers"), list):
            raise SpecError(translate("spec", "not a network spec: expected an object with a list of 'layers'"))
        if len(data["layers"]) > MAX_LAYERS:
            raise SpecError(_too_many_layers(len(data["layers"])))
        layers = [_layer_from(i, entry) for i, entry in enumerate(data["layers"], start=1)]
        return NetworkSpec(_name_from(data.get("name")), layers)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    def copy(self) -> "NetworkSpec":
        return NetworkSpec.from_dict(self.to_dict())


def _layer_from(i: int, entry: Any) -> LayerSpec:
    """Layer ``i`` (counted from 1) of a spec file."""
    kind = entry.get("kind") if isinstance(entry, dict) else entry
    if not isinstance(kind, str) or kind not in KINDS:
        raise SpecError(translate("spec", "layer {0}: unknown kind {1} (choose {2})").format(
            i, _shown(kind), ", ".join(KINDS)))
    unknown = set(entry) - {"kind"} - set(KINDS[kind])
    if unknown:
        raise SpecError(translate("spec", "layer {0} ({1}): unknown setting(s) {2}").format(
            i, kind, ", ".join(sorted(unknown))))
    for key, value in entry.items():
        if isinstance(value, (list, dict)):
            raise SpecError(translate("spec", "layer {0} ({1}): {2} must be a number or text, not {3}").format(
                i, kind, key, _json_type(value)))
    return LayerSpec(kind, {k: v for k, v in entry.items() if k != "kind"})


def _name_from(value: Any) -> str:
    """The network's name in a spec file (text; a number is taken as text)."""
    if value is None or value == "":
        return "custom"
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SpecError(translate("spec", "the network's name must be text, not {0}").format(_json_type(value)))
    name = str(value)
    if len(name) > MAX_NAME_CHARS:
        raise SpecError(translate("spec", "the network's name is {0} characters long; at most {1} are allowed").format(
            integer(len(name)), integer(MAX_NAME_CHARS)))
    return name


def _too_many_layers(n: int) -> str:
    return translate("spec", "the network has {0} layers; at most {1} are allowed").format(integer(n), MAX_LAYERS)


def save_spec(spec: NetworkSpec, path: str | os.PathLike) -> Path:
    """Write ``spec`` as JSON (atomically); raises OSError with the reason."""
    from .model_files import write_atomic

    path = Path(path).expanduser()
    if path.suffix != ".json":
        path = path.with_name(path.name + ".json")
    text = spec.to_json()
    write_atomic((path, lambda tmp: tmp.write_text(text, encoding="utf-8")))
    return path


def _too_large(name: str, size: int) -> SpecError:
    return SpecError(translate("spec", "{0} is too large for a network spec: {1} (at most {2} MB)").format(
        name, size_text(size), f"{MAX_FILE_BYTES / 1e6:g}"))


def _read_text(path: Path) -> str:
    """The text of a spec file: a regular file of at most 1 MB, UTF-8 (with or without a BOM).

    Opened without blocking and checked before reading: a pipe would wait for a
    writer forever, and ``/dev/zero`` never ends.
    """
    try:
        with open_regular(path) as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(path.name, size)
            raw = f.read(MAX_FILE_BYTES + 1)
    except NotRegularFile as exc:
        raise SpecError(translate("spec", "{0} is {1}, not a spec file").format(path.name, kind_text(exc.kind))) from None
    except OSError as exc:
        raise SpecError(translate("spec", "cannot read {0}: {1}").format(path.name, exc.strerror or exc)) from None
    if len(raw) > MAX_FILE_BYTES:  # it grew while being read
        raise _too_large(path.name, len(raw))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SpecError(translate("spec", "{0} is not a network spec: it is not UTF-8 text").format(path.name)) from None


def load_spec(path: str | os.PathLike) -> NetworkSpec:
    """Read a spec file; raises :class:`SpecError` with a message for the user."""
    path = Path(path).expanduser()
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(translate("spec", "{0} is not valid JSON (line {1}: {2})").format(
            path.name, exc.lineno, exc.msg)) from None
    except RecursionError:
        raise SpecError(translate("spec", "{0} is not a network spec: its JSON is nested too deeply").format(
            path.name)) from None
    except ValueError:  # Python's limit on converting digits to an int
        raise SpecError(translate("spec", "{0} is not a network spec: it holds a number with more than {1} digits")
                        .format(path.name, integer(sys.get_int_max_str_digits()))) from None
    try:
        return NetworkSpec.from_dict(data)
    except SpecError as exc:
        raise SpecError(f"{path.name}: {exc}") from None


# -- presets ------------------------------------------------------------------------------------


def _conv(filters, kernel, padding="valid", activation="relu", stride=1) -> LayerSpec:
    return LayerSpec("Conv2D", {"filters": filters, "kernel": kernel, "stride": stride, "padding": padding,
                                "activation": activation})


def _pool(kind="MaxPooling2D", size=2) -> LayerSpec:
    return LayerSpec(kind, {"pool": size, "stride": size})


def _dense(units, activation) -> LayerSpec:
    return LayerSpec("Dense", {"units": units, "activation": activation})


def preset(name: str) -> NetworkSpec:
    """The course CNN ('seed-cnn'), LeNet-5 ('lenet5') or a dense network ('mlp', 'mlp-deep') as an editable spec.

    LeNet-5's first layer pads 28x28 to 32x32 and convolves 5x5 without padding;
    here that is 'same' padding, which gives the same 28x28x6 and 156 parameters.
    """
    if name == "seed-cnn":
        layers = [_conv(32, 3), _pool(), _conv(64, 3), _pool(), _conv(128, 3), LayerSpec("Flatten"),
                  _dense(10, "softmax")]
    elif name == "lenet5":
        layers = [_conv(6, 5, "same", "tanh"), _pool("AveragePooling2D"), _conv(16, 5, "valid", "tanh"),
                  _pool("AveragePooling2D"), LayerSpec("Flatten"), _dense(120, "tanh"), _dense(84, "tanh"),
                  _dense(10, "softmax")]
    elif name == "mlp":
        layers = [LayerSpec("Flatten"), _dense(128, "relu"), _dense(10, "softmax")]
    elif name == "mlp-deep":
        layers = [LayerSpec("Flatten"), _dense(256, "relu"), _dense(256, "relu"), _dense(10, "softmax")]
    else:
        raise KeyError(f"no preset {name!r} (choose {', '.join(PRESETS)})")
    return NetworkSpec(name, layers)


PRESETS = ("seed-cnn", "lenet5", "mlp", "mlp-deep")


# -- analysis -----------------------------------------------------------------------------------


@dataclass
class LayerAnalysis:
    """One layer: output shape (None when it cannot be computed), parameters, formula, or the error."""

    output_shape: tuple[int, ...] | None
    params: int = 0
    trainable: int = 0
    macs: int = 0
    formula: str = ""
    error: str = ""
    output_formula: str = ""  # the formula's first part, the output's ("output: ..."), in the GUI's language


@dataclass
class Analysis:
    layers: list[LayerAnalysis]
    errors: list[tuple[int | None, str]]  # (layer index or None for the whole network, message)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def params(self) -> int:
        return sum(a.params for a in self.layers)

    @property
    def trainable(self) -> int:
        return sum(a.trainable for a in self.layers)

    @property
    def macs(self) -> int:
        return sum(a.macs for a in self.layers)

    @property
    def weight_bytes(self) -> int:
        return 4 * self.params  # float32

    @property
    def activations(self) -> int:
        """Values every layer outputs for one image, added up."""
        return sum(math.prod(a.output_shape) for a in self.layers if a.output_shape is not None)

    def training_bytes(self, batch_size: int) -> int:
        """About what training needs: float32 weights, their gradients and Adam's two moments
        (4 x 4 bytes a parameter), and each layer's outputs for a batch, kept for the
        backward pass, with their gradients (2 x 4 bytes a value)."""
        return 16 * self.params + 8 * self.activations * batch_size


def memory_limit() -> tuple[int, str]:
    """The most memory a network may need to train (half of this computer's), and how to say it."""
    total = memory.physical_memory()
    if total is None:
        return FALLBACK_MEMORY_LIMIT, translate("spec", "the limit is {0}").format(size_text(FALLBACK_MEMORY_LIMIT))
    return total // 2, translate("spec", "the limit is {0}, half of this computer's memory ({1})").format(
        size_text(total // 2), size_text(total))


def _memory_error(analysis: "Analysis", batch_size: int) -> str:
    """Why the network does not fit in memory with batches of ``batch_size``; '' when it does."""
    need = analysis.training_bytes(batch_size)
    limit, limit_text = memory_limit()
    if need <= limit:
        return ""
    return translate("spec", "this network needs about {0} to train with batches of {1}; {2}").format(
        size_text(need), integer(batch_size), limit_text)


def _shape_text(shape: tuple[int, ...]) -> str:
    return "x".join(str(d) for d in shape) if len(shape) == 3 else translate("spec", "{0} values").format(
        integer(shape[0]))


def _check_settings(layer: LayerSpec) -> str:
    """The first bad setting of a layer, '' if all are valid."""
    p = layer.params
    for key, limit in LIMITS.items():
        if key not in p:
            continue
        if not isinstance(p[key], int) or isinstance(p[key], bool) or p[key] < 1:
            return translate("spec", "{0} must be a whole number >= 1 (got {1})").format(key, _shown(p[key]))
        # A window larger than a 'valid' input is left to the analysis, which shows that it leaves nothing.
        if p[key] > limit and not (key in ("kernel", "pool") and p.get("padding", "valid") == "valid"):
            return translate("spec", "{0} must be at most {1} (got {2})").format(key, integer(limit), _shown(p[key]))
    rate = p.get("rate", 0)
    if isinstance(rate, bool) or not (isinstance(rate, (int, float)) and 0 <= rate < 1):
        return translate("spec", "rate must be >= 0 and < 1 (got {0})").format(_shown(rate))
    if "padding" in p and p["padding"] not in PADDINGS:
        return translate("spec", "padding must be 'valid' or 'same' (got {0})").format(_shown(p["padding"]))
    if "activation" in p and p["activation"] not in ACTIVATIONS:
        return translate("spec", "activation must be one of {0} (got {1})").format(
            ", ".join(ACTIVATIONS), _shown(p["activation"]))
    return ""


def _output(text: str) -> str:
    """The output part of a formula: 'output: ...'."""
    return translate("spec", "output: {0}").format(text)


def _params(text: str) -> str:
    """The parameters part of a formula: 'params: ...'."""
    return translate("spec", "params: {0}").format(text)


def _result(shape: tuple[int, ...] | None, output: str, *rest: str, **counts: int) -> LayerAnalysis:
    """A layer's analysis whose formula is ``output`` and ``rest`` in parts joined by '; '."""
    return LayerAnalysis(shape, formula="; ".join((output, *rest)), output_formula=output, **counts)


def _window(layer: LayerSpec, shape: tuple[int, ...], f: int, s: int, padding: str) -> tuple[str, str, int]:
    """Output size on one axis of a conv or pooling window: (formula, error, size); one of the texts is ''."""
    n = shape[0]
    if padding == "same":
        out = math.ceil(n / s)
        total = max((out - 1) * s + f - n, 0)
        p = f"{total}/2" if total % 2 else str(total // 2)
        return translate("spec", "'same' padding p = {0}: {1}").format(p, f"({n} + 2*{p} - {f})/{s} + 1 = {out}"), "", out
    out = conv_output_size(n, f, 0, s)
    text = f"({n} + 2*0 - {f})/{s} + 1 = {out}"
    if out < 1:
        exact = (n - f) / s + 1
        text = f"({n} + 0 - {f})/{s} + 1 = {exact:g}"
        what = f"{layer.kind} {f}x{f}"
        return "", translate("spec", "{0} on a {1}x{1} input leaves nothing: {2}").format(what, n, text), out
    return text, "", out


def analyse_layer(layer: LayerSpec, shape: tuple[int, ...]) -> LayerAnalysis:
    """One layer of valid settings on an input of ``shape``: output, parameters and formula, or the error."""
    p = layer.params
    kind = layer.kind
    flat = len(shape) == 1
    if kind in ("Conv2D", "MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D") and flat:
        return LayerAnalysis(None, error=translate(
            "spec", "{0} needs rows and columns, but its input is {1} flat values: put it before Flatten").format(
            kind, integer(shape[0])))
    if kind == "Conv2D":
        f, s, k, c = p["kernel"], p["stride"], p["filters"], shape[2]
        window, error, out = _window(layer, shape, f, s, p["padding"])
        if error:
            return LayerAnalysis(None, error=error)
        params = conv_params(f, c, k)
        dense = (shape[0] * shape[1] * c + 1) * (out * out * k)
        return _result((out, out, k), _output(window),
                       _params(f"(F*F*C + 1)*K = ({f}*{f}*{c} + 1)*{k} = {integer(params)}"),
                       translate("spec", "a dense layer between the same input and output would need {0}").format(
                           integer(dense)),
                       params=params, trainable=params, macs=out * out * k * f * f * c)
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        f, s = p["pool"], p["stride"]
        window, error, out = _window(layer, shape, f, s, "valid")
        if error:
            return LayerAnalysis(None, error=error)
        return _result((out, out, shape[2]), _output(window), translate("spec", "params: 0 (pooling learns nothing)"))
    if kind == "GlobalAveragePooling2D":
        return _result((shape[2],), translate("spec", "output: the average of each {0}x{1} map = {2} values").format(
            shape[0], shape[1], shape[2]), _params("0"))
    if kind == "Flatten":
        total = math.prod(shape)
        dims = " * ".join(str(d) for d in shape)
        return _result((total,), translate("spec", "output: {0} = {1} values in a row").format(dims, integer(total)),
                       _params("0"))
    if kind == "Dropout":
        return _result(shape, translate("spec", "output: same shape ({0})").format(_shape_text(shape)),
                       translate("spec", "during training {0} of the values are zeroed at random").format(
                           f"{p['rate']:.0%}"),
                       _params("0"))
    if kind == "BatchNormalization":
        c = shape[-1]
        return _result(shape, translate("spec", "output: same shape"), _params(translate(
            "spec", "{0} ({1} trainable scale and shift, {2} running mean and variance)").format(
            f"4*C = 4*{c} = {integer(4 * c)}", f"2*C = {integer(2 * c)}", f"2*C = {integer(2 * c)}")),
                       params=4 * c, trainable=2 * c)
    # Dense
    if not flat:
        return LayerAnalysis(None, error=translate(
            "spec", "Dense needs flat input, but gets {0}: add Flatten or GlobalAveragePooling2D before it").format(
            _shape_text(shape)))
    n_in, n_out = shape[0], p["units"]
    params = dense_params(n_in, n_out)
    return _result((n_out,), translate("spec", "output: {0} values").format(n_out),
                   _params(f"(N_in + 1)*N_out = ({n_in} + 1)*{n_out} = {integer(params)}"),
                   params=params, trainable=params, macs=n_in * n_out)


def missing_head(spec: NetworkSpec) -> bool:
    """Whether the network has layers but does not end with the classifier head ``Dense(10, softmax)``."""
    last = spec.layers[-1] if spec.layers else None
    return last is not None and not (last.kind == "Dense" and last.params.get("units") == 10
                                     and last.params.get("activation") == "softmax")


def analyse(spec: NetworkSpec, batch_size: int | None = None) -> Analysis:
    """Shapes, parameters, multiply-adds and errors of every layer, from 28x28x1 on.

    With ``batch_size``, a network that would need more memory to train with
    batches of that size than :func:`memory_limit` allows is an error too.
    """
    results: list[LayerAnalysis] = []
    errors: list[tuple[int | None, str]] = []
    shape: tuple[int, ...] | None = INPUT
    for i, layer in enumerate(spec.layers):
        if layer.kind not in KINDS:
            result = LayerAnalysis(None, error=translate("spec", "unknown kind {0}").format(repr(layer.kind)))
        elif bad := _check_settings(layer):
            result = LayerAnalysis(None, error=bad)
        elif shape is None:
            result = LayerAnalysis(None, error=translate("spec", "cannot be computed: an earlier layer has an error"))
        else:
            result = analyse_layer(layer, shape)
        results.append(result)
        if result.error and shape is not None:
            errors.append((i, translate("spec", "layer {0} ({1}): {2}").format(i + 1, layer.kind, result.error)))
        shape = result.output_shape
    if len(spec.layers) > MAX_LAYERS:
        errors.append((None, _too_many_layers(len(spec.layers))))
    if not spec.layers:
        errors.append((None, translate("spec", "the network is empty: add layers, ending with Dense(10, softmax)")))
    elif missing_head(spec):
        errors.append((None, translate("spec", "missing classifier head: the network must end with Dense(10, softmax), "
                                               "one probability per digit")))
    elif not errors and shape != (10,):
        errors.append((None, translate("spec", "the network ends with {0}, not 10 probabilities").format(shape)))
    analysis = Analysis(results, errors)
    if not errors and isinstance(batch_size, int) and batch_size >= 1:
        if message := _memory_error(analysis, batch_size):
            errors.append((None, message))
    return analysis


def build_model(spec: NetworkSpec):
    """The Keras model of a valid spec (raises ValueError listing the errors otherwise)."""
    analysis = analyse(spec)
    if not analysis.ok:
        raise ValueError("; ".join(message for _, message in analysis.errors))
    import keras
    from keras import layers

    built = [keras.Input(INPUT, name="image")]
    for layer in spec.layers:
        p = layer.params
        if layer.kind == "Conv2D":
            built.append(layers.Conv2D(p["filters"], p["kernel"], strides=p["stride"], padding=p["padding"],
                                       activation=p["activation"]))
        elif layer.kind in ("MaxPooling2D", "AveragePooling2D"):
            built.append(getattr(layers, layer.kind)(p["pool"], strides=p["stride"]))
        elif layer.kind == "Dropout":
            built.append(layers.Dropout(p["rate"]))
        elif layer.kind == "Dense":
            built.append(layers.Dense(p["units"], activation=p["activation"]))
        else:
            built.append(getattr(layers, layer.kind)())
    # The user's name may hold anything; Keras gets a valid name derived from it.
    return keras.Sequential(built, name=keras_name(spec.name))


__all__ = ["ACTIVATIONS", "DEFAULT_BATCH", "LIMITS", "MAX_LAYERS", "Analysis", "HEAD", "KINDS", "LayerAnalysis",
           "LayerSpec", "NetworkSpec", "PRESETS", "SpecError", "analyse", "analyse_layer", "build_model", "load_spec",
           "memory_limit", "missing_head", "preset", "save_spec", "size_text"]
