"""Real-handwriting benchmark: UNIPEN stylus digits, non-digits and writing styles replayed through the real canvas.

Each of the 4,777 dev samples is drawn as left-button mouse events into the
canvas of the real main window (default model unless --model), scaled to a
random 35-80 % of the canvas' smaller side at a random position; the script
waits until the last change has been predicted and compares what the window
reports (``predictionChanged``: a digit, or -1 for "not a digit") with the
label. A digit counts as read only when it is the right digit, not rejected.

Writers are split by ``desktop.core.pen_samples.writer_part``: the figure to
report is the *held-out* ("report") writers', who were never trained or
tuned on. Then held-out writers' non-digits (symbols and letters of
``unipen-dev-nondigits.json.gz``; ``--nondigits`` of them, a random choice)
every held-out symbol (+ * < > = ? % $ & # @, the hardest non-digits),
and ``--styles`` samples of each writing style of ``core/writing_styles.py``
(made with another seed than the recipe's, the style that adds to a real
digit taking held-out writers' digits) are replayed the same way.

Usage: QT_QPA_PLATFORM=offscreen python bench/unipen_replay.py [--limit N] [--nondigits 2000] [--symbols 1] [--styles 100]
       [--seed 0] [--model PATH]
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
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402

from desktop.automation import draw_stroke, load_unipen, open_main_window, place_strokes  # noqa: E402
from desktop.core.locations import PEN_NONDIGITS, shared_data_file  # noqa: E402
from desktop.core.pen_samples import PenSample, load_samples, writer_part  # noqa: E402
from desktop.core.stroke_evaluation import rejected_by_kind  # noqa: E402
from desktop.core.writing_styles import STYLES  # noqa: E402


class Shown:
    """Remembers the last prediction the window reported."""

    def __init__(self) -> None:
        self.digit = -1

    def __call__(self, digit: int, probs: list) -> None:
        self.digit = digit


def replay(app, window, canvas, shown: Shown, strokes, rng) -> int:
    """Draw one sample on a clear canvas; the digit the window then reports (-1: not a digit)."""
    square = canvas.square()
    canvas.clear()
    app.processEvents()
    for stroke in place_strokes(strokes, square.width(), rng):
        draw_stroke(canvas, stroke, square.topLeft())
    deadline = time.perf_counter() + 5
    while window.draw_area.live.pending():  # let the throttled final update run
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        if time.perf_counter() > deadline:
            raise SystemExit("no prediction within 5 s")
    return shown.digit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N digit samples (0 = all)")
    parser.add_argument("--nondigits", type=int, default=2000, help="held-out non-digits to replay (0 = none)")
    parser.add_argument("--symbols", type=int, default=1, help="also replay every held-out symbol (0 = no)")
    parser.add_argument("--styles", type=int, default=100, help="samples of each writing style (0 = none)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model")
    args = parser.parse_args()
    machine.report()

    app, window = open_main_window(args.model)
    canvas = window.findChild(type(window.draw_area.canvas), "canvas")
    shown = Shown()
    window.predictionChanged.connect(shown)
    samples = load_unipen()
    if args.limit:
        samples = samples[: args.limit]
    rng = np.random.default_rng(args.seed)
    groups = {"report": "held-out", "calibrate": "calibration", "train": "training"}
    hits: dict[str, dict[int, list[int]]] = {name: defaultdict(list) for name in groups.values()}
    rejected: dict[str, list[int]] = defaultdict(list)
    start = time.perf_counter()
    for sample in samples:
        digit = replay(app, window, canvas, shown, sample["strokes"], rng)
        group = groups[writer_part(sample["writer"])]
        hits[group][sample["label"]].append(int(digit == sample["label"]))
        rejected[group].append(int(digit == -1))
    took = time.perf_counter() - start

    model = window.active_model.current.name
    print(f"model {model}; {len(samples)} digit samples replayed in {took:.0f} s "
          f"({took / max(len(samples), 1) * 1000:.1f} ms each)")
    for group, per_digit in hits.items():
        flat = [h for v in per_digit.values() for h in v]
        if not flat:
            continue
        digits = "  ".join(f"{d}:{np.mean(per_digit[d]):.1%}" for d in sorted(per_digit))
        print(f"{group:11s} writers: {np.mean(flat):.2%} of {len(flat)} read, {np.mean(rejected[group]):.2%} "
              f"called not a digit;  per digit {digits}")

    held_non = ([s for s in load_samples(shared_data_file(PEN_NONDIGITS)) if writer_part(s.writer) == "report"]
                if args.nondigits or args.symbols else [])
    if args.nondigits:
        picked = [held_non[i] for i in rng.permutation(len(held_non))[: args.nondigits]]
        said = np.array([replay(app, window, canvas, shown, list(s.strokes), rng) for s in picked])
        kinds = rejected_by_kind(picked, said)
        print(f"held-out non-digits: {np.mean(said == -1):.2%} of {len(said)} called not a digit "
              f"(from {len(held_non):,} by held-out writers): letters {kinds['letters_rejected'] or 0:.2%} of "
              f"{kinds['letters']}, symbols {kinds['symbols_rejected'] or 0:.2%} of {kinds['symbols']}")
    if args.symbols:
        pool = [s for s in held_non if not s.is_letter]
        said = np.array([replay(app, window, canvas, shown, list(s.strokes), rng) for s in pool])
        per = {sym: np.mean(said[[s.symbol == sym for s in pool]] == -1) for sym in sorted({s.symbol for s in pool})}
        print(f"held-out symbols (all {len(pool)}): {np.mean(said == -1):.2%} called not a digit; "
              + "  ".join(f"{sym} {share:.0%}" for sym, share in per.items()))

    if args.styles:
        style_rng = np.random.default_rng(args.seed + 1000)
        held_digits = [PenSample(s["label"], tuple(np.asarray(k, float) for k in s["strokes"]), s["writer"])
                       for s in samples if writer_part(s["writer"]) == "report"]
        parts = []
        for style in STYLES:
            bases = [s for s in held_digits if s.label == style.digit] if style.uses_real_samples else []
            right = []
            for i in range(args.styles):
                base = list(bases[int(style_rng.integers(len(bases)))].strokes) if bases and i % 2 else None
                right.append(replay(app, window, canvas, shown, style.make(style_rng, base), rng) == style.digit)
            parts.append(f"{style.name} {np.mean(right):.0%}")
        print(f"writing styles ({args.styles} each, read right): " + ", ".join(parts))
    window.close()


if __name__ == "__main__":
    main()
