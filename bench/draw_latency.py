"""Draw latency: mouse event on the canvas -> prediction shown, p50/p95.

Replays UNIPEN samples through the real window's canvas as left-button mouse
events paced like a 125 Hz mouse (one event every 8 ms, from a Qt timer, so
the event loop runs between events as in real use). For every event the
latency is the time until the first prediction that includes it has been put
on screen (28x28 view, bars, digit label updated; the repaint follows in the
same frame). Also times the pieces of one update.

Usage: QT_QPA_PLATFORM=offscreen python bench/draw_latency.py [--samples 150] [--interval-ms 8]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.automation import load_unipen, open_main_window, place_strokes  # noqa: E402
from desktop.core.strokes import to_mnist  # noqa: E402


class Replayer:
    """Sends one queued mouse event per timer tick and records when each was shown."""

    def __init__(self, canvas, live, interval_ms: int) -> None:
        self.canvas = canvas
        self.queue: list[tuple] = []
        self.pending: list[float] = []
        self.latencies: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        live.updated.connect(self.shown)  # connected after the views: runs once they are updated
        self.loop = QEventLoop()

    def shown(self, image, probs) -> None:
        now = time.perf_counter()
        self.latencies.extend(now - t for t in self.pending)
        self.pending.clear()

    def tick(self) -> None:
        if not self.queue:
            if not self.pending:
                self.timer.stop()
                self.loop.quit()
            return
        kind, pos, button, buttons = self.queue.pop(0)
        if kind == "clear":
            self.canvas.clear()
            return
        event = QMouseEvent(kind, pos, self.canvas.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
        self.pending.append(time.perf_counter())
        QApplication.sendEvent(self.canvas, event)

    def run(self) -> None:
        self.timer.start()
        self.loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=150)
    parser.add_argument("--interval-ms", type=int, default=8)
    args = parser.parse_args()

    _, window = open_main_window()
    canvas, live = window.draw_area.canvas, window.draw_area.live
    square = canvas.square()
    rng = np.random.default_rng(1)
    replay = Replayer(canvas, live, args.interval_ms)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    T = QMouseEvent.Type
    samples = load_unipen()[: args.samples]
    for sample in samples:
        replay.queue.append(("clear", None, None, None))
        for stroke in place_strokes(sample["strokes"], square.width(), rng):
            pts = [QPointF(square.x() + x, square.y() + y) for x, y in stroke]
            replay.queue.append((T.MouseButtonPress, pts[0], left, left))
            replay.queue += [(T.MouseMove, p, none, left) for p in pts[1:]]
            replay.queue.append((T.MouseButtonRelease, pts[-1], left, none))
    n_events = sum(1 for q in replay.queue if q[0] != "clear")
    replay.run()
    lat = np.array(replay.latencies) * 1000
    print(f"{len(samples)} samples, {n_events} mouse events every {args.interval_ms} ms; {len(lat)} latencies")
    print(f"event -> prediction shown: p50 {np.percentile(lat, 50):.2f} ms  p95 {np.percentile(lat, 95):.2f} ms  "
          f"p99 {np.percentile(lat, 99):.2f} ms  max {lat.max():.2f} ms")

    # The pieces of one update, on a typical drawing.
    paths = [np.asarray(s, float) for s in samples[0]["strokes"]]
    predictor = window.active_model.current.predictor
    image = to_mnist(paths)
    for name, fn in (("strokes -> 28x28", lambda: to_mnist(paths)), ("model call", lambda: predictor(image)),
                     ("whole update incl. views", live.update_now)):
        times = []
        for _ in range(200):
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
        print(f"{name:26s} p50 {np.median(times):.2f} ms  p95 {np.percentile(times, 95):.2f} ms")
    window.close()


if __name__ == "__main__":
    main()
