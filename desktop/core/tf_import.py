"""Importing TensorFlow without its start-up chatter on the terminal."""

from __future__ import annotations

import os
import sys
import tempfile
import threading

_lock = threading.Lock()


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
                import tensorflow as tf
                import keras  # noqa: F401  (its import is part of the cost)

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
