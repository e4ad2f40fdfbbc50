"""The arithmetic behind output shapes and parameter counts, in plain Python.

These are the course formulas; tests compare Keras models against them and the
inspector shows them with the numbers plugged in.
"""

from __future__ import annotations


def conv_output_size(n: int, f: int, p: int = 0, s: int = 1) -> int:
    """Spatial size after a convolution or pooling window: floor((n + 2p - f) / s) + 1."""
    return (n + 2 * p - f) // s + 1


def conv_params(f: int, c_in: int, k: int) -> int:
    """Parameters of a conv layer with K filters of F x F x C plus one bias each: (F*F*C + 1)*K."""
    return (f * f * c_in + 1) * k


def dense_params(n_in: int, n_out: int) -> int:
    """Parameters of a dense layer: (N_in + 1) * N_out (weights plus one bias per output)."""
    return (n_in + 1) * n_out
