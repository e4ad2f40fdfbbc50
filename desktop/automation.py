"""Helpers for scripts and tests that drive the real window (see README, "Automation").

Contract: :func:`desktop.app.create_main_window` returns the wired window;
its ``predictionChanged(int, list)`` signal reports each shown prediction
(-1 and the 10 probabilities for "not a digit", -1 and [] for an empty canvas);
the canvas (objectName ``canvas``) draws from left-button press/move/release
mouse events and has ``clear()``.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from .core.locations import PEN_DIGITS, shared_data_file
from .core.pen_samples import writer_part

ENV_UNIPEN = "DIGITS_UNIPEN"


def unipen_path() -> Path:
    """``$DIGITS_UNIPEN``, else ``unipen-dev.json.gz`` where ``core.locations.shared_data_file`` finds it."""
    if os.environ.get(ENV_UNIPEN):
        return Path(os.environ[ENV_UNIPEN])
    return shared_data_file(PEN_DIGITS)


def load_unipen(path: Path | None = None) -> list[dict]:
    """The UNIPEN dev samples: dicts with label, writer, institution and strokes (mm, y down)."""
    with gzip.open(path or unipen_path(), "rt", encoding="utf-8") as f:
        return json.load(f)


def is_held_out(writer: str) -> bool:
    """Writer-wise split: about a quarter of the writers are held out for reporting, never trained or tuned on
    (the "report" part of ``core.pen_samples.writer_part``)."""
    return writer_part(writer) == "report"


def place_strokes(strokes: list, side: float, rng: np.random.Generator,
                  size_range: tuple[float, float] = (0.35, 0.80)) -> list[np.ndarray]:
    """Scale a sample so its larger extent is a random share of ``side``, at a random position inside."""
    arrays = [np.asarray(s, dtype=float).reshape(-1, 2) for s in strokes]
    pts = np.concatenate(arrays)
    lo, extent = pts.min(axis=0), np.ptp(pts, axis=0)
    target = rng.uniform(*size_range) * side
    scale = target / max(float(extent.max()), 1e-6)
    size = extent * scale
    offset = np.array([rng.uniform(0, side - size[0]), rng.uniform(0, side - size[1])])
    return [(a - lo) * scale + offset for a in arrays]


def fit_number(strokes: list, side: float, width: float = 0.9, height: float = 0.4, left: float = 0.5,
               top: float = 0.5) -> list[np.ndarray]:
    """Scale a number's strokes (any units, e.g. from ``core.number.compose``) into a square of ``side``,
    keeping their shape: at most ``width`` of it wide and ``height`` high, placed ``left``/``top`` of the
    way across the room left over (0.5: centred)."""
    arrays = [np.asarray(s, dtype=float).reshape(-1, 2) for s in strokes]
    pts = np.concatenate(arrays)
    lo, span = pts.min(axis=0), np.maximum(np.ptp(pts, axis=0), 1e-6)
    scale = min(width * side / span[0], height * side / span[1])
    offset = (side - span * scale) * (left, top)
    return [(a - lo) * scale + offset for a in arrays]


def _send(widget: QWidget, kind, pos: QPointF, buttons) -> None:
    button = Qt.MouseButton.LeftButton if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw_stroke(canvas: QWidget, points: np.ndarray, origin: QPointF | None = None, on_event=None,
                before_release=None) -> None:
    """Draw one stroke with left-button press, moves and release at widget coordinates ``points``;
    ``on_event()`` is called before each move is sent, ``before_release()`` before the release."""
    origin = origin or QPointF(0, 0)
    left = Qt.MouseButton.LeftButton
    positions = [QPointF(origin.x() + x, origin.y() + y) for x, y in points]
    _send(canvas, QMouseEvent.Type.MouseButtonPress, positions[0], left)
    for pos in positions[1:]:
        if on_event is not None:
            on_event()
        _send(canvas, QMouseEvent.Type.MouseMove, pos, left)
    if before_release is not None:
        before_release()
    _send(canvas, QMouseEvent.Type.MouseButtonRelease, positions[-1], Qt.MouseButton.NoButton)


def open_main_window(model_path: str | None = None, size: tuple[int, int] = (1000, 700), timeout_ms: int = 120_000):
    """Create the QApplication if needed, show the real main window and wait until its model is ready.

    Returns ``(app, window)``; for scripts and benchmarks that run outside pytest. The window reads single
    digits whatever mode the settings remember (a bench stopped in number mode would otherwise leave every
    later single-digit bench without a prediction).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    from .app import create_main_window

    app = QApplication.instance() or QApplication([])
    window = create_main_window(model_path)
    window.resize(*size)
    window.show()
    if window.active_model.current is None:
        loop = QEventLoop()
        window.active_model.changed.connect(loop.quit)
        window.active_model.loadFailed.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    window.set_reading_mode("digit")
    return app, window
