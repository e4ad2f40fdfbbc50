"""The Compare area: the same digit to several models (conv and dense), changed by sliders, and sweeps."""

from .area import CompareArea

__all__ = ["CompareArea"]
