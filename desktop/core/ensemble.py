"""Trained reader-cnns joined as one network (reader-pair, reader-trio) that averages their answers."""

from __future__ import annotations

from typing import Sequence

import numpy as np


def _weights(model) -> dict[str, list[np.ndarray]]:
    return {layer.name: layer.get_weights() for layer in model.layers if layer.get_weights()}


def _shapes(weights: dict[str, list[np.ndarray]]) -> dict[str, list[tuple[int, ...]]]:
    return {name: [w.shape for w in ws] for name, ws in weights.items()}


def join_readers(readers: Sequence):
    """One network (``core.architectures.JOINED_READERS``) computing what the ``readers`` compute, with
    the mean of their eleven logits before the softmax.

    All must be reader-cnns (same layer names and shapes); none is changed.
    """
    from .architectures import JOINED_READERS, build_reader_cnn, get_architecture

    if len(readers) not in JOINED_READERS:
        raise ValueError(f"{len(readers)} networks cannot be joined; "
                         f"join {' or '.join(str(n) for n in JOINED_READERS)}")
    every = [_weights(reader) for reader in readers]
    expected = _shapes(_weights(build_reader_cnn()))
    if any(_shapes(w) != expected for w in every):
        raise ValueError("all networks must be reader-cnns")
    joined = get_architecture(JOINED_READERS[len(readers)]).build()

    def side_by_side(name: str) -> list[np.ndarray]:
        return [np.concatenate(parts, axis=-1) for parts in zip(*(w[name] for w in every))]

    def as_conv(name: str) -> list[np.ndarray]:
        # A Dense on Flatten((3, 3, C)) sums x[h, w, c] * kernel[(h * 3 + w) * C + c, u]: a 3x3 conv's kernel
        # indexed [h, w, c, u].
        kernels, biases = zip(*(w[name] for w in every))
        shape = (3, 3, kernels[0].shape[0] // 9, kernels[0].shape[1])
        return [np.concatenate([k.reshape(shape) for k in kernels], axis=-1), np.concatenate(biases)]

    kernels, biases = zip(*(w["digit_or_not"] for w in every))
    weights = {
        "conv1": side_by_side("conv1"),
        "conv2": side_by_side("conv2"),
        "conv3": side_by_side("conv3"),
        "hidden": as_conv("hidden"),
        "digit_or_not": [np.concatenate(kernels) / len(every), np.mean(biases, axis=0)],
    }
    for name, values in weights.items():
        joined.get_layer(name).set_weights(values)
    return joined


__all__ = ["join_readers"]
