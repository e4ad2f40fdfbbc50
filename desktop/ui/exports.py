"""Saving what an area shows (plots, tables) to a file the user picks: asked, written atomically, errors said."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.model_files import write_atomic
from .literal_text import literal


def ask_save_path(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    """The file the user chose to save to (offered: ``name`` in the home folder), or None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), file_filter)
    return Path(path) if path else None


def png_path(path: Path) -> Path:
    """``path``, with ``.png`` added unless it ends so."""
    return path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")


def export_file(parent: QWidget, path: Path, write: Callable[[Path], object]) -> bool:
    """Write ``path`` atomically with ``write(temporary path)``; on failure say why (the app goes on)."""
    try:
        if not path.parent.is_dir():
            raise OSError(f"folder {path.parent} does not exist")
        write_atomic((path, write))
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("exports", "Could not export"),
                            literal(QCoreApplication.translate("exports", "Cannot write {path}: {reason}").format(
                                path=path, reason=exc.strerror or exc)))
        return False
    return True


__all__ = ["ask_save_path", "export_file", "png_path"]
