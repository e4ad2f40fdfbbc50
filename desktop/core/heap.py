"""Python's garbage collector kept from pausing the app while a network trains.

Once TensorFlow, Keras and a model are loaded the interpreter tracks about a
third of a million objects, and a full collection (generation 2) walks all of
them: 60-190 ms here, with the GIL held, so the GUI thread stops for as long
whichever thread collects. Training allocates enough for one every minute or
two. ``gc.freeze`` moves every object alive so far out of the collector's
reach; objects made later are still collected as usual. While a fit runs the
heap is frozen at its start and again once the first batch and the first
epoch are done (Keras traces its functions and builds its state then), and
thawed when the last fit ends, so cycles that became garbage meanwhile are
still freed afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_fits = 0  # fits running now (the app may adapt while it trains)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Freeze the heap for the block (see the module docs); nested and concurrent blocks thaw it only
    when the last one ends."""
    global _fits
    with _lock:
        _fits += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _fits -= 1
            if _fits == 0:
                gc.unfreeze()


def freeze_after_tracing():
    """A Keras callback that freezes the heap again after the first batch and the first epoch."""
    import keras

    class FreezeAfterTracing(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self._batches = 0

        def on_train_batch_end(self, batch, logs=None):
            self._batches += 1
            if self._batches == 1:
                gc.freeze()

        def on_epoch_end(self, epoch, logs=None):
            if epoch == 0:
                gc.freeze()

    return FreezeAfterTracing()


def frozen_count() -> int:
    """How many objects the collector leaves alone now."""
    return gc.get_freeze_count()


__all__ = ["freeze_after_tracing", "frozen_count", "frozen_heap"]
