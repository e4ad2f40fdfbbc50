"""Per-layer summary of a Keras model with the arithmetic behind each number."""

from __future__ import annotations

from dataclasses import dataclass

from .architectures import CONV_KINDS
from .i18n import integer, translate
from .spec import ACTIVATIONS, KINDS, LayerSpec, analyse_layer


@dataclass(frozen=True)
class LayerRow:
    """One summary row: what Keras' summary shows plus the worked formula."""

    name: str
    kind: str
    output_shape: tuple[int, ...]
    params: int
    trainable: int
    formula: str


def _pair(value) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else tuple(value)


def as_spec(layer) -> LayerSpec | None:
    """The editor's description of a Keras layer, None when the editor has no such layer
    (e.g. a non-square kernel, a conv without bias, 'same' pooling)."""
    kind = type(layer).__name__
    cfg = layer.get_config()
    if kind not in KINDS:
        return None
    activation = cfg.get("activation") if cfg.get("activation") in ACTIVATIONS else "linear"
    if kind == "Conv2D":
        (f, f2), (s, s2) = _pair(cfg["kernel_size"]), _pair(cfg["strides"])
        if (f != f2 or s != s2 or not cfg.get("use_bias", True) or _pair(cfg.get("dilation_rate", 1)) != (1, 1)
                or cfg.get("groups", 1) != 1):
            return None
        return LayerSpec(kind, {"filters": cfg["filters"], "kernel": f, "stride": s, "padding": cfg["padding"],
                                "activation": activation})
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        (f, f2), (s, s2) = _pair(cfg["pool_size"]), _pair(cfg["strides"] or cfg["pool_size"])
        if f != f2 or s != s2 or cfg["padding"] != "valid":
            return None
        return LayerSpec(kind, {"pool": f, "stride": s})
    if kind == "Dense":
        return LayerSpec(kind, {"units": cfg["units"], "activation": activation}) if cfg.get("use_bias", True) else None
    if kind == "Dropout":
        return LayerSpec(kind, {"rate": cfg["rate"]})
    return LayerSpec(kind)


def _conv_spec(cfg: dict) -> LayerSpec:
    activation = cfg.get("activation") if cfg.get("activation") in ACTIVATIONS else "linear"
    return LayerSpec("Conv2D", {"filters": cfg["filters"], "kernel": _pair(cfg["kernel_size"])[0],
                                "stride": _pair(cfg["strides"])[0], "padding": cfg["padding"], "activation": activation})


def explain(layer, in_shape: tuple[int, ...]) -> str:
    """The formulas for one layer's output size and parameter count, numbers plugged in.

    Layers the Build area knows are explained by the same analysis
    (:mod:`desktop.core.spec`); a few others get their own line.
    """
    spec = as_spec(layer)
    if spec is not None:
        result = analyse_layer(spec, tuple(in_shape))
        if not result.error:
            return result.formula
    kind = type(layer).__name__
    cfg = layer.get_config()
    if kind == "Conv2D" and not cfg.get("use_bias", True):
        with_bias = analyse_layer(_conv_spec(cfg), tuple(in_shape))
        if not with_bias.error:
            (f, _), c, k = _pair(cfg["kernel_size"]), in_shape[-1], cfg["filters"]
            output = _output_part(with_bias.formula)
            return output + "; " + translate(
                "summary", "params: {0} (no bias: the batch normalisation after it adds the shift)").format(
                f"F*F*C*K = {f}*{f}*{c}*{k} = {integer(f * f * c * k)}")
    if kind in CONV_KINDS and cfg.get("groups", 1) != 1 and cfg.get("use_bias", True):
        plain = analyse_layer(_conv_spec(cfg), tuple(in_shape))
        if not plain.error:
            (f, _), c, k, g = _pair(cfg["kernel_size"]), in_shape[-1], cfg["filters"], cfg["groups"]
            output = _output_part(plain.formula)
            return output + "; " + translate(
                "summary", "params: {formula} ({groups} groups: each filter sees only its group's {part} of the "
                "{channels} channels)").format(
                formula=f"(F*F*C/G + 1)*K = ({f}*{f}*{c}/{g} + 1)*{k} = {integer((f * f * c // g + 1) * k)}",
                groups=g, part=c // g, channels=c)
    if kind == "Dense" and not cfg.get("use_bias", True):
        n_in, units = int(in_shape[-1]), int(cfg["units"])
        if layer.trainable:
            what = translate("summary", "no bias")
        elif _is_spread(layer):
            what = translate("summary", "no bias, fixed: each digit's probability plus a tenth of the "
                                        "'not a digit' output")
        else:
            what = translate("summary", "no bias, fixed")
        return translate("summary", "output: {units}; params: {formula} ({what})").format(
            units=units, formula=f"N_in*N_out = {n_in}*{units} = {integer(n_in * units)}", what=what)
    if kind == "InputLayer":
        return translate("summary", "the image itself, {0}; params: 0").format("x".join(str(d) for d in in_shape))
    if kind == "ZeroPadding2D":
        pad = layer.get_config()["padding"]
        p = pad[0][0] if isinstance(pad[0], (list, tuple)) else pad[0]
        return translate("summary", "output: {0}; params: 0").format(f"{in_shape[0]} + 2*{p} = {in_shape[0] + 2 * p}")
    if kind in ("SpatialDropout2D", "Activation", "ReLU", "Softmax", "GaussianNoise", "Rescaling"):
        return translate("summary", "output: same shape as the input; params: 0")
    return translate("summary", "params: {0}").format(integer(layer.count_params()))


def _output_part(formula: str) -> str:
    """The output part of a formula ('output: ...; params: ...'): what comes before its first '; '."""
    return formula.split("; ")[0]


def _is_spread(layer) -> bool:
    """Whether a layer is the fixed layer that shares "not a digit" out over the ten digits."""
    import numpy as np

    from .architectures import spread_weights

    weights = layer.get_weights()
    expected = spread_weights()
    return len(weights) == 1 and weights[0].shape == expected.shape and bool(np.allclose(weights[0], expected))


def layer_rows(model) -> list[LayerRow]:
    """Summary rows for every layer of a built model."""
    rows = []
    for layer in model.layers:
        source = layer.input
        if isinstance(source, (list, tuple)):  # an InputLayer (functional models list it)
            source = source[0] if source else layer.output
        in_shape = tuple(source.shape[1:])
        out_shape = tuple(layer.output.shape[1:])
        trainable = sum(int(w.numpy().size) for w in layer.trainable_weights)
        rows.append(
            LayerRow(layer.name, type(layer).__name__, out_shape, layer.count_params(), trainable, explain(layer, in_shape))
        )
    return rows


def format_summary(model) -> str:
    """A text table: layer (type), output shape, params, then totals and the formulas."""
    rows = layer_rows(model)
    width = max([28] + [len(f"{r.name} ({r.kind})") + 2 for r in rows])
    lines = [f"{'Layer (type)':<{width}}{'Output shape':<18}{'Param #':>10}", "-" * (width + 28)]
    for r in rows:
        shape = "(" + ", ".join(str(d) for d in r.output_shape) + ")"
        lines.append(f"{r.name + ' (' + r.kind + ')':<{width}}{shape:<18}{r.params:>10,}")
    total = sum(r.params for r in rows)
    trainable = sum(r.trainable for r in rows)
    lines += [
        "-" * (width + 28),
        f"Total params: {integer(total)}  (trainable {integer(trainable)}, non-trainable {integer(total - trainable)})",
        "",
        "How each number comes about:",
    ]
    lines += [f"  {r.name}: {r.formula}" for r in rows]
    return "\n".join(lines)


__all__ = ["LayerRow", "explain", "format_summary", "layer_rows"]
