"""The traced inference paths a loaded model needs before the GUI uses it."""

from __future__ import annotations

from .model_files import LoadedModel


def attach_fast_paths(loaded: LoadedModel, probe: bool = True) -> LoadedModel:
    """Build the canvas predictor and (``probe``) the inspector's activation probe if missing.

    The predictor is a numpy copy of the network where it has one (see
    ``core.numpy_net``). Tracing takes a few hundred ms, so call this on the thread that loaded or
    trained the model, before handing it to the GUI thread. The app loads models with
    ``probe=False`` and builds the probe when the Inspect area is first shown (:func:`attach_probe`).
    """
    from .activations import ActivationProbe
    from .predictor import fastest_predictor

    if loaded.predictor is None:
        loaded.predictor = fastest_predictor(loaded.model)
    if probe and loaded.probe is None:
        loaded.probe = ActivationProbe(loaded.model)
    return loaded


def build_probe(loaded: LoadedModel):
    """The inspector's activation probe for ``loaded`` (traced: a few hundred ms; any thread). Its maps reuse
    the canvas predictor where that is the numpy copy of the network."""
    from .activations import ActivationProbe
    from .numpy_net import NumpyNet

    numpy_net = loaded.predictor if isinstance(loaded.predictor, NumpyNet) else None
    return ActivationProbe(loaded.model, numpy_net=numpy_net)


__all__ = ["attach_fast_paths", "build_probe"]
