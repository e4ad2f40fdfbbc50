"""The traced inference paths a loaded model needs before the GUI uses it."""

from __future__ import annotations

from .model_files import LoadedModel


def attach_fast_paths(loaded: LoadedModel) -> LoadedModel:
    """Build the canvas predictor and the inspector's activation probe if missing.

    The predictor is a numpy copy of the network where it has one (see
    ``core.numpy_net``). Tracing takes a few hundred ms, so call this on the thread that loaded or
    trained the model, before handing it to the GUI thread.
    """
    from .activations import ActivationProbe
    from .predictor import fastest_predictor

    if loaded.predictor is None:
        loaded.predictor = fastest_predictor(loaded.model)
    if loaded.probe is None:
        loaded.probe = ActivationProbe(loaded.model)
    return loaded


__all__ = ["attach_fast_paths"]
