"""The interface's language: English or Vietnamese, chosen once per start.

The language comes from ``$DIGITS_LANGUAGE`` (tests, screenshots), else the
Language menu's choice (QSettings ``ui/language``), else the system locale.
:func:`install_language` loads ``resources/i18n/digits_<code>.qm`` into the
application, routes core's messages through it and sets the default QLocale,
so numbers in prose get the language's decimal separator (99,1 % in
Vietnamese) while formulas keep plain arithmetic.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ..core import i18n as core_i18n
from ..core.locations import resources_dir

#: Codes offered in the Language menu, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "vi": "Tiếng Việt"}
SETTINGS_KEY = "ui/language"
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
}

_installed: str | None = None
_translator: QTranslator | None = None


def system_language() -> str:
    """"vi" when the system locale is Vietnamese, else "en"."""
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def saved_language() -> str | None:
    """The Language menu's choice, or None when the user has not chosen."""
    value = QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def chosen_language() -> str:
    """The language this start should show: $DIGITS_LANGUAGE, else the saved choice, else the system's."""
    forced = os.environ.get("DIGITS_LANGUAGE", "")
    if forced in LANGUAGES:
        return forced
    return saved_language() or system_language()


def save_language(code: str) -> None:
    """Remember ``code`` for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {code!r}")
    QSettings().setValue(SETTINGS_KEY, code)


def qm_path(code: str):
    """The compiled translation file of ``code``."""
    return resources_dir() / "i18n" / f"digits_{code}.qm"


def install_language(code: str) -> str:
    """Show the interface in ``code`` from now on (widgets made before keep their text).

    Returns the code installed: "en" when ``code`` is unknown or its file is
    missing or unreadable (the interface then stays in English).
    """
    global _installed, _translator
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before install_language()")
    if code not in LANGUAGES:
        code = "en"
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if code != "en":
        translator = QTranslator(app)
        if translator.load(str(qm_path(code))):
            app.installTranslator(translator)
            _translator = translator
        else:
            code = "en"
    QLocale.setDefault(QLocale(*_LOCALES[code]))
    if code == "en":
        core_i18n.set_translator(None)
    else:
        core_i18n.set_translator(QCoreApplication.translate, _locale_number)
    _installed = code
    return code


def current_language() -> str:
    """The language installed ("en" before :func:`install_language`)."""
    return _installed or "en"


def _locale_number(value: float, decimals: int) -> str:
    """``value`` in the interface's locale, thousands grouped: a whole number as it is, a float rounded to
    ``decimals`` (core's numbers come here too, see ``core.i18n.set_translator``)."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def number(value: float, decimals: int = 1, group: bool = True) -> str:
    """``value`` with ``decimals`` digits in the interface's locale: 99.1 / 99,1; thousands grouped unless
    ``group`` is False (then English reads as ``f"{value:.{decimals}f}"``: 1234.568, nan)."""
    if group:
        return _locale_number(float(value), decimals)
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """A whole number with the locale's thousands separator: 104,202 / 104.202."""
    return _locale_number(int(value), 0)


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction as a percentage in the locale, no space: 0.991 -> 99.1% / 99,1%."""
    return f"{number(100.0 * float(fraction), decimals)}%"
