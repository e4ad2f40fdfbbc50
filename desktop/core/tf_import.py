"""Importing TensorFlow without its start-up chatter on the terminal."""

from __future__ import annotations

import os
import sys
import tempfile
import threading

_lock = threading.Lock()
_compute_threads: int | None = None
_compute_nice: int | None = None
THREADS_ENV = "DIGITS_THREADS"
NICE_ENV = "DIGITS_COMPUTE_NICE"  # 0: TensorFlow's threads at the GUI's priority (for measuring)
# How much lower TensorFlow's compute threads run than the GUI's in the app (Linux "nice" steps).
COMPUTE_NICE = 5


def configure_for_app(gui: bool = False) -> None:
    """The app's TensorFlow settings (call before TensorFlow is imported; later calls change nothing).

    - oneDNN on: TensorFlow leaves it off on CPUs without AVX-512; on, a training
      epoch of the course CNN took 0.64-0.82x as long at the same accuracy
      (``bench/train_responsiveness.py --compare``).
    - compute threads: TensorFlow's default (every core), or ``$DIGITS_THREADS``. One
      thread fewer than cores made in-app training 1.6x slower on 2 cores and did not
      make the GUI smoother; its long pauses came from repainting the curves.
    - ``gui``: TensorFlow's compute threads at a lower priority than the GUI thread
      (:func:`lower_compute_priority`).
    """
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")
    nice = os.environ.get(NICE_ENV, "").strip()
    if gui:
        lower_compute_priority(int(nice) if nice.isdigit() else COMPUTE_NICE)
    threads = os.environ.get(THREADS_ENV, "").strip()
    if threads.isdigit() and int(threads) > 0:
        use_compute_threads(int(threads))


def use_compute_threads(count: int) -> None:
    """Make TensorFlow's kernels use ``count`` threads (call before TensorFlow starts)."""
    global _compute_threads
    _compute_threads = max(1, count)
    if "tensorflow" in sys.modules:
        _apply_threads(sys.modules["tensorflow"])


def lower_compute_priority(nice: int = COMPUTE_NICE) -> None:
    """Start TensorFlow's thread pools ``nice`` steps below normal priority (Linux; call before TensorFlow starts).

    Training keeps both cores of a 2-core machine busy with TensorFlow's
    threads, and the GUI thread then waited for a core now and then: the 10 ms
    timer of ``bench/train_responsiveness.py`` saw single gaps of 60-80 ms with
    the GUI thread ready to run and the worker inside TensorFlow. Threads
    inherit the priority of the thread that creates them, so the pools are
    created by a short-lived thread of lower priority; the GUI thread and the
    worker's Python keep theirs. Lowering one's own priority needs no rights.
    """
    global _compute_nice
    _compute_nice = nice if nice > 0 else None


def _start_pools(tf) -> None:
    """Create TensorFlow's thread pools (its first operation does) from a thread ``_compute_nice`` lower."""
    if _compute_nice is None or not sys.platform.startswith("linux"):
        return

    def start() -> None:
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _compute_nice)  # this thread only
        except OSError:
            return
        (tf.constant([[1.0]]) @ tf.constant([[1.0]])).numpy()

    thread = threading.Thread(target=start, name="tf-pools", daemon=True)
    thread.start()
    thread.join()


def _apply_threads(tf) -> None:
    if _compute_threads is None:
        return
    try:
        tf.config.threading.set_intra_op_parallelism_threads(_compute_threads)
    except RuntimeError:  # TensorFlow has already started; its pools are fixed
        pass


def import_tensorflow():
    """Import and return ``tensorflow`` with its C++ start-up log lines hidden.

    TensorFlow's native code writes notices (oneDNN, missing CUDA drivers) straight to
    file descriptor 2 before any Python setting applies, so fd 2 is pointed at
    a scratch file during the import and restored after. If the import fails,
    what it wrote is passed on.
    """
    with _lock:
        if "tensorflow" in sys.modules:
            return sys.modules["tensorflow"]
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        sys.stderr.flush()
        saved = os.dup(2)
        with tempfile.TemporaryFile() as scratch:
            os.dup2(scratch.fileno(), 2)
            try:
                import keras  # noqa: F401  (its import is part of the cost)
                import tensorflow as tf

                _apply_threads(tf)
                tf.config.list_physical_devices()  # device probing logs too
                _start_pools(tf)
            except BaseException:
                os.dup2(saved, 2)
                scratch.seek(0)
                sys.stderr.write(scratch.read().decode(errors="replace"))
                raise
            finally:
                os.dup2(saved, 2)
                os.close(saved)
        return tf
