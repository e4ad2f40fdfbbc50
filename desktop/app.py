"""Wiring: builds the window and its model, and runs the GUI event loop."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from .core.locations import default_model_path
from .core.memory import limit_malloc_arenas
from .core.tf_import import configure_for_app
from .ui.active_model import ActiveModel
from .ui.error_reporter import ErrorReporter
from .ui.i18n import chosen_language, install_language
from .ui.main_window import APP_TITLE, MainWindow

ORGANIZATION = "digit-recognizer"


def create_main_window(model_path: str | os.PathLike | None = None, language: str | None = None) -> MainWindow:
    """Build the wired main window and start loading its model; does not start the event loop.

    A QApplication must exist. ``model_path`` None means the shipped default
    model; ``language`` None means the chosen one (``ui/i18n.chosen_language``).
    The window's ``active_model.changed`` fires once the model is ready.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before create_main_window()")
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APP_TITLE)
    install_language(language or chosen_language())
    limit_malloc_arenas()
    configure_for_app(gui=True)
    active = ActiveModel()
    window = MainWindow(active)
    active.setParent(window)
    active.load(Path(model_path) if model_path else default_model_path())
    return window


def _process_age() -> float:
    """Seconds since this process started: from $DIGITS_T0 when a benchmark set it, else /proc."""
    if "DIGITS_T0" in os.environ:
        return time.time() - float(os.environ["DIGITS_T0"])
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


class _StartupReporter(QObject):
    """Prints when the window is first painted, when a drawing can first be read and when the model is
    ready, then quits (benchmark)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shown = False
        self.can_read = False
        window.installEventFilter(self)
        window.active_model.previewReady.connect(self.first_prediction)
        window.active_model.changed.connect(self.model_ready)
        window.active_model.loadFailed.connect(self.model_ready)

    def eventFilter(self, obj, event) -> bool:
        if not self.shown and event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self.shown = True
            print(f"window_shown_s {_process_age():.3f}", flush=True)
        return False

    def first_prediction(self, *_args) -> None:
        if not self.can_read:
            self.can_read = True
            print(f"first_prediction_s {_process_age():.3f}", flush=True)

    def model_ready(self, *_args) -> None:
        self.first_prediction()
        print(f"model_ready_s {_process_age():.3f}", flush=True)
        QTimer.singleShot(0, self.window.close)


class _Restarter(QObject):
    """Closes the window when the user asks to restart in another language; ``main`` then starts the app anew."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.requested = False
        window.restartRequested.connect(self.restart)

    @Slot()
    def restart(self) -> None:
        self.requested = True
        self.window.close()


def _start_again() -> None:
    """Replace this process with the same command (the new language is read at start)."""
    argv = list(getattr(sys, "orig_argv", [])) or [sys.executable, *sys.argv]
    os.execv(sys.executable, [sys.executable, *argv[1:]])


def main(model_path: str | None = None, startup_report: bool = False) -> int:
    """Start the GUI; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_TITLE)
    window = create_main_window(model_path)
    ErrorReporter(window).install()
    if startup_report:
        _StartupReporter(window)
    restarter = _Restarter(window)
    window.show()
    code = app.exec()
    if restarter.requested:
        _start_again()
    return code
