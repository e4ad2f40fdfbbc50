"""Draw latency: mouse event on the canvas -> prediction shown, p50/p95.

Replays UNIPEN samples through the real window's canvas as left-button mouse
events paced like a 125 Hz mouse (one event every 8 ms, from a Qt timer, so
the event loop runs between events as in real use). For every event the
latency is the time until the first prediction that includes it has been put
on screen (28x28 view, bars, digit label updated; the repaint follows in the
same frame). Also times the pieces of one update.

Pen-up events are also reported apart: with a model that has a path network,
the drawing's pen path is read then (``core/path_reading.py``).

Then the same for drawings that are heavy on ink: a dense drawing of 300 and
of 1,000 short strokes, one 1,000-point stroke, and 10 strokes erased over by
50 eraser strokes. Each one's first strokes are put on the canvas directly
and only its last strokes are replayed as mouse events; for each the script
prints the event -> shown latency and the time to turn the strokes into the
28x28 image, both from scratch (erasers applied, rendered) and as a live
update does it (while the last stroke is in progress).

Usage: QT_QPA_PLATFORM=offscreen python bench/draw_latency.py [--samples 150] [--interval-ms 8] [--no-unipen]
       [--model PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.automation import load_unipen, open_main_window, place_strokes  # noqa: E402
from desktop.core.strokes import Stroke, apply_erasers, to_mnist  # noqa: E402

UNITS = 1000.0  # the canvas's own units (a 1000 x 1000 square)
T = QMouseEvent.Type


class Replayer:
    """Sends one queued mouse event per timer tick and records when each was shown."""

    def __init__(self, canvas, live, interval_ms: int) -> None:
        self.canvas = canvas
        self.queue: list[tuple] = []
        self.pending: list[tuple[float, bool]] = []  # (sent at, a pen-up)
        self.latencies: list[float] = []
        self.release_latencies: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        live.updated.connect(self.shown)  # connected after the views: runs once they are updated
        self.loop = QEventLoop()

    def shown(self, image, probs) -> None:
        now = time.perf_counter()
        self.latencies.extend(now - t for t, _ in self.pending)
        self.release_latencies.extend(now - t for t, up in self.pending if up)
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
        if kind == "eraser":
            self.canvas.eraser = pos
            return
        event = QMouseEvent(kind, pos, self.canvas.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
        self.pending.append((time.perf_counter(), kind == T.MouseButtonRelease))
        QApplication.sendEvent(self.canvas, event)

    def add_stroke(self, positions: list[QPointF]) -> None:
        """Queue press, moves and release along ``positions`` (widget pixels)."""
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        self.queue.append((T.MouseButtonPress, positions[0], left, left))
        self.queue += [(T.MouseMove, p, none, left) for p in positions[1:]]
        self.queue.append((T.MouseButtonRelease, positions[-1], left, none))

    def run(self) -> np.ndarray:
        """Send everything queued; the latencies (ms) recorded meanwhile."""
        self.latencies, self.release_latencies = [], []
        self.timer.start()
        self.loop.exec()
        return np.array(self.latencies) * 1000


# -- heavy drawings, in canvas units ---------------------------------------------------------------

def short_strokes(n: int, rng: np.random.Generator) -> list[np.ndarray]:
    """``n`` quick dashes of 4-6 points, 20-60 units long, scattered over a digit-sized box."""
    strokes = []
    for _ in range(n):
        start = rng.uniform((300, 200), (700, 800))
        k = int(rng.integers(4, 7))
        angle = rng.uniform(0, 2 * np.pi) + np.cumsum(rng.normal(0, 0.3, k - 1))
        steps = rng.uniform(5, 12, (k - 1, 1)) * np.stack([np.cos(angle), np.sin(angle)], axis=1)
        strokes.append(np.vstack([start, start + np.cumsum(steps, axis=0)]))
    return strokes


def long_stroke(n: int = 1000) -> np.ndarray:
    """One scribble of ``n`` points over a digit-sized area, about 6 units apart."""
    t = np.linspace(0, 1, n)
    x = 500 + 180 * np.sin(2 * np.pi * 9 * t) + 40 * np.sin(2 * np.pi * 23 * t)
    y = 200 + 600 * t + 60 * np.sin(2 * np.pi * 5 * t)
    return np.stack([x, y], axis=1)


def erased_digit(rng: np.random.Generator) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """10 strokes of 30 points forming a loopy digit, and 50 eraser strokes of 10 points over it."""
    strokes = []
    for i in range(10):
        t = np.linspace(0, np.pi, 30) + i * 0.6
        centre = (500, 330 if i % 2 else 670)
        strokes.append(np.stack([centre[0] + 170 * np.cos(t), centre[1] + 160 * np.sin(t)], axis=1))
    erasers = []
    for _ in range(50):
        start = rng.uniform((320, 170), (680, 830))
        direction = rng.uniform(0, 2 * np.pi)
        erasers.append(start + np.linspace(0, 80, 10)[:, None] * [np.cos(direction), np.sin(direction)])
    return strokes, erasers


def heavy_drawings(rng: np.random.Generator) -> dict[str, tuple[list, list]]:
    """name -> (strokes put on the canvas directly, strokes replayed); each stroke is (points, erase)."""
    dense300 = [(s, False) for s in short_strokes(300, rng)]
    dense1000 = [(s, False) for s in short_strokes(1000, rng)]
    strokes, erasers = erased_digit(rng)
    erased = [(s, False) for s in strokes] + [(e, True) for e in erasers]
    return {
        "300 short strokes": (dense300[:-10], dense300[-10:]),
        "1,000 short strokes": (dense1000[:-10], dense1000[-10:]),
        "one 1,000-point stroke": ([], [(long_stroke(), False)]),
        "10 strokes + 50 erasers": (erased[:-10], erased[-10:]),
    }


def timed(fn, reps: int = 200, budget_s: float = 3.0) -> np.ndarray:
    """Milliseconds of ``reps`` calls (fewer once ``budget_s`` is used up, at least 5)."""
    times: list[float] = []
    start = time.perf_counter()
    while len(times) < reps and (len(times) < 5 or time.perf_counter() - start < budget_s):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return np.array(times)


def p50_p95(values: np.ndarray) -> str:
    return f"{np.percentile(values, 50):7.2f} {np.percentile(values, 95):7.2f}"


def heavy_case(canvas, live, replay: Replayer, preload: list, replayed: list) -> tuple[np.ndarray, ...]:
    """Latencies of the replayed strokes, then render times from scratch and as a live update."""
    sq = canvas.square()
    k = sq.width() / UNITS
    width = canvas.brush_px / k  # the brush in canvas units, as the canvas stores it
    canvas.clear()
    canvas.eraser = False
    for points, erase in preload:
        canvas.drawing.add(Stroke.of(points, width, erase))
    canvas.undo()  # undo + redo: repaint and predict what is now on the canvas
    canvas.redo()
    # Setting up: the picture of the preloaded ink is painted once, as it would have been while
    # those strokes were drawn one by one; that is not part of drawing the next stroke.
    canvas.repaint()
    live.throttle.run_now()
    QApplication.processEvents()

    def positions(points):
        return [QPointF(sq.x() + x * k, sq.y() + y * k) for x, y in points]

    for points, erase in replayed:
        replay.queue.append(("eraser", erase, None, None))
        replay.add_stroke(positions(points))
    latencies = replay.run()

    # Render times for the finished drawing: from scratch, and live with its last stroke in progress.
    strokes = list(canvas.drawing.strokes)
    scratch = timed(lambda: to_mnist([p for p, _ in apply_erasers(strokes)]))
    canvas.undo()
    points, erase = replayed[-1]
    with stroke_in_progress(canvas, positions(points), erase):
        live_times = timed(live.current_image)
    return latencies, scratch, live_times


@contextmanager
def stroke_in_progress(canvas, positions: list[QPointF], erase: bool = False):
    """Press and move along ``positions`` (widget pixels) on entry, release on exit."""
    canvas.eraser = erase
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, p in [(T.MouseButtonPress, positions[0])] + [(T.MouseMove, p) for p in positions[1:]]:
        event = QMouseEvent(kind, p, canvas.mapToGlobal(p), left if kind == T.MouseButtonPress else none, left,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas, event)
    try:
        yield
    finally:
        event = QMouseEvent(T.MouseButtonRelease, positions[-1], canvas.mapToGlobal(positions[-1]), left, none,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas, event)
        canvas.eraser = False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=150)
    parser.add_argument("--interval-ms", type=int, default=8)
    parser.add_argument("--no-unipen", action="store_true", help="only the heavy drawings")
    parser.add_argument("--model", help="a .keras file (default: the shipped default model)")
    args = parser.parse_args()
    machine.report()

    _, window = open_main_window(args.model)
    canvas, live = window.draw_area.canvas, window.draw_area.live
    square = canvas.square()
    rng = np.random.default_rng(1)
    replay = Replayer(canvas, live, args.interval_ms)
    samples = load_unipen()[: args.samples]
    if not args.no_unipen:
        for sample in samples:
            replay.queue.append(("clear", None, None, None))
            for stroke in place_strokes(sample["strokes"], square.width(), rng):
                replay.add_stroke([QPointF(square.x() + x, square.y() + y) for x, y in stroke])
        n_events = sum(1 for q in replay.queue if q[0] != "clear")
        lat = replay.run()
        print(f"{len(samples)} samples, {n_events} mouse events every {args.interval_ms} ms; {len(lat)} latencies")
        print(f"event -> prediction shown: p50 {np.percentile(lat, 50):.2f} ms  p95 {np.percentile(lat, 95):.2f} ms  "
              f"p99 {np.percentile(lat, 99):.2f} ms  max {lat.max():.2f} ms")
        up = np.array(replay.release_latencies) * 1000
        print(f"of which pen-up ({len(up)}; the pen path is read then, if the model has a path network): "
              f"p50 {np.percentile(up, 50):.2f} ms  p95 {np.percentile(up, 95):.2f} ms")

        # The pieces of one update, on a typical drawing with its last stroke in progress.
        sample = samples[0]
        placed = place_strokes(sample["strokes"], square.width(), rng)
        canvas.clear()
        for stroke in placed[:-1]:
            replay.add_stroke([QPointF(square.x() + x, square.y() + y) for x, y in stroke])
        replay.run()
        paths = [np.asarray(s, float) for s in sample["strokes"]]
        predictor = window.active_model.current.predictor
        path_reader = window.active_model.current.path_reader
        image = to_mnist(paths)
        print(f"the model call is {type(predictor).__name__}'s")
        with stroke_in_progress(canvas, [QPointF(square.x() + x, square.y() + y) for x, y in placed[-1]]):
            for name, fn in (("strokes -> 28x28 (scratch)", lambda: to_mnist(paths)),
                             ("strokes -> 28x28 (live)", live.current_image),
                             ("model call", lambda: predictor(image)),
                             *([("pen path read (at pen-up)", lambda: path_reader.net(paths))] if path_reader
                               else []),
                             ("whole update incl. views", live.update_now)):
                times = timed(fn)
                print(f"{name:26s} p50 {np.median(times):.2f} ms  p95 {np.percentile(times, 95):.2f} ms")

    print("\nheavy drawings (ms, p50 p95): strokes -> 28x28 from scratch / as a live update; event -> shown")
    print(f"{'drawing':26s} {'events':>6s} {'from scratch':>15s} {'live update':>15s} {'event -> shown':>15s}")
    for name, (preload, replayed) in heavy_drawings(np.random.default_rng(7)).items():
        latencies, scratch, live_times = heavy_case(canvas, live, replay, preload, replayed)
        print(f"{name:26s} {len(latencies):6d} {p50_p95(scratch)} {p50_p95(live_times)} {p50_p95(latencies)}",
              flush=True)
    canvas.clear()
    window.close()


if __name__ == "__main__":
    main()
