"""Every text a person can see in the main window: walked per area for the translation tests and checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)


def _widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    if isinstance(widget, QLabel):
        texts.append(("text", widget.text()))
    if isinstance(widget, QAbstractButton):
        texts.append(("text", widget.text()))
    if isinstance(widget, QGroupBox):
        texts.append(("title", widget.title()))
    if isinstance(widget, QLineEdit):
        texts.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        texts += [("item", widget.itemText(i)) for i in range(widget.count())]
        texts += [("item tooltip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [("item", widget.item(i).text()) for i in range(min(widget.count(), 50))]
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            texts += [("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i))]
    texts.append(("tooltip", widget.toolTip()))
    texts.append(("status tip", widget.statusTip()))
    texts.append(("what's this", widget.whatsThis()))
    return [(kind, text) for kind, text in texts if text and text.strip()]


def _name(widget: QWidget) -> str:
    parts = []
    while widget is not None:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts[:4]))


def visible_texts(root: QWidget) -> list[tuple[str, str, str]]:
    """(widget path, kind, text) of every visible widget under ``root`` and of the actions it holds."""
    found: list[tuple[str, str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        found += [(_name(widget), kind, text) for kind, text in _widget_texts(widget)]
        for action in widget.actions():
            for kind, text in (("action", action.text()), ("action tooltip", action.toolTip()),
                               ("action status tip", action.statusTip())):
                if text and text.strip():
                    found.append((f"{_name(widget)}>{action.text()}", kind, text))
    return found


def area_texts(window, settle=None) -> dict[str, list[tuple[str, str, str]]]:
    """Each area's visible texts, the area shown in turn (as a person would click through the tabs).

    ``settle(area)``, if given, runs after each area is shown (to let it fill itself in).
    """
    result = {}
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        area = window.tabs.widget(i)
        if settle is not None:
            settle(area)
        result[window.tabs.tabText(i)] = visible_texts(area)
    window.tabs.setCurrentIndex(0)
    result["window"] = [t for t in visible_texts(window) if "QTabWidget/" not in t[0] or "tab" in t[1]]
    return result
