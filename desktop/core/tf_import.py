"""Importing TensorFlow without its start-up chatter on the terminal."""

from __future__ import annotations

import os
import sys
import tempfile
import threading

_lock = threading.Lock()
_compute_threads: int | None = None


def leave_one_core_free() -> None:
    """Make TensorFlow's kernels use all cores but one (call before TensorFlow starts).

    An interactive app needs a core for its GUI thread: with every core busy
    in TensorFlow's thread pool, training and drawing slow each other down
    (on 2 cores a single compute thread trains the course CNN as fast as two).
    """
    global _compute_threads
    _compute_threads = max(1, (os.cpu_count() or 2) - 1)
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
