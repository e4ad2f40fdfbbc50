"""How the Build and Inspect areas show a layer's formulas."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def formula_label() -> QLabel:
    """A selectable, word-wrapped rich-text label, aligned to the top left."""
    label = QLabel("")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def formula_html(formula: str) -> str:
    """A layer's formula text ('output: ...; params: ...') as a bulleted list (its text escaped)."""
    return "<ul>" + "".join(f"<li>{html.escape(part, quote=False)}</li>" for part in formula.split("; ")) + "</ul>"
