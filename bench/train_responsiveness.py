"""Training in the app vs a plain ``model.fit`` script, and GUI smoothness while training.

Both are measured side by side in one process, alternating, on full MNIST
with the same model (seed-cnn), data split, batch size and optimizer:

(a) seconds per epoch: plain ``model.fit`` on numpy arrays vs the Train
    area's worker thread (the real main window shown offscreen, curves
    live); the first epoch of each run (tracing) is left out; ratio = app / plain;
(b) GUI responsiveness during in-app training: intervals of a 10 ms QTimer
    on the GUI thread (p50, p99, max), in a separate in-app run of each round
    (the probe is Python work on the GUI thread and would slow the run it times).

Usage: QT_QPA_PLATFORM=offscreen python bench/train_responsiveness.py [--epochs 3] [--rounds 2]
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
import machine  # noqa: E402  (bench/machine.py)
if (REPO.parent / "shared" / "data" / "mnist.npz").is_file():
    os.environ.setdefault("DIGITS_MNIST", str(REPO.parent / "shared" / "data" / "mnist.npz"))

import numpy as np  # noqa: E402


def plain_fit(data, epochs: int, batch: int) -> list[float]:
    """Epoch times of a plain Keras script (same split as the app's core)."""
    import keras

    from desktop.core.architectures import build_seed_cnn
    from desktop.core.data import to_model_input
    from desktop.core.training import TrainConfig, split_data

    x_tr, y_tr, x_val, y_val = split_data(data, TrainConfig(seed=0))
    model = build_seed_cnn()
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    ends = []

    class Clock(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            ends.append(time.perf_counter())

    start = time.perf_counter()
    model.fit(to_model_input(x_tr), y_tr, batch_size=batch, epochs=epochs,
              validation_data=(to_model_input(x_val), y_val), callbacks=[Clock()], verbose=0)
    return list(np.diff([start] + ends))


def app_fit(app, window, epochs: int, batch: int, probe: bool) -> tuple[list[float], list[float], float]:
    """Epoch times of the Train area's worker, with ``probe`` a 10 ms GUI timer's intervals, and
    the share of the training time the GUI thread spent on the CPU (drawing curves, progress).

    The probe timer is itself Python work on the GUI thread that competes with
    the worker for the GIL, so epoch times for the ratio come from runs without it.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    area = window.train_area
    window.tabs.setCurrentWidget(area)
    area.subset_spin.setValue(0)
    area.epochs_spin.setValue(epochs)
    area.batch_spin.setValue(batch)
    ticks: list[float] = []
    ends: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    def on_started(*_):
        ends.append(time.perf_counter())

    loop = QEventLoop()
    area.trainingFinished.connect(loop.quit)
    area.trainingFailed.connect(loop.quit)
    area.start()
    # Timestamps are taken on the worker thread, at the moment each epoch starts/ends.
    area.worker.trainingStarted.connect(on_started, Qt.ConnectionType.DirectConnection)
    area.worker.epochEnded.connect(lambda *_: ends.append(time.perf_counter()), Qt.ConnectionType.DirectConnection)
    if probe:
        timer.start()
    cpu_start = time.thread_time()
    loop.exec()
    gui_cpu = time.thread_time() - cpu_start
    area.trainingFinished.disconnect(loop.quit)
    area.trainingFailed.disconnect(loop.quit)
    timer.stop()
    # Only the training itself: from the first epoch's start to the last epoch's end.
    first, last = ends[0], ends[-1]
    gaps = [b - a for a, b in zip(ticks, ticks[1:]) if a >= first and b <= last]
    if area.outcome is not None:
        print(f"in-app run: test accuracy {area.outcome.evaluation.accuracy:.2%} after {epochs} epochs", flush=True)
    return list(np.diff(ends)), gaps, gui_cpu / (last - first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    machine.report()

    from desktop.automation import open_main_window
    from desktop.core.data import load_mnist
    from desktop.core.tf_import import import_tensorflow, leave_one_core_free

    leave_one_core_free()  # as the app does; the plain fit in this process runs with the same pools
    tf = import_tensorflow()
    data = load_mnist()
    app, window = open_main_window()

    plain, in_app, probed, gaps, gui_share = [], [], [], [], []
    for _ in range(args.rounds):
        plain += plain_fit(data, args.epochs, args.batch_size)[1:]
        epochs, _, share = app_fit(app, window, args.epochs, args.batch_size, probe=False)
        in_app += epochs[1:]
        gui_share.append(share)
        probed_epochs, intervals, _ = app_fit(app, window, args.epochs, args.batch_size, probe=True)
        probed += probed_epochs[1:]
        gaps += intervals
    gaps_ms = np.array(gaps) * 1000
    p, a = statistics.median(plain), statistics.median(in_app)
    print(f"seed-cnn, full MNIST (54,000 train / 6,000 val), batch {args.batch_size}, "
          f"{args.rounds} rounds x {args.epochs} epochs (first epoch of each run left out), {os.cpu_count()} cores, "
          f"TensorFlow intra-op threads {tf.config.threading.get_intra_op_parallelism_threads()}")
    print(f"plain model.fit  s/epoch: median {p:.2f}  all {[round(float(x), 2) for x in plain]}")
    print(f"in-app worker    s/epoch: median {a:.2f}  all {[round(float(x), 2) for x in in_app]}")
    def fast_half(xs):
        return statistics.median(sorted(xs)[: max(1, len(xs) // 2)])

    print(f"ratio in-app / plain: medians {a / p:.3f}, medians of the faster half {fast_half(in_app) / fast_half(plain):.3f}, "
          f"fastest epochs {min(in_app) / min(plain):.3f}")
    print("  (this machine runs some epochs at half speed, in both arms alike; the faster half compares the code "
          "without those episodes)")
    print(f"GUI thread on the CPU during in-app training: {100 * statistics.median(gui_share):.1f} % of the time "
          f"(all rounds {[round(100 * x, 1) for x in gui_share]}): the most the GUI can take from training")
    print(f"in-app with the 10 ms probe timer s/epoch: median {statistics.median(probed):.2f}  "
          f"all {[round(float(x), 2) for x in probed]}")
    print(f"GUI 10 ms timer during training: {len(gaps_ms)} intervals, p50 {np.percentile(gaps_ms, 50):.1f} ms  "
          f"p99 {np.percentile(gaps_ms, 99):.1f} ms  max {gaps_ms.max():.1f} ms  "
          f"(> 20 ms: {(gaps_ms > 20).sum()}, > 50 ms: {(gaps_ms > 50).sum()})")
    window.close()


if __name__ == "__main__":
    main()
