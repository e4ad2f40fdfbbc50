"""Translation hook for the messages core makes that the GUI shows.

Core never imports Qt: the GUI installs ``QCoreApplication.translate`` with
:func:`set_translator` and core's messages come out in the chosen language;
the CLI installs nothing and keeps English. ``pyside6-lupdate`` finds every
``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP("Context", "text")``
call by name (``resources/i18n/update_translations.py``).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (None: English as written)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the GUI's language; English when no translator is installed (CLI, tests)."""
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text
