"""The app's one threading style: a QObject worker with a ``run`` slot, moved to its own QThread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


def start_worker(worker: QObject, parent: QObject, name: str) -> QThread:
    """Move ``worker`` to a new QThread (owned by ``parent``), run its ``run`` slot there, return the thread.

    Connect the worker's signals to GUI-thread slots before calling this. The
    worker is deleted in its own thread as that thread finishes: a
    ``deleteLater()`` posted to a thread that has already finished is never
    carried out, so every run would leave its worker behind.
    """
    thread = QThread(parent)
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread


def finish_worker(thread: QThread | None) -> None:
    """Let the thread end after the worker's ``run`` returned (the worker goes with it), wait, free it."""
    if thread is None:
        return
    thread.quit()
    thread.wait()
    thread.deleteLater()
