"""Opening files users name without hanging: only regular files are read.

Opening a FIFO to read waits for a writer for ever, and a device such as
``/dev/zero`` never ends; every reader of user files (pictures, specs, model
cards, datasets, models) checks what a path is first.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from .i18n import QT_TRANSLATE_NOOP, translate


class NotRegularFile(OSError):
    """The path is a folder, pipe, device or socket; ``kind`` says which ("a named pipe")."""

    def __init__(self, path: str | os.PathLike, kind: str) -> None:
        super().__init__(f"{path} is {kind}, not a regular file")
        self.kind = kind


def file_kind(mode: int) -> str:
    """What a file of ``st_mode`` ``mode`` is, for messages: "" for a regular file, else "a folder",
    "a named pipe", "a device", "a socket" or "a special file"."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("RegularFiles", "a folder")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("RegularFiles", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("RegularFiles", "a device")
    return QT_TRANSLATE_NOOP("RegularFiles", "a socket") if stat.S_ISSOCK(mode) else QT_TRANSLATE_NOOP("RegularFiles", "a special file")


def kind_text(kind: str) -> str:
    """:func:`file_kind`'s words in the interface's language (for messages the GUI shows)."""
    return translate("RegularFiles", kind) if kind else kind


def open_regular(path: str | os.PathLike) -> BinaryIO:
    """Open ``path`` to read bytes, without blocking; :class:`NotRegularFile` unless it is a regular file.

    Other failures raise the usual OSError (FileNotFoundError, PermissionError, ...).
    """
    fd = os.open(Path(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        kind = file_kind(os.fstat(fd).st_mode)
    except OSError:
        os.close(fd)
        raise
    if kind:
        os.close(fd)
        raise NotRegularFile(path, kind)
    return os.fdopen(fd, "rb")
