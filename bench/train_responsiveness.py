"""Training in the app vs a plain ``model.fit`` script, and GUI smoothness while training.

Both are measured side by side in one process, alternating, on full MNIST
with the same model (seed-cnn), data split, batch size and optimizer:

(a) seconds per epoch: plain ``model.fit`` on numpy arrays vs the Train
    area's worker thread (the real main window shown offscreen, curves
    live); the first epoch of each run (tracing) is left out; ratio = app / plain;
(b) GUI responsiveness during in-app training: intervals of a 10 ms QTimer
    on the GUI thread (p50, p99, max), in a separate in-app run of each round
    (the probe is Python work on the GUI thread and would slow the run it times).

With ``--compare`` it runs itself in fresh processes, alternating the arms
(TensorFlow compute threads 1 or all cores, oneDNN off or on: both are fixed
once TensorFlow starts) over several rounds, and prints one table.

To see what stalls the GUI, ``--stall-dump FILE`` writes every thread's Python stack
whenever the GUI timer misses 40 ms (faulthandler's watchdog thread, which
needs no GIL).

Usage: QT_QPA_PLATFORM=offscreen python bench/train_responsiveness.py [--epochs 3] [--rounds 2] [--stall-dump F]
       python bench/train_responsiveness.py --compare [--rounds 2] [--epochs 2] [--subset 20000]
"""

from __future__ import annotations

import argparse
import bisect
import faulthandler
import gc
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import machine  # noqa: E402  (bench/machine.py)
if (REPO.parent / "shared" / "data" / "mnist.npz").is_file():
    os.environ.setdefault("DIGITS_MNIST", str(REPO.parent / "shared" / "data" / "mnist.npz"))

import numpy as np  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def thread_cpu() -> dict[int, float]:
    """CPU seconds of every thread of this process so far (Linux); empty where /proc is missing."""
    out = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended
            continue
        out[int(tid)] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime
    return out


def cpu_split(marks: list[dict[int, float]], loop_thread: int) -> dict[str, float]:
    """CPU seconds per epoch between the first and last epoch-end marks: TensorFlow's threads, the fit
    loop's thread and the GUI (main) thread; the plain fit's loop runs on the main thread."""
    first, last = marks[0], marks[-1]
    epochs = len(marks) - 1
    split = {"tensorflow": 0.0, "fit loop": 0.0, "GUI": 0.0}
    for tid, seconds in last.items():
        used = (seconds - first.get(tid, 0.0)) / epochs
        kind = "fit loop" if tid == loop_thread else "GUI" if tid == os.getpid() else "tensorflow"
        split[kind] += used
    return split


def plain_fit(data, config) -> list[float]:
    """Epoch times of a plain Keras script with the Train area's settings (same split as the app's core;
    a constant learning rate: the schedule does not change the time)."""
    import keras

    from desktop.core.architectures import build_seed_cnn
    from desktop.core.data import to_model_input
    from desktop.core.training import split_data

    x_tr, y_tr, x_val, y_val = split_data(data, config)
    model = build_seed_cnn()
    model.compile(optimizer=keras.optimizers.Adam(config.learning_rate), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    epochs, batch = config.epochs, config.batch_size
    validation = (to_model_input(x_val), y_val) if len(x_val) else None
    ends, ended, marks = [], [], []

    class Clock(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            ends.append(time.perf_counter())
            marks.append(thread_cpu())

        def on_train_end(self, logs=None):
            ended.append(time.perf_counter())

    start = time.perf_counter()
    model.fit(to_model_input(x_tr), y_tr, batch_size=batch, epochs=epochs,
              validation_data=validation, callbacks=[Clock()], verbose=0)
    PLAIN_LAGS.append(time.perf_counter() - ended[-1])
    SPLITS["plain"].append(cpu_split(marks, threading.get_native_id()))
    return list(np.diff([start] + ends))


def app_fit(app, window, probe: bool, watch: bool = True) -> tuple[list[float], list[float], float]:
    """Epoch times of the Train area's worker, with ``probe`` a 10 ms GUI timer's intervals, and
    the share of the training time the GUI thread spent on the CPU (drawing curves, progress);
    ``watch``: the live view on (the default) or off.

    The probe timer is itself Python work on the GUI thread that competes with
    the worker for the GIL, so epoch times for the ratio come from runs without it.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    area = window.train_area
    window.tabs.setCurrentWidget(area)
    area.form.watch_check.setChecked(watch)
    epochs = area.form.epochs_spin.value()
    ticks: list[float] = []
    ends: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    def tick() -> None:
        ticks.append(time.perf_counter())
        if STALL_DUMP:  # every thread's stack, written by faulthandler's own thread if the GUI misses 40 ms
            faulthandler.dump_traceback_later(0.04, file=STALL_DUMP[0])

    timer.timeout.connect(tick)
    marks: list[dict[int, float]] = []  # every thread's CPU seconds at each epoch's end
    loop_thread: list[int] = []

    def on_started(*_):
        ends.append(time.perf_counter())

    def on_epoch(*_):
        ends.append(time.perf_counter())
        marks.append(thread_cpu())
        loop_thread[:] = [threading.get_native_id()]  # called on the worker's thread

    loop = QEventLoop()
    area.trainingFinished.connect(loop.quit)
    area.trainingFailed.connect(loop.quit)
    area.start()
    # Timestamps are taken on the worker thread, at the moment each epoch starts/ends.
    area.worker.trainingStarted.connect(on_started, Qt.ConnectionType.DirectConnection)
    area.worker.epochEnded.connect(on_epoch, Qt.ConnectionType.DirectConnection)
    snapshots: list[float] = []  # when the worker handed a snapshot to the live view
    area.worker.snapshotTaken.connect(lambda *_: snapshots.append(time.perf_counter()),
                                      Qt.ConnectionType.DirectConnection)
    if probe:
        timer.start()
    cpu_start = time.thread_time()
    loop.exec()
    gui_cpu = time.thread_time() - cpu_start
    area.trainingFinished.disconnect(loop.quit)
    area.trainingFailed.disconnect(loop.quit)
    timer.stop()
    if STALL_DUMP:
        faulthandler.cancel_dump_traceback_later()
    # Only the training itself: from the first epoch's start to the last epoch's end.
    first, last = ends[0], ends[-1]
    gaps = [b - a for a, b in zip(ticks, ticks[1:]) if a >= first and b <= last]
    collected_so_far = collections()
    for a, b in zip(ticks, ticks[1:]):  # where the long gaps fall, to tell what they go with
        if a >= first and b <= last and b - a > 0.04:
            epoch = bisect.bisect(ends, a) - 1
            near = min((abs(t - a) for t in snapshots), default=float("nan"))
            collected = [f"generation {g} for {1000 * (stop - start):.0f} ms" for g, start, stop in collected_so_far
                         if start < b and stop > a]
            print(f"GUI gap {1000 * (b - a):.0f} ms, {a - first:.1f} s into the run (epoch {epoch + 1}, "
                  f"{a - ends[epoch]:.2f} s after it began); nearest live snapshot {1000 * near:.0f} ms away; "
                  f"Python's garbage collector meanwhile: {', '.join(collected) or 'no'}",
                  file=sys.stderr, flush=True)
    RUN_SPANS.append((first, last))
    lag = float("nan")
    if area.outcome is not None:
        lag = area.outcome.result.return_lag_s
        print(f"in-app run: test accuracy {area.outcome.evaluation.accuracy:.2%} after {epochs} epochs; fit returned "
              f"{lag * 1000:.0f} ms after its last callback", file=sys.stderr, flush=True)
    LAGS.append(lag)
    if not probe:
        if len(marks) >= 2:
            SPLITS["app" if watch else "app, live view off"].append(cpu_split(marks, loop_thread[0]))
    return list(np.diff(ends)), gaps, gui_cpu / (last - first)


RUN_SPANS: list[tuple[float, float]] = []  # each in-app run's training, first epoch's start to last's end
GC_EVENTS: list[tuple[str, int, float]] = []  # ("start" | "stop", generation, time) of every garbage collection


def _log_collection(phase: str, info: dict) -> None:
    if info["generation"] >= 1:
        GC_EVENTS.append((phase, info["generation"], time.perf_counter()))


def collections() -> list[tuple[int, float, float]]:
    """(generation, start, stop) of each collection of generation 1 or 2 so far (any thread)."""
    found, begun = [], {}
    for phase, generation, t in list(GC_EVENTS):
        if phase == "start":
            begun[generation] = t
        elif generation in begun:
            found.append((generation, begun.pop(generation), t))
    return found


LAGS: list[float] = []  # seconds from Keras' on_train_end to fit returning, one per in-app run
PLAIN_LAGS: list[float] = []  # the same for the plain fits
STALL_DUMP: list = []  # with --stall-dump: the open file
# CPU seconds per epoch by thread (first epochs left out), one dict per run: unlike wall time, the work
# outside TensorFlow is not stretched when the machine's host takes the CPU away.
SPLITS: dict[str, list[dict[str, float]]] = {"plain": [], "app, live view off": [], "app": []}


def fast_half(xs: list[float]) -> float:
    """Median of the faster half (this machine runs some epochs at half speed, in both arms alike)."""
    return statistics.median(sorted(xs)[: max(1, len(xs) // 2)])


def set_up(area, args) -> None:
    """The Train area's defaults, with the bench's epochs, subset and (if given) batch size."""
    area.form.subset_spin.setValue(args.subset)
    area.form.epochs_spin.setValue(args.epochs)
    if args.batch_size:
        area.form.batch_spin.setValue(args.batch_size)


def measure(args) -> dict:
    """One process: alternating plain and in-app runs; returns the figures."""
    from desktop.automation import open_main_window
    from desktop.core.data import load_mnist

    app, window = open_main_window()  # configures TensorFlow as the app does, then imports it
    import tensorflow as tf

    gc.callbacks.append(_log_collection)

    data = load_mnist()
    set_up(window.train_area, args)
    config = window.train_area.form.config()
    plain, in_app, unwatched, probed, gaps, gui_share, rounds = [], [], [], [], [], [], []
    for round_ in range(args.rounds):
        # The arms' order turns each round, so none always runs first after the probed run.
        arms = ["plain", "off", "on"]
        arms = arms[round_ % 3:] + arms[:round_ % 3]
        medians = {}
        for arm in arms:
            if arm == "plain":
                epochs = plain_fit(data, config)[1:]
                plain += epochs
            else:
                epochs, _, share = app_fit(app, window, probe=False, watch=arm == "on")
                epochs = epochs[1:]
                (in_app if arm == "on" else unwatched).extend(epochs)
                if arm == "on":
                    gui_share.append(share)
            medians[arm] = statistics.median(epochs)
        rounds.append(medians)
        print(f"round {round_ + 1}: s/epoch plain {medians['plain']:.2f}, app live view off {medians['off']:.2f}, "
              f"app {medians['on']:.2f}", file=sys.stderr, flush=True)
        probed_epochs, intervals, _ = app_fit(app, window, probe=True)
        probed += probed_epochs[1:]
        gaps += intervals
    window.close()
    during = [(g, stop - start) for g, start, stop in collections()
              if any(first <= start <= last for first, last in RUN_SPANS)]
    return {"plain": plain, "in_app": in_app, "unwatched": unwatched, "rounds": rounds, "splits": SPLITS,
            "probed": probed, "gaps_ms": [g * 1000 for g in gaps],
            "collections_ms": {g: [d * 1000 for k, d in during if k == g] for g in (1, 2)},
            "trained_s": sum(last - first for first, last in RUN_SPANS),
            "gui_share": gui_share, "lags": LAGS, "plain_lags": PLAIN_LAGS, "threads": tf.config.threading.get_intra_op_parallelism_threads(),
            "onednn": os.environ.get("TF_ENABLE_ONEDNN_OPTS", ""), "config": {
                "batch": config.batch_size, "val": config.validation_split, "n": config.subset or 60000}}


def compare(args) -> None:
    """Alternate the arms in fresh processes over ``args.rounds`` rounds; print one table."""
    cores = os.cpu_count() or 2
    arms = [(threads, onednn) for threads in sorted({1, cores}) for onednn in ("0", "1")]
    if args.arms:  # e.g. "1:1,2:1": threads:oneDNN
        arms = [(int(t), o) for t, o in (arm.split(":") for arm in args.arms.split(","))]
    results: dict[tuple[int, str], list[dict]] = {arm: [] for arm in arms}
    for round_ in range(args.rounds):
        for threads, onednn in arms:
            env = dict(os.environ, DIGITS_THREADS=str(threads), TF_ENABLE_ONEDNN_OPTS=onednn)
            cmd = [sys.executable, __file__, "--json", "--rounds", "1", "--epochs", str(args.epochs),
                   "--subset", str(args.subset)] + (["--batch-size", str(args.batch_size)] if args.batch_size else [])
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            results[(threads, onednn)].append(figures)
            print(f"round {round_ + 1}: threads {threads}, oneDNN {onednn}: in-app "
                  f"{statistics.median(figures['in_app']):.2f} s/epoch, plain {statistics.median(figures['plain']):.2f}",
                  flush=True)
    print(f"\n{args.rounds} rounds, arms alternating, {args.epochs} epochs per run (first left out), "
          f"{args.subset or 60000} images")
    print("threads  oneDNN  plain s/epoch  in-app s/epoch  in-app/plain  faster halves ratio  GUI timer p99 / max ms  "
          "fit's return lag, max")
    for arm in arms:
        runs = results[arm]
        plain = statistics.median([x for r in runs for x in r["plain"]])
        in_app = statistics.median([x for r in runs for x in r["in_app"]])
        gaps = np.array([g for r in runs for g in r["gaps_ms"]])
        fast = fast_half([x for r in runs for x in r["in_app"]]) / fast_half([x for r in runs for x in r["plain"]])
        lag = max(x for r in runs for x in r["lags"])
        print(f"{arm[0]:>7}  {'on' if arm[1] == '1' else 'off':>6}  {plain:13.2f}  {in_app:14.2f}  "
              f"{in_app / plain:12.3f}  {fast:17.3f}  {np.percentile(gaps, 99):6.1f} / {gaps.max():.1f}  "
              f"{lag * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=0, help="default: the Train area's")
    parser.add_argument("--subset", type=int, default=0, help="train on this many MNIST images (0: all)")
    parser.add_argument("--compare", action="store_true", help="alternate thread counts and oneDNN in fresh processes")
    parser.add_argument("--arms", help="with --compare: THREADS:ONEDNN,... (default: 1 and all cores, oneDNN 0 and 1)")
    parser.add_argument("--stall-dump", metavar="FILE", help="write every thread's stack to FILE whenever the GUI "
                        "timer misses 40 ms during the probed runs (to see what stalls it)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stall_dump:
        STALL_DUMP.append(open(args.stall_dump, "w"))
    if args.json:
        print(json.dumps(measure(args)))
        return
    machine.report()
    if args.compare:
        compare(args)
        return
    figures = measure(args)
    plain, in_app, probed, gui_share = figures["plain"], figures["in_app"], figures["probed"], figures["gui_share"]
    gaps_ms = np.array(figures["gaps_ms"])
    p, a = statistics.median(plain), statistics.median(in_app)
    c = figures["config"]
    print(f"seed-cnn, {c['n']:,} MNIST images ({c['val']:.0%} held out for validation), batch {c['batch']}, "
          f"{args.rounds} rounds x {args.epochs} epochs (first epoch of each run left out), {os.cpu_count()} cores, "
          f"TensorFlow intra-op threads {figures['threads']}, oneDNN {'on' if figures['onednn'] == '1' else 'off'}")
    u = statistics.median(figures["unwatched"])
    print(f"plain model.fit          s/epoch: median {p:.2f}  all {[round(float(x), 2) for x in plain]}")
    print(f"app, live view off       s/epoch: median {u:.2f}  all {[round(float(x), 2) for x in figures['unwatched']]}")
    print(f"app (live view on)       s/epoch: median {a:.2f}  all {[round(float(x), 2) for x in in_app]}")
    rounds = figures["rounds"]
    for arm, name in (("off", "live view off"), ("on", "live view on")):
        per_round = [r[arm] / r["plain"] for r in rounds]
        xs = figures["unwatched"] if arm == "off" else in_app
        print(f"ratio app ({name}) / plain: medians {statistics.median(xs) / p:.3f}, per round "
              f"{[round(float(x), 3) for x in per_round]} (median {statistics.median(per_round):.3f}), faster halves "
              f"{fast_half(xs) / fast_half(plain):.3f}")
    print("  (this machine runs some epochs at half speed, in both arms alike; the faster half compares the code "
          "without those episodes)")
    print("CPU seconds per epoch by thread (medians over the runs):")
    print(f"  {'arm':<20} {'TensorFlow':>10} {'fit loop':>9} {'GUI':>6} {'total':>7}")
    totals = {}
    for arm, splits in figures["splits"].items():
        if not splits:
            continue
        row = {k: statistics.median(s[k] for s in splits) for k in ("tensorflow", "fit loop", "GUI")}
        totals[arm] = row
        print(f"  {arm:<20} {row['tensorflow']:10.2f} {row['fit loop']:9.2f} {row['GUI']:6.2f} "
              f"{statistics.median(sum(s.values()) for s in splits):7.2f}")
    if "plain" in totals:
        base = totals["plain"]
        for arm in ("app, live view off", "app"):
            if arm in totals:
                added = totals[arm]["fit loop"] + totals[arm]["GUI"] - base["fit loop"] - base["GUI"]
                print(f"  {arm}: adds {added:.2f} CPU s per epoch outside TensorFlow "
                      f"({100 * added / sum(base.values()):.1f} % of the plain fit's CPU, "
                      f"{100 * added / p:.1f} % of its epoch)")
    print(f"GUI thread on the CPU during in-app training: {100 * statistics.median(gui_share):.1f} % of the time "
          f"(all rounds {[round(100 * x, 1) for x in gui_share]}): the most the GUI can take from training")
    print(f"in-app with the 10 ms probe timer s/epoch: median {statistics.median(probed):.2f}  "
          f"all {[round(float(x), 2) for x in probed]}")
    print(f"GUI 10 ms timer during training: {len(gaps_ms)} intervals, p50 {np.percentile(gaps_ms, 50):.1f} ms  "
          f"p99 {np.percentile(gaps_ms, 99):.1f} ms  max {gaps_ms.max():.1f} ms  "
          f"(> 20 ms: {(gaps_ms > 20).sum()}, > 50 ms: {(gaps_ms > 50).sum()})")
    for generation, ms in figures["collections_ms"].items():
        if ms:
            print(f"Python's garbage collector, generation {generation}, during {figures['trained_s']:.0f} s of in-app "
                  f"training: {len(ms)} collections, median {np.median(ms):.1f} ms, max {max(ms):.1f} ms")
    lags = [round(x * 1000) for x in figures["lags"]]
    print(f"model.fit returned after its last callback (ms, each in-app run): {lags}; plain fits: "
          f"{[round(x * 1000) for x in figures['plain_lags']]}")


if __name__ == "__main__":
    main()
