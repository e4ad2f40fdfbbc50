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
_locale_number: Callable[[float, int], str] | None = None


def set_translator(translator: Translator | None,
                   locale_number: Callable[[float, int], str] | None = None) -> None:
    """Route :func:`translate` through ``translator`` and :func:`integer` / :func:`number` through
    ``locale_number(value, decimals)`` (None: English as written, ``1,234.5``)."""
    global _translator, _locale_number
    _translator = translator
    _locale_number = locale_number


def translate(context: str, text: str) -> str:
    """``text`` in the GUI's language; English when no translator is installed (CLI, tests)."""
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text


def integer(value: int) -> str:
    """A whole number with the language's thousands separator: 50,943,360 / 50.943.360 (Vietnamese)."""
    if _locale_number is None:
        return f"{int(value):,}"
    return _locale_number(int(value), 0)


def number(value: float, decimals: int) -> str:
    """A number with ``decimals`` digits, grouped, in the language: 1,234.5 / 1.234,5 (Vietnamese)."""
    if _locale_number is None:
        return f"{float(value):,.{decimals}f}"
    return _locale_number(float(value), decimals)
