"""Colouring widgets through their palette.

Style sheets are avoided on purpose: once any widget has one, Qt's style
sheet machinery makes every small update (a progress bar tick) repaint the
whole window, which was measured here as GUI stalls during training.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ERROR = "#c0392b"
WARNING = "#c08000"
MUTED = "#9a9a9a"
# The window one unit looks at (receptive field), wherever the inspector draws it.
WINDOW = "#ffd200"


def set_color(widget: QWidget, role: QPalette.ColorRole, color: str | None) -> None:
    """Set one palette colour of ``widget`` (None: back to the application's default)."""
    palette = widget.palette()
    default = widget.style().standardPalette() if widget.style() else QPalette()
    target = QColor(color) if color else default.color(role)
    if palette.color(role) == target:  # called on every refresh: no repaint when nothing changes
        return
    palette.setColor(role, target)
    widget.setPalette(palette)


def set_text_color(widget: QWidget, color: str | None) -> None:
    set_color(widget, QPalette.ColorRole.WindowText, color)
