"""Where the 28x28 network input lies on what was drawn: the map from input pixels back to the drawing.

The canvas' preprocessing scales and moves the drawing into the 28x28 field
(:mod:`desktop.core.strokes` for strokes, :mod:`desktop.core.preprocess` for
pictures). Both are a scale and a shift per axis, so one small affine map
takes any 28x28 position back to the drawing's own coordinates: canvas units
for strokes, picture pixels for a picture. The inspector uses it to outline
a unit's receptive field on the drawing itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Placement:
    """``source = input * scale + offset`` on each axis; input positions in 28x28 pixels (pixel ``i``
    spans ``i`` to ``i + 1``), x to the right and y down."""

    scale_x: float
    scale_y: float
    offset_x: float
    offset_y: float

    def to_source(self, x: float, y: float) -> tuple[float, float]:
        """A 28x28 input position in the drawing's coordinates."""
        return x * self.scale_x + self.offset_x, y * self.scale_y + self.offset_y

    def to_input(self, x: float, y: float) -> tuple[float, float]:
        """A position of the drawing in 28x28 input pixels."""
        return (x - self.offset_x) / self.scale_x, (y - self.offset_y) / self.scale_y

    def pixels_to_source(self, top: int, bottom: int, left: int, right: int) -> tuple[float, float, float, float]:
        """The drawing's rectangle ``(x0, y0, x1, y1)`` covered by input pixels rows ``top..bottom`` and
        columns ``left..right`` (both ends included)."""
        x0, y0 = self.to_source(left, top)
        x1, y1 = self.to_source(right + 1, bottom + 1)
        return x0, y0, x1, y1


__all__ = ["Placement"]
