"""Importing TensorFlow without its start-up chatter on the terminal."""

from __future__ import annotations

import os
import sys
import tempfile
import threading

_lock = threading.Lock()
_compute_threads: int | None = None
THREADS_ENV = "DIGITS_THREADS"


def configure_for_app() -> None:
    """The app's TensorFlow settings (call before TensorFlow is imported; later calls change nothing).

    - oneDNN on: TensorFlow leaves it off on CPUs without AVX-512; on, a training
      epoch of the course CNN took 0.64-0.82x as long at the same accuracy
      (``bench/train_responsiveness.py --compare``).
    - compute threads: TensorFlow's default (every core), or ``$DIGITS_THREADS``. One
      thread fewer than cores made in-app training 1.6x slower on 2 cores and did not
      make the GUI smoother; its long pauses came from repainting the curves.
    """
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")
    threads = os.environ.get(THREADS_ENV, "").strip()
    if threads.isdigit() and int(threads) > 0:
        use_compute_threads(int(threads))


def use_compute_threads(count: int) -> None:
    """Make TensorFlow's kernels use ``count`` threads (call before TensorFlow starts)."""
    global _compute_threads
    _compute_threads = max(1, count)
    if "tensorflow" in sys.modules:
        _apply_threads(sys.modules["tensorflow"])


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
            except BaseException:
                os.dup2(saved, 2)
                scratch.seek(0)
                sys.stderr.write(scratch.read().decode(errors="replace"))
                raise
            finally:
                os.dup2(saved, 2)
                os.close(saved)
        return tf
