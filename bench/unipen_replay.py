"""Real-handwriting benchmark: UNIPEN stylus digits replayed through the real canvas.

Each of the 4,777 dev samples is drawn as left-button mouse events into the
canvas of the real main window (default model unless --model), scaled to a
random 35-80 % of the canvas' smaller side at a random position; the script
waits until the last change has been predicted and compares the digit with the label.

Writers are split in two (``desktop.automation.is_held_out``): the pen width
and edge softness of the preprocessing were chosen on the *tuning* writers
only; the figure to report is the *held-out* writers'.

Usage: QT_QPA_PLATFORM=offscreen python bench/unipen_replay.py [--limit N] [--seed 0] [--model PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402

from desktop.automation import draw_stroke, is_held_out, load_unipen, open_main_window, place_strokes  # noqa: E402


class Shown:
    """Remembers the last prediction the window reported."""

    def __init__(self) -> None:
        self.digit = -1

    def __call__(self, digit: int, probs: list) -> None:
        self.digit = digit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N samples (0 = all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model")
    args = parser.parse_args()

    app, window = open_main_window(args.model)
    canvas = window.findChild(type(window.draw_area.canvas), "canvas")
    shown = Shown()
    window.predictionChanged.connect(shown)
    samples = load_unipen()
    if args.limit:
        samples = samples[: args.limit]
    rng = np.random.default_rng(args.seed)
    square = canvas.square()
    hits: dict[str, dict[int, list[int]]] = {"held-out": defaultdict(list), "tuning": defaultdict(list)}
    start = time.perf_counter()
    for sample in samples:
        canvas.clear()
        app.processEvents()
        for stroke in place_strokes(sample["strokes"], square.width(), rng):
            draw_stroke(canvas, stroke, square.topLeft())
        deadline = time.perf_counter() + 5
        while window.draw_area.live.pending():  # let the throttled final update run
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            if time.perf_counter() > deadline:
                raise SystemExit("no prediction within 5 s")
        group = "held-out" if is_held_out(sample["writer"]) else "tuning"
        hits[group][sample["label"]].append(int(shown.digit == sample["label"]))
    took = time.perf_counter() - start

    model = window.active_model.current.name
    print(f"model {model}; {len(samples)} samples replayed in {took:.0f} s ({took / len(samples) * 1000:.1f} ms each)")
    for group, per_digit in hits.items():
        flat = [h for v in per_digit.values() for h in v]
        if not flat:
            continue
        digits = "  ".join(f"{d}:{np.mean(per_digit[d]):.1%}" for d in sorted(per_digit))
        print(f"{group:9s} writers: {np.mean(flat):.2%} of {len(flat)}   per digit {digits}")
    everything = [h for g in hits.values() for v in g.values() for h in v]
    print(f"all writers: {np.mean(everything):.2%} of {len(everything)}")
    window.close()


if __name__ == "__main__":
    main()
