"""Whole numbers benchmark: 2-8 real pen digits of one held-out writer, written in a row on the real canvas.

For each sequence length, ``--per-length`` numbers are made from the UNIPEN dev
digits of one *held-out* ("report") writer at a time (never trained or tuned
on): the writer's own digits at their own size (``core.number.compose``), with
random gaps from touching to half a digit wide, baseline drift of up to a
tenth of the height per digit and a slant of up to +-0.15; each is scaled into
the canvas of the real main window in number mode and drawn as left-button
mouse events. Reported: exact-number accuracy and per-digit accuracy per
length, the same digits read one at a time (what single-digit mode reads:
``to_mnist`` of the digit's strokes, and their pen path when the model has a path network), and the latency from releasing the last
stroke to ``numberChanged`` (p50/p95 per length; the app reads after every
stroke, as it does while a person writes), plus the number reading's own time
per update.

Usage: QT_QPA_PLATFORM=offscreen python bench/number_replay.py [--per-length 50] [--seed 0] [--model PATH]
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402

from desktop.automation import draw_stroke, fit_number, open_main_window, unipen_path  # noqa: E402
from desktop.core.number import compose  # noqa: E402
from desktop.core.pen_samples import load_samples, writer_part  # noqa: E402
from desktop.core.path_reading import drawing_reader  # noqa: E402
from desktop.core.strokes import to_mnist  # noqa: E402


def matched(read: str, truth: str) -> int:
    """Digits read right, aligned as text (a missing or extra digit shifts no others; it counts as wrong)."""
    return sum(block.size for block in difflib.SequenceMatcher(a=read, b=truth, autojunk=False).get_matching_blocks())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-length", type=int, default=50, help="numbers of each length 2-8")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--writers", choices=["report", "train"], default="report",
                        help="held-out writers (the figures to quote) or training writers (to develop on)")
    parser.add_argument("--model", default=None, help="a .keras file (default: the shipped default model)")
    args = parser.parse_args()
    machine.report()
    rng = np.random.default_rng(args.seed)
    by_writer: dict[str, list] = defaultdict(list)
    for sample in load_samples(unipen_path()):
        if sample.label >= 0 and writer_part(sample.writer) == args.writers:
            by_writer[sample.writer].append(sample)
    writers = sorted(w for w, samples in by_writer.items() if len(samples) >= 8)
    app, window = open_main_window(args.model, size=(1200, 760))
    window.set_reading_mode("number")
    area = window.draw_area
    canvas = area.canvas
    said: list[tuple[float, str]] = []
    window.numberChanged.connect(lambda text, confidences: said.append((time.perf_counter(), text)))
    update_ms: list[float] = []
    original = area.number.update

    def timed_update():
        start = time.perf_counter()
        result = original()
        update_ms.append((time.perf_counter() - start) * 1000)
        return result

    area.number.update = timed_update
    loaded = window.active_model.reader

    read_drawing = drawing_reader(loaded.predictor, loaded.calibration, loaded.path_reader)

    def read_alone(sample) -> int | None:
        digit, _ = read_drawing(to_mnist(list(sample.strokes)), list(sample.strokes))
        return None if digit < 0 else digit

    figures = {}
    for length in range(2, 9):
        exact = digits_right = digits = alone_right = alone = 0
        latencies = []
        for _ in range(args.per_length):
            writer = writers[rng.integers(len(writers))]
            pool = by_writer[writer]
            pick = [pool[i] for i in rng.choice(len(pool), length, replace=len(pool) < length)]
            truth = "".join(str(p.label) for p in pick)
            strokes = compose([p.strokes for p in pick], rng, gap=(0.0, 0.5), drift=0.1,
                              slant=rng.uniform(-0.15, 0.15))
            canvas.clear()
            app.processEvents()
            square = canvas.square()
            placed = fit_number(strokes, square.width(), 0.94, 0.45, top=rng.uniform(0.1, 0.9))
            for stroke in placed:  # stroke by stroke, the app reading as it goes (a person pauses between)
                release: list[float] = []  # the reading runs inside the release event: time from before it
                draw_stroke(canvas, stroke, square.topLeft(),
                            before_release=lambda: release.append(time.perf_counter()))
                released = release[0]
                deadline = released + 5
                while area.live.pending():
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
                    if time.perf_counter() > deadline:
                        raise SystemExit("no reading within 5 s")
            after = [t for t, _ in said if t >= released]
            latencies.append(((after[-1] if after else time.perf_counter()) - released) * 1000)
            read = area.number.reading.text
            exact += read == truth
            digits_right += matched(read, truth)
            digits += max(len(read), length)  # a digit read too many counts as a digit wrong
            alone_right += sum(read_alone(p) == p.label for p in pick)
            alone += length
        figures[length] = (exact / args.per_length, digits_right / digits, alone_right / alone,
                           np.percentile(latencies, 50), np.percentile(latencies, 95))
        print(f"{length} digits: exact {exact}/{args.per_length} = {exact / args.per_length:.1%}, per digit "
              f"{digits_right / digits:.1%} (alone {alone_right / alone:.1%}), latency p50 "
              f"{figures[length][3]:.1f} ms, p95 {figures[length][4]:.1f} ms", flush=True)
    window.set_reading_mode("digit")
    window.close()
    print(f"\nheld-out writers ({len(writers)} with 8+ digits), {args.per_length} numbers per length, seed {args.seed}")
    print("| digits | exact number | per digit in the number | same digits read alone | latency p50 / p95 |")
    print("| --- | --- | --- | --- | --- |")
    for length, (ex, per, alone, p50, p95) in figures.items():
        print(f"| {length} | {ex:.1%} | {per:.1%} | {alone:.1%} | {p50:.1f} / {p95:.1f} ms |")
    u = np.array(update_ms)
    print(f"number reading per update (grouping, cached reads, merges): median {np.median(u):.1f} ms, "
          f"p95 {np.percentile(u, 95):.1f} ms, max {u.max():.1f} ms over {len(u)} updates")


if __name__ == "__main__":
    main()
