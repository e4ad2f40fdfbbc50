"""Two trained reader-cnns as one reader-pair network that averages their answers."""

from __future__ import annotations

import numpy as np


def _weights(model) -> dict[str, list[np.ndarray]]:
    return {layer.name: layer.get_weights() for layer in model.layers if layer.get_weights()}


def _shapes(weights: dict[str, list[np.ndarray]]) -> dict[str, list[tuple[int, ...]]]:
    return {name: [w.shape for w in ws] for name, ws in weights.items()}


def pair_of_readers(first, second):
    """A reader-pair (``core.architectures.build_reader_pair``) computing what ``first`` and ``second``
    compute, with the mean of their eleven logits before the softmax.

    Both must be reader-cnns (same layer names and shapes); neither is changed.
    """
    from .architectures import build_reader_cnn, build_reader_pair

    a, b = _weights(first), _weights(second)
    expected = _shapes(_weights(build_reader_cnn()))
    if _shapes(a) != expected or _shapes(b) != expected:
        raise ValueError("both networks must be reader-cnns")
    pair = build_reader_pair()

    def side_by_side(name: str) -> list[np.ndarray]:
        return [np.concatenate([wa, wb], axis=-1) for wa, wb in zip(a[name], b[name])]

    def as_conv(name: str) -> list[np.ndarray]:
        # A Dense on Flatten((3, 3, C)) sums x[h, w, c] * kernel[(h * 3 + w) * C + c, u]: a 3x3 conv's kernel
        # indexed [h, w, c, u].
        (ka, ba), (kb, bb) = a[name], b[name]
        shape = (3, 3, ka.shape[0] // 9, ka.shape[1])
        return [np.concatenate([ka.reshape(shape), kb.reshape(shape)], axis=-1), np.concatenate([ba, bb])]

    (ka, ba), (kb, bb) = a["digit_or_not"], b["digit_or_not"]
    weights = {
        "conv1": side_by_side("conv1"),
        "conv2": side_by_side("conv2"),
        "conv3": side_by_side("conv3"),
        "hidden": as_conv("hidden"),
        "digit_or_not": [np.concatenate([ka, kb]) / 2.0, (ba + bb) / 2.0],
    }
    for name, values in weights.items():
        pair.get_layer(name).set_weights(values)
    return pair


__all__ = ["pair_of_readers"]
