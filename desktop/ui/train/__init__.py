"""The Train area: settings form, curves, live network view, results and the worker that trains."""

from .area import TrainArea

__all__ = ["TrainArea"]
