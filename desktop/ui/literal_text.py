"""Text that users and files control (names, paths, spec values, messages), shown as typed.

Qt reads a label, tooltip or message box whose first line looks like HTML as
HTML, and fetches every picture it names: a model called
``<img src="/dev/zero">`` would exhaust memory and one naming a FIFO would
block the window. Labels that show such text are plain text; tooltips and
message boxes get :func:`literal`; rich labels escape what they embed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def literal(text: str) -> str:
    """``text`` as a tooltip or message box shows it: unchanged unless Qt would take it for HTML,
    else converted to HTML that displays it character for character."""
    return GuiQt.convertFromPlainText(text) if GuiQt.mightBeRichText(text) else text


def escaped(text: object) -> str:
    """``text`` to embed inside rich text: ``< > &`` escaped."""
    return html.escape(str(text), quote=False)


def plain_label(text: str = "") -> QLabel:
    """A label that never reads its text as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
