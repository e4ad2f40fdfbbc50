"""Where the app finds its shipped files and keeps the user's files.

From a checkout, ``resources/`` and ``models/`` sit beside the ``desktop``
package; in an installed wheel they are packaged inside it
(``desktop/resources``, ``desktop/models``). Both layouts are searched.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "digit-recognizer"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _shipped_dir(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """Folder with icons and other shipped resources."""
    return _shipped_dir("resources")


def shipped_models_dir() -> Path:
    """Folder with the models that come with the app."""
    return _shipped_dir("models")


def default_model_path() -> Path:
    """The shipped default model, used when the user has not chosen another."""
    return shipped_models_dir() / "default.keras"


def course_model_path() -> Path:
    """The shipped course CNN (seed-cnn) trained on MNIST alone, one click away from the default."""
    return shipped_models_dir() / "seed-cnn.keras"


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path.home() / fallback


def user_data_dir() -> Path:
    """Per-user folder for saved models and logs (not created here)."""
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_NAME


def user_cache_dir() -> Path:
    """Per-user cache folder, where a downloaded MNIST is kept (not created here)."""
    return _xdg("XDG_CACHE_HOME", ".cache") / APP_NAME


def save_models_dir() -> Path:
    """Where the app offers to save trained models: ``models/`` of a writable checkout, else the user folder."""
    shipped = shipped_models_dir()
    if "site-packages" not in shipped.parts and os.access(shipped, os.W_OK):
        return shipped
    return user_data_dir() / "models"


PEN_DIGITS = "unipen-dev.json.gz"
PEN_NONDIGITS = "unipen-dev-nondigits.json.gz"


def shared_data_file(name: str) -> Path:
    """A data file (e.g. :data:`PEN_DIGITS`) beside ``$DIGITS_MNIST`` if that is set, else in the
    ``shared/data`` folder beside the checkout; the path may not exist."""
    if os.environ.get("DIGITS_MNIST"):
        beside = Path(os.environ["DIGITS_MNIST"]).expanduser().parent / name
        if beside.is_file():
            return beside
    return _PACKAGE_DIR.parent.parent / "shared" / "data" / name
