"""How one number inside the network was made: the arithmetic behind a single unit, from the weights.

Given a layer (its Keras config and weights), the layer's input for the
current drawing and the position of one output unit, each ``explain_*``
function recomputes that unit's value with numpy, step by step: the window
it looks at, the products and sums, the bias and the activation. The
inspector shows these numbers; tests check that they equal the model's own
activations. Also the receptive field of every layer on the 28x28 input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .i18n import integer, translate
from .numpy_net import ACTIVATIONS, _pad

CONV_LAYERS = ("Conv2D", "GroupedConv2D")
POOL_LAYERS = ("MaxPooling2D", "AveragePooling2D")


def _pair(value) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else tuple(value)


def _activation_name(config: dict) -> str:
    name = config.get("activation") or "linear"
    if name not in ACTIVATIONS:
        raise ValueError(translate("explain", "no explanation for the activation {0}").format(repr(name)))
    return name


@dataclass
class ConvUnit:
    """One output value of a convolution: ``value = activation(sum(patch * kernel) + bias)``.

    ``top``/``left`` is the window's corner on the layer's input (negative or past
    the edge where "same" padding added zeros); ``channels`` are the input
    channels this filter sees (all, or its group's); ``patch``, ``kernel`` and
    ``products`` are (F, F, len(channels)); ``channel_sums`` the partial sum of
    each input channel.
    """

    row: int
    col: int
    filter: int
    top: int
    left: int
    size: tuple[int, int]
    channels: np.ndarray
    patch: np.ndarray
    kernel: np.ndarray
    products: np.ndarray
    channel_sums: np.ndarray
    bias: float
    activation: str

    @property
    def total(self) -> float:
        """The sum of all products (before the bias)."""
        return float(self.channel_sums.sum())

    @property
    def pre_activation(self) -> float:
        return self.total + self.bias

    @property
    def value(self) -> float:
        return float(ACTIVATIONS[self.activation](np.float32(self.pre_activation)))

    def largest_channels(self, count: int = 10) -> list[tuple[int, float]]:
        """(input channel, partial sum) pairs, the largest in magnitude first."""
        order = np.argsort(-np.abs(self.channel_sums))[:count]
        return [(int(self.channels[i]), float(self.channel_sums[i])) for i in order]


def explain_conv(config: dict, weights: list[np.ndarray], layer_input: np.ndarray, row: int, col: int,
                 filter: int) -> ConvUnit:
    """The arithmetic of output (row, col, filter) of a Conv2D (or grouped) layer for ``layer_input`` (H, W, C)."""
    kernel_all = np.asarray(weights[0], dtype=np.float32)  # (F, F, C/groups, K)
    bias_all = np.asarray(weights[1], dtype=np.float32) if len(weights) > 1 else None
    kh, kw, cin, count = kernel_all.shape
    if not (0 <= filter < count):
        raise IndexError(translate("explain", "filter {0} is not one of the layer's {1}").format(filter, count))
    (sh, sw) = _pair(config["strides"])
    x = np.asarray(layer_input, dtype=np.float32)
    pad_top = pad_left = 0
    if config["padding"] == "same":
        pad_top, pad_left = _pad(x.shape[0], kh, sh)[0], _pad(x.shape[1], kw, sw)[0]
    groups = int(config.get("groups", 1))
    group = filter // (count // groups)
    channels = np.arange(group * cin, (group + 1) * cin)
    top, left = row * sh - pad_top, col * sw - pad_left
    patch = np.zeros((kh, kw, cin), np.float32)  # zeros where the window lies in the padding
    rows = range(max(top, 0), min(top + kh, x.shape[0]))
    cols = range(max(left, 0), min(left + kw, x.shape[1]))
    if rows and cols:
        patch[rows.start - top:rows.stop - top, cols.start - left:cols.stop - left] = \
            x[rows.start:rows.stop, cols.start:cols.stop][:, :, channels]
    kernel = kernel_all[:, :, :, filter]
    products = patch * kernel
    return ConvUnit(row, col, filter, top, left, (kh, kw), channels, patch, kernel, products,
                    products.sum(axis=(0, 1), dtype=np.float64).astype(np.float64),
                    float(bias_all[filter]) if bias_all is not None else 0.0, _activation_name(config))


@dataclass
class PoolUnit:
    """One output value of a pooling layer: the max (or mean) of its window on one channel."""

    row: int
    col: int
    channel: int
    top: int
    left: int
    window: np.ndarray  # (F, F) input values
    kind: str  # "max" or "mean"

    @property
    def value(self) -> float:
        return float(self.window.max() if self.kind == "max" else self.window.mean(dtype=np.float64))

    @property
    def chosen(self) -> tuple[int, int] | None:
        """Where in the window the maximum is (None for a mean)."""
        if self.kind != "max":
            return None
        r, c = np.unravel_index(int(np.argmax(self.window)), self.window.shape)
        return int(r), int(c)


def explain_pool(kind: str, config: dict, layer_input: np.ndarray, row: int, col: int, channel: int) -> PoolUnit:
    """Output (row, col, channel) of a "valid" MaxPooling2D/AveragePooling2D layer."""
    if config.get("padding", "valid") != "valid":
        raise ValueError(translate("explain", "no explanation for 'same' pooling"))
    fh, fw = _pair(config["pool_size"])
    sh, sw = _pair(config.get("strides") or config["pool_size"])
    top, left = row * sh, col * sw
    window = np.asarray(layer_input, dtype=np.float32)[top:top + fh, left:left + fw, channel]
    return PoolUnit(row, col, channel, top, left, window, "max" if kind == "MaxPooling2D" else "mean")


@dataclass(frozen=True)
class InputWindow:
    """Where one unit looks on one channel of its layer's input: rows ``top``..``top + height - 1`` and
    columns ``left``..``left + width - 1`` (partly outside the map where "same" padding added zeros);
    ``marked`` is the input cell the unit took (a max pool's maximum), if any."""

    channel: int
    top: int
    left: int
    height: int
    width: int
    marked: tuple[int, int] | None = None

    @property
    def bottom(self) -> int:
        return self.top + self.height - 1

    @property
    def right(self) -> int:
        return self.left + self.width - 1


def input_window(unit: ConvUnit | PoolUnit, channel: int | None = None) -> InputWindow:
    """The window of a conv or pooling unit on its input. For a conv, on input ``channel`` (one the
    filter sees; by default the one whose partial sum is largest in magnitude)."""
    if isinstance(unit, PoolUnit):
        fh, fw = unit.window.shape
        chosen = unit.chosen
        marked = None if chosen is None else (unit.top + chosen[0], unit.left + chosen[1])
        return InputWindow(unit.channel, unit.top, unit.left, fh, fw, marked)
    if channel is None:
        channel = unit.largest_channels(1)[0][0]
    elif channel not in unit.channels:
        raise ValueError(translate("explain", "filter {0} does not see input channel {1}").format(unit.filter + 1,
                                                                                             channel + 1))
    return InputWindow(int(channel), unit.top, unit.left, *unit.size)


@dataclass
class DenseUnit:
    """One output of a Dense layer: ``value = activation(sum(w * x) + bias)``.

    ``contributions`` holds w_i * x_i for every input; for a softmax layer
    ``logits`` holds all outputs' sums (the softmax needs them all).
    """

    unit: int
    inputs: np.ndarray
    weights: np.ndarray
    contributions: np.ndarray
    bias: float
    activation: str
    logits: np.ndarray | None = None

    @property
    def logit(self) -> float:
        return float(self.contributions.sum(dtype=np.float64) + self.bias)

    @property
    def value(self) -> float:
        if self.activation == "softmax":
            z = self.logits - self.logits.max()
            return float(np.exp(z[self.unit]) / np.exp(z).sum())
        return float(ACTIVATIONS[self.activation](np.float32(self.logit)))

    def largest(self, count: int = 10) -> list[tuple[int, float]]:
        """(input index, w*x) pairs, the largest in magnitude first."""
        order = np.argsort(-np.abs(self.contributions))[:count]
        return [(int(i), float(self.contributions[i])) for i in order]


def explain_dense(config: dict, weights: list[np.ndarray], layer_input: np.ndarray, unit: int) -> DenseUnit:
    """Output ``unit`` of a Dense layer for ``layer_input`` (N,)."""
    kernel = np.asarray(weights[0], dtype=np.float32)
    bias = np.asarray(weights[1], dtype=np.float32) if len(weights) > 1 else np.zeros(kernel.shape[1], np.float32)
    x = np.asarray(layer_input, dtype=np.float32).ravel()
    if not (0 <= unit < kernel.shape[1]):
        raise IndexError(translate("explain", "unit {0} is not one of the layer's {1}").format(unit, kernel.shape[1]))
    activation = _activation_name(config)
    logits = (x.astype(np.float64) @ kernel + bias) if activation == "softmax" else None
    return DenseUnit(unit, x, kernel[:, unit], x * kernel[:, unit], float(bias[unit]), activation, logits)


@dataclass(frozen=True)
class ReceptiveField:
    """A layer's receptive field on the 28x28 input: ``size`` pixels across, ``jump`` pixels between
    neighbouring units, the first unit's window starting at ``start`` (negative: in the padding)."""

    size: int
    jump: int
    start: int
    formula: str = ""

    def text(self) -> str:
        """What the summary table shows, e.g. "8x8, jump 2" (the whole image after a Flatten)."""
        if self.jump == 0:
            return translate("explain", "whole image")
        return translate("explain", "{0}x{0}, jump {1}").format(self.size, self.jump)

    def window(self, index: int) -> tuple[int, int]:
        """First and last input pixel (clipped to 0..27) seen by unit ``index`` along one axis."""
        first = self.start + index * self.jump
        return max(first, 0), min(first + self.size - 1, 27)


def receptive_fields(layers: list[tuple[str, dict]], lenient: bool = False) -> list[ReceptiveField | None]:
    """Each layer's receptive field, from (kind, config) pairs in order: r_out = r_in + (k - 1) * j_in,
    j_out = j_in * s. Layers after a Flatten or global pooling see the whole image. ``lenient``: None from
    the first layer whose settings cannot be used (not whole numbers) on, instead of raising."""
    size, jump, start, n = 1, 1, 0, 28
    whole = False
    out: list[ReceptiveField | None] = []
    for index, (kind, config) in enumerate(layers):
        if whole or kind in ("Flatten", "GlobalAveragePooling2D", "GlobalMaxPooling2D", "Dense"):
            whole = True
            out.append(ReceptiveField(28, 0, 0, translate("explain", "every unit sees the whole 28x28 image")))
            continue
        formula = translate("explain", "r = {0}, j = {1} (as the layer before)").format(size, jump)
        try:
            if kind == "ZeroPadding2D":
                pad = config["padding"]
                before = pad if isinstance(pad, int) else (pad[0] if isinstance(pad[0], int) else pad[0][0])
                start -= before * jump
                n += 2 * before
            elif kind in CONV_LAYERS or kind in POOL_LAYERS:
                k = _pair(config["kernel_size"] if kind in CONV_LAYERS else config["pool_size"])[0]
                s = _pair(config["strides"] if kind in CONV_LAYERS else (config.get("strides") or config["pool_size"]))[0]
                pad = _pad(n, k, s)[0] if config.get("padding") == "same" else 0
                start -= pad * jump
                formula = (f"r_out = r_in + (k - 1)*j_in = {size} + ({k} - 1)*{jump} = {size + (k - 1) * jump}; "
                           f"j_out = j_in*s = {jump}*{s} = {jump * s}")
                size += (k - 1) * jump
                jump *= s
                n = -(-n // s) if config.get("padding") == "same" else (n - k) // s + 1
        except (TypeError, KeyError, ValueError, ZeroDivisionError):
            if not lenient:
                raise
            return out + [None] * (len(layers) - index)
        out.append(ReceptiveField(size, jump, start, formula))
    return out


@dataclass
class Line:
    """One line of an explanation, with the lines it expands to (a channel's patch, kernel and products);
    ``channel`` is the input channel a line is about, if any."""

    text: str
    children: list["Line"] = field(default_factory=list)
    channel: int | None = None


def as_text(lines: list[Line], indent: str = "") -> str:
    """An explanation as plain text, expansions indented under their line."""
    out = []
    for line in lines:
        out.append(indent + line.text)
        if line.children:
            out.append(as_text(line.children, indent + "    "))
    return "\n".join(out)


def _grid(values: np.ndarray) -> list[str]:
    return ["  " + " ".join(f"{v:7.3f}" for v in row) for row in values]


def _grid_lines(values: np.ndarray) -> list[Line]:
    return [Line(text) for text in _grid(values)]


def _window_text(fh: int, fw: int, top: int, bottom: int, left: int, right: int) -> str:
    text = translate("explain", "a {fh}x{fw} window on rows {top}..{bottom}, columns {left}..{right} of its input")
    return text.format(fh=fh, fw=fw, top=top, bottom=bottom, left=left, right=right)


def conv_lines(unit: ConvUnit, name: str) -> list[Line]:
    """The arithmetic of a conv unit, every number shown; with several input channels, one line per
    channel's partial sum (largest first) that expands to its patch, kernel and products."""
    (fh, fw), bottom, right = unit.size, unit.top + unit.size[0] - 1, unit.left + unit.size[1] - 1
    lines = [Line(translate("explain", "{name}, filter {filter}, cell (row {row}, column {col}):").format(
                 name=name, filter=unit.filter + 1, row=unit.row, col=unit.col)),
             Line(_window_text(fh, fw, unit.top, bottom, unit.left, right))]
    patch_title = translate("explain", "input patch:")
    kernel_title = translate("explain", "kernel:")
    if len(unit.channels) == 1:
        lines += [Line(patch_title), *_grid_lines(unit.patch[..., 0]), Line(kernel_title),
                  *_grid_lines(unit.kernel[..., 0]), Line(translate("explain", "patch x kernel, element by element:")),
                  *_grid_lines(unit.products[..., 0]),
                  Line(translate("explain", "sum of the {0} products = {1}").format(fh * fw, f"{unit.total:.4f}"))]
    else:
        lines.append(Line(translate("explain", "{0} input channels, each a {1}x{2} patch x kernel summed;").format(
            len(unit.channels), fh, fw)))
        lines.append(Line(translate("explain", "partial sums, largest first (expand one for its products):")))
        position = {int(c): i for i, c in enumerate(unit.channels)}
        products_title = translate("explain", "products:")
        sum_text = translate("explain", "sum = {0}")
        channel_text = translate("explain", "  channel {0}: {1}")
        for channel, partial in unit.largest_channels(len(unit.channels)):
            i = position[channel]
            lines.append(Line(channel_text.format(channel + 1, f"{partial:+.4f}"), [
                Line(patch_title), *_grid_lines(unit.patch[..., i]), Line(kernel_title),
                *_grid_lines(unit.kernel[..., i]), Line(products_title), *_grid_lines(unit.products[..., i]),
                Line(sum_text.format(f"{partial:+.4f}"))], channel))
        lines.append(Line(translate("explain", "total = {0}").format(f"{unit.total:.4f}")))
    lines.append(Line(translate("explain", "+ bias {0} = {1}").format(f"{unit.bias:+.4f}",
                                                                    f"{unit.pre_activation:.4f}")))
    lines.append(Line(f"{unit.activation}({unit.pre_activation:.4f}) = {unit.value:.4f}"))
    return lines


def conv_text(unit: ConvUnit, name: str) -> str:
    """:func:`conv_lines` as plain text."""
    return as_text(conv_lines(unit, name))


def pool_text(unit: PoolUnit, name: str) -> str:
    """The window of a pooling unit and its maximum (or mean)."""
    fh, fw = unit.window.shape
    lines = [translate("explain", "{name}, channel {channel}, cell (row {row}, column {col}):").format(
                 name=name, channel=unit.channel + 1, row=unit.row, col=unit.col),
             _window_text(fh, fw, unit.top, unit.top + fh - 1, unit.left, unit.left + fw - 1)]
    lines += _grid(unit.window)
    if unit.kind == "max":
        r, c = unit.chosen
        lines.append(translate("explain", "the largest, at row {0}, column {1} of the window: {2}").format(
            r + 1, c + 1, f"{unit.value:.4f}"))
    else:
        lines.append(translate("explain", "the mean of the {0} values: {1}").format(fh * fw, f"{unit.value:.4f}"))
    return "\n".join(lines)


def dense_text(unit: DenseUnit, name: str, max_inputs: int = 8) -> str:
    """The largest contributions w*x of a dense unit, its bias and activation (softmax: with all logits)."""
    n = len(unit.inputs)
    lines = [translate("explain", "{name}, unit {unit}: the sum of w*x over its {count} inputs;").format(
                 name=name, unit=unit.unit, count=integer(n)),
             translate("explain", "the largest contributions first:")]
    shown = unit.largest(max_inputs)
    input_text = translate("explain", "  input {0}: {1} x {2} = {3}")
    lines += [input_text.format(i, f"{unit.weights[i]:+.4f}", f"{unit.inputs[i]:.4f}", f"{v:+.4f}") for i, v in shown]
    if n > len(shown):
        lines.append(translate("explain", "  the other {0} inputs: {1}").format(
            integer(n - len(shown)), f"{unit.contributions.sum() - sum(v for _, v in shown):+.4f}"))
    lines.append(translate("explain", "sum {0} + bias {1} = {2}").format(
        f"{unit.contributions.sum(dtype=np.float64):.4f}", f"{unit.bias:+.4f}", f"{unit.logit:.4f}"))
    if unit.activation == "softmax":
        logits = ", ".join(f"{z:.2f}" for z in unit.logits)
        lines.append(translate("explain", "softmax over all {0} logits ({1}):").format(len(unit.logits), logits))
        lines.append(translate("explain", "  exp({0}) / sum of exp(logits) = {1}").format(
            f"{unit.logits[unit.unit]:.2f}", f"{unit.value:.4f}"))
    else:
        lines.append(f"{unit.activation}({unit.logit:.4f}) = {unit.value:.4f}")
    return "\n".join(lines)


def spec_fields(layers) -> list[ReceptiveField | None]:
    """Receptive fields of the Build area's layers (:class:`~desktop.core.spec.LayerSpec`), None from the
    first layer whose settings are not whole numbers on."""
    pairs = []
    for layer in layers:
        p = layer.params
        if layer.kind == "Conv2D":
            pairs.append((layer.kind, {"kernel_size": p.get("kernel"), "strides": p.get("stride"),
                                       "padding": p.get("padding")}))
        elif layer.kind in POOL_LAYERS:
            pairs.append((layer.kind, {"pool_size": p.get("pool"), "strides": p.get("stride"), "padding": "valid"}))
        else:
            pairs.append((layer.kind, {}))
    return receptive_fields(pairs, lenient=True)


__all__ = ["ConvUnit", "DenseUnit", "InputWindow", "Line", "PoolUnit", "ReceptiveField", "as_text", "conv_lines",
           "conv_text", "dense_text", "explain_conv", "explain_dense", "explain_pool", "input_window", "pool_text",
           "receptive_fields", "spec_fields"]
