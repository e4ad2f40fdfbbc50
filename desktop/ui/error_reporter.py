"""Unexpected exceptions: logged with their traceback and shown in a dialog, never a silent crash."""

from __future__ import annotations

import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.locations import user_data_dir
from .literal_text import literal

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000


def error_log_path() -> Path:
    """Where tracebacks of unexpected errors are written."""
    return user_data_dir() / LOG_NAME


class ErrorReporter(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook`` by the app.

    Python exceptions raised in Qt slots and event handlers reach
    ``sys.excepthook`` (PySide prints them and carries on). The reporter
    appends the traceback to :func:`error_log_path` and shows the message in a
    dialog on the GUI thread (exceptions from worker threads get there
    through a queued signal). Signal ``reported(str, str)``: the one-line
    message and the log file.
    """

    reported = Signal(str, str)
    _fromThread = Signal(str, str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.log_path = error_log_path()
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)
        self._fromThread.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook, threading.excepthook = self._previous

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Log one exception and report it (on the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            return sys.__excepthook__(exc_type, exc, tb)
        message = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        log = self._write_log(exc_type, exc, tb)
        sys.stderr.write("".join(traceback.format_exception(exc_type, exc, tb)))
        if threading.current_thread() is threading.main_thread():
            self._show(message, log)
        else:
            self._fromThread.emit(message, log)

    def _write_log(self, exc_type, exc, tb) -> str:
        path = self.log_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
                path.replace(path.with_suffix(".log.old"))
            with path.open("a", encoding="utf-8") as f:
                f.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n")
                f.write("".join(traceback.format_exception(exc_type, exc, tb)))
            return str(path)
        except OSError as exc_log:
            return f"(not written: {exc_log})"

    @Slot(str, str)
    def _show(self, message: str, log: str) -> None:
        self.reported.emit(message, log)
        if self._showing:  # an error while the dialog is open: logged, not stacked
            return
        self._showing = True
        try:
            QMessageBox.critical(
                self.parent_widget, self.tr("Unexpected error"),
                literal(self.tr("Something went wrong inside the app:\n\n{message}\n\nThe app keeps running and your "
                                "work is kept. The details were written to\n{log}\nPlease include that file if you "
                                "report the problem.").format(message=message, log=log)))
        finally:
            self._showing = False
