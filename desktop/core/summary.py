"""Per-layer summary of a Keras model with the arithmetic behind each number."""

from __future__ import annotations

from dataclasses import dataclass

from .layer_math import conv_output_size, conv_params, dense_params


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


def _same_pad(n: int, f: int, s: int) -> int:
    """Total padding 'same' adds on one axis, and the output it gives (ceil(n / s))."""
    out = -(-n // s)
    return max((out - 1) * s + f - n, 0)


def _window_formula(what: str, n: int, f: int, s: int, padding: str, out: int) -> str:
    if padding == "same":
        total = _same_pad(n, f, s)
        p = f"{total}/2" if total % 2 else str(total // 2)
        return f"{what}: 'same' padding p = {p}: ({n} + 2*{p} - {f})/{s} + 1 = {out}"
    return f"{what}: ({n} + 2*0 - {f})/{s} + 1 = {out}"


def explain(layer, in_shape: tuple[int, ...]) -> str:
    """The formulas for one layer's output size and parameter count, numbers plugged in."""
    kind = type(layer).__name__
    cfg = layer.get_config()
    if kind in ("Conv2D",):
        (f, _), (s, _) = _pair(cfg["kernel_size"]), _pair(cfg["strides"])
        n, c = in_shape[0], in_shape[-1]
        k = cfg["filters"]
        out = conv_output_size(n, f, 0, s) if cfg["padding"] == "valid" else -(-n // s)
        bias = 1 if cfg.get("use_bias", True) else 0
        params = conv_params(f, c, k) if bias else f * f * c * k
        full = (in_shape[0] * in_shape[1] * c + 1) * (out * out * k)
        return (
            _window_formula("output", n, f, s, cfg["padding"], out)
            + f"; params: (F*F*C + 1)*K = ({f}*{f}*{c} + {bias})*{k} = {params:,}"
            + f"; a dense layer between the same input and output would need {full:,}"
        )
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        (f, _) = _pair(cfg["pool_size"])
        s = _pair(cfg["strides"] or cfg["pool_size"])[0]
        n = in_shape[0]
        out = conv_output_size(n, f, 0, s) if cfg["padding"] == "valid" else -(-n // s)
        return _window_formula("output", n, f, s, cfg["padding"], out) + "; params: 0 (pooling learns nothing)"
    if kind == "ZeroPadding2D":
        pad = cfg["padding"]
        p = pad[0][0] if isinstance(pad[0], (list, tuple)) else pad[0]
        return f"output: {in_shape[0]} + 2*{p} = {in_shape[0] + 2 * p}; params: 0"
    if kind == "Flatten":
        dims = " * ".join(str(d) for d in in_shape)
        total = 1
        for d in in_shape:
            total *= d
        return f"output: {dims} = {total:,} values in a row; params: 0"
    if kind == "Dense":
        n_in, n_out = in_shape[-1], cfg["units"]
        if not cfg.get("use_bias", True):
            return f"output: {n_out} values; params: N_in*N_out = {n_in}*{n_out} = {n_in * n_out:,}"
        return (f"output: {n_out} values; params: (N_in + 1)*N_out = ({n_in} + 1)*{n_out} = "
                f"{dense_params(n_in, n_out):,}")
    if kind == "BatchNormalization":
        c = in_shape[-1]
        return (f"output: same shape as the input; params: 4*C = 4*{c} = {4 * c:,} "
                f"(scale and shift are learned: 2*C = {2 * c:,} trainable; "
                f"the running mean and variance are not: {2 * c:,})")
    if kind in ("GlobalAveragePooling2D", "GlobalMaxPooling2D"):
        how = "average" if "Average" in kind else "maximum"
        return f"output: the {how} of each {in_shape[0]}x{in_shape[1]} map = {in_shape[-1]} values; params: 0"
    if kind == "InputLayer":
        return "the image itself, " + "x".join(str(d) for d in in_shape) + "; params: 0"
    if kind in ("Dropout", "SpatialDropout2D", "Activation", "ReLU", "Softmax", "GaussianNoise"):
        return "output: same shape as the input; params: 0"
    return f"params: {layer.count_params():,}"


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
    lines = [f"{'Layer (type)':<28}{'Output shape':<18}{'Param #':>10}", "-" * 56]
    for r in rows:
        shape = "(" + ", ".join(str(d) for d in r.output_shape) + ")"
        lines.append(f"{r.name + ' (' + r.kind + ')':<28}{shape:<18}{r.params:>10,}")
    total = sum(r.params for r in rows)
    trainable = sum(r.trainable for r in rows)
    lines += [
        "-" * 56,
        f"Total params: {total:,}  (trainable {trainable:,}, non-trainable {total - trainable:,})",
        "",
        "How each number comes about:",
    ]
    lines += [f"  {r.name}: {r.formula}" for r in rows]
    return "\n".join(lines)


__all__ = ["LayerRow", "explain", "format_summary", "layer_rows"]
