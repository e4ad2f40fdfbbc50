"""What watching the network learn costs: epoch time and GUI smoothness with the live view shown vs off.

Side by side in one process, alternating within each round, on the real main
window (offscreen) with the Train area's defaults (seed-cnn) on a subset of MNIST:

(a) seconds per epoch (first epoch of each run left out) with
    - "off": "Watch the network" unticked (no snapshots, the view hidden),
    - "hidden": snapshots taken but the view not on screen (the Confusion matrix tab in front),
    - "shown": snapshots taken and drawn beside the curves;
    ratio shown / off is the cost of the live view (target <= 1.03);
(b) the GUI thread during a run with the view shown: intervals of a 10 ms
    QTimer (p50, p99, max; targets p99 <= 20 ms, max <= 50 ms), in runs of their own
    (the probe timer is Python work on the GUI thread and would slow the run it times);
(c) the GUI thread's time per snapshot drawn, and the snapshots taken and kept per run.

Usage: QT_QPA_PLATFORM=offscreen python bench/live_view_cost.py [--rounds 4] [--epochs 3] [--subset 20000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import machine  # noqa: E402  (bench/machine.py)

if (REPO.parent / "shared" / "data" / "mnist.npz").is_file():
    os.environ.setdefault("DIGITS_MNIST", str(REPO.parent / "shared" / "data" / "mnist.npz"))

import numpy as np  # noqa: E402

ARMS = ("off", "hidden", "shown")


def run_once(window, arm: str, probe: bool) -> tuple[list[float], list[float], int, int, list[float]]:
    """One training run in the Train area; returns epoch seconds (first left out), GUI timer intervals
    (ms, with ``probe``), snapshots delivered, snapshots kept, and CPU seconds of the whole process per
    epoch (first left out): unlike wall time, not stretched when the host takes the CPU away, and it
    counts the GUI thread's drawing too."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    area = window.train_area
    window.tabs.setCurrentWidget(area)
    area.form.watch_check.setChecked(arm != "off")
    area.views.setCurrentIndex(1 if arm == "hidden" else 0)
    ends: list[float] = []
    cpu: list[float] = []
    ticks: list[float] = []
    delivered = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    area.trainingFinished.connect(loop.quit)
    area.trainingFailed.connect(loop.quit)
    area.start()
    def stamp(*_) -> None:  # on the worker thread (a direct connection): no queueing delay
        ends.append(time.perf_counter())
        cpu.append(time.process_time())

    area.worker.trainingStarted.connect(stamp, Qt.ConnectionType.DirectConnection)
    area.worker.epochEnded.connect(stamp, Qt.ConnectionType.DirectConnection)
    area.worker.snapshotTaken.connect(delivered.append, Qt.ConnectionType.DirectConnection)
    if probe:
        timer.start()
    loop.exec()
    timer.stop()
    area.trainingFinished.disconnect(loop.quit)
    area.trainingFailed.disconnect(loop.quit)
    first, last = ends[0], ends[-1]
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:]) if a >= first and b <= last]
    kept = len(area.outcome.snapshots) if area.outcome is not None else 0
    return list(np.diff(ends))[1:], gaps, len(delivered), kept, list(np.diff(cpu))[1:]


def fast_half(xs: list[float]) -> float:
    """Median of the faster half (this machine runs some epochs at half speed, in every arm alike)."""
    return statistics.median(sorted(xs)[: max(1, len(xs) // 2)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--subset", type=int, default=20_000, help="MNIST training images per run (0: all)")
    args = parser.parse_args()
    machine.report()
    from desktop.automation import open_main_window

    app, window = open_main_window(size=(1400, 850))
    area = window.train_area
    area.form.subset_spin.setValue(args.subset)
    area.form.epochs_spin.setValue(args.epochs)
    draw_ms: list[float] = []
    view = area.live_view
    original = view.show_snapshot

    def timed_show(snapshot) -> None:
        start = time.perf_counter()
        original(snapshot)
        draw_ms.append((time.perf_counter() - start) * 1000)

    view.show_snapshot = timed_show
    epochs = {arm: [] for arm in ARMS}
    cpu = {arm: [] for arm in ARMS}
    gaps: list[float] = []
    taken, kept = [], []
    run_once(window, "shown", probe=False)  # warm-up: tracing, first data load
    for round_ in range(args.rounds):
        order = ARMS if round_ % 2 == 0 else tuple(reversed(ARMS))
        for arm in order:
            seconds, _, delivered, held, cpu_seconds = run_once(window, arm, probe=False)
            epochs[arm] += seconds
            cpu[arm] += cpu_seconds
            if arm == "shown":
                taken.append(delivered)
                kept.append(held)
        _, intervals, _, _, _ = run_once(window, "shown", probe=True)
        gaps += intervals
        print(f"round {round_ + 1}: " + ", ".join(f"{arm} {statistics.median(epochs[arm][-(args.epochs - 1):]):.2f} s"
                                                  for arm in ARMS), flush=True)
    window.close()
    n = args.subset or 60_000
    print(f"\nseed-cnn, {n:,} MNIST images, {args.rounds} rounds x {args.epochs} epochs per arm (first epoch of each "
          f"run left out), arms alternating; window 1400x850 offscreen")
    for arm in ARMS:
        print(f"{arm:>7} s/epoch: median {statistics.median(epochs[arm]):.2f}, faster half {fast_half(epochs[arm]):.2f}"
              f"  all {[round(float(x), 2) for x in epochs[arm]]}; CPU s/epoch median {statistics.median(cpu[arm]):.2f}")
    off, shown, hidden = (statistics.median(epochs[a]) for a in ("off", "shown", "hidden"))
    print(f"ratio shown / off: medians {shown / off:.3f}, faster halves "
          f"{fast_half(epochs['shown']) / fast_half(epochs['off']):.3f}  (target <= 1.03); "
          f"hidden / off {hidden / off:.3f}")
    c_off, c_shown = statistics.median(cpu["off"]), statistics.median(cpu["shown"])
    print(f"CPU seconds per epoch (whole process, all threads) shown / off: {c_shown / c_off:.3f}; "
          f"hidden / off {statistics.median(cpu['hidden']) / c_off:.3f}")
    g = np.array(gaps)
    print(f"GUI 10 ms timer, view shown: {len(g)} intervals, p50 {np.percentile(g, 50):.1f} ms, p99 "
          f"{np.percentile(g, 99):.1f} ms, max {g.max():.1f} ms  (targets p99 <= 20, max <= 50); "
          f"> 20 ms: {(g > 20).sum()}, > 50 ms: {(g > 50).sum()}")
    d = np.array(draw_ms)
    print(f"GUI thread per snapshot drawn: median {np.median(d):.1f} ms, p99 {np.percentile(d, 99):.1f} ms, "
          f"max {d.max():.1f} ms over {len(d)} snapshots")
    print(f"snapshots per shown run: taken {statistics.median(taken):.0f}, kept for the replay {statistics.median(kept):.0f}")


if __name__ == "__main__":
    main()
