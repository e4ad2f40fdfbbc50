"""GUI smoothness while the My samples area adapts the model, and how long the Adapt button takes.

The real main window (offscreen) keeps 20 samples of one never-trained-on
writer (2 of each digit), then presses Adapt (2-fold check + the final
adaptation, as the app does). A 10 ms QTimer on the GUI thread records its
intervals throughout; printed per round: seconds from the press to the
figures, timer p50 / p99 / max, then the medians over the rounds.

Usage: QT_QPA_PLATFORM=offscreen python bench/adapt_responsiveness.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import machine  # noqa: E402  (bench/machine.py)
if (REPO.parent / "shared" / "data" / "mnist.npz").is_file():
    os.environ.setdefault("DIGITS_MNIST", str(REPO.parent / "shared" / "data" / "mnist.npz"))
_TMP = Path(tempfile.mkdtemp(prefix="adapt-bench-"))
os.environ["DIGITS_SAMPLES"] = str(_TMP / "my-samples.json")  # never the user's own set

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from desktop.automation import open_main_window  # noqa: E402
from desktop.core.locations import PEN_DIGITS, shared_data_file  # noqa: E402
from desktop.core.pen_samples import load_samples, split_by_writer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    machine.report()
    app, window = open_main_window()
    pool = split_by_writer(load_samples(shared_data_file(PEN_DIGITS)))["report"]
    writer = pool[0].writer
    for digit in range(10):
        for sample in [s for s in pool if s.writer == writer and s.label == digit][:2]:
            window.samples.keep(digit, sample.strokes)
    area = window.samples_area
    window.tabs.setCurrentWidget(area)
    rows = []
    for round_ in range(args.rounds):
        intervals: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            intervals.append((now - last[0]) * 1000)
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        area.adaptEnded.connect(loop.quit)
        start = time.perf_counter()
        timer.start()
        area.start_adapt(_TMP / f"adapted-{round_}.keras")
        loop.exec()
        seconds = time.perf_counter() - start
        timer.stop()
        area.adaptEnded.disconnect(loop.quit)
        x = np.array(intervals)
        rows.append((seconds, np.percentile(x, 50), np.percentile(x, 99), x.max()))
        print(f"round {round_ + 1}: {seconds:.1f} s, timer p50 {rows[-1][1]:.1f} ms, p99 {rows[-1][2]:.1f} ms, "
              f"max {rows[-1][3]:.1f} ms ({len(x)} ticks)", flush=True)
    med = [statistics.median(r[i] for r in rows) for i in range(4)]
    print(f"median: {med[0]:.1f} s per Adapt press (2-fold check + final adaptation), timer p50 {med[1]:.1f} ms, "
          f"p99 {med[2]:.1f} ms, max {med[3]:.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
