"""The garbage collector kept off the heap while a network trains (core/heap.py)."""

import gc
import threading

import pytest

from desktop.core.heap import frozen_count, frozen_heap
from desktop.core.training import TrainConfig, TrainingListener, train


def test_the_heap_is_frozen_inside_and_thawed_when_the_last_fit_ends():
    assert frozen_count() == 0
    with frozen_heap():
        outer = frozen_count()
        assert outer > 1000  # everything alive so far: the interpreter, numpy, pytest
        with frozen_heap():  # adapting while training: the inner end does not thaw the outer fit's heap
            pass
        assert frozen_count() == outer
    assert frozen_count() == 0
    with pytest.raises(RuntimeError):
        with frozen_heap():
            raise RuntimeError("a fit that fails")
    assert frozen_count() == 0


def test_fits_in_two_threads_share_the_freeze():
    inside, release = threading.Event(), threading.Event()

    def other_fit():
        with frozen_heap():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other_fit)
    thread.start()
    assert inside.wait(5)
    with frozen_heap():
        pass
    assert frozen_count() > 0  # the other fit is still running
    release.set()
    thread.join(5)
    assert frozen_count() == 0


class FrozenDuring(TrainingListener):
    """Records how many objects the collector leaves alone after each batch."""

    def __init__(self):
        self.counts = []

    def on_batch_end(self, epoch, step, logs):
        self.counts.append(frozen_count())


def test_training_freezes_what_tracing_made_and_thaws_after(small_mnist):
    gc.collect()
    seen = FrozenDuring()
    train(TrainConfig(epochs=2, batch_size=64, validation_split=0.2, seed=1), small_mnist, seen)
    # 240 training images: 4 batches an epoch. Frozen from the start; after the first batch (traced)
    # and after the first epoch more is frozen; after the fit nothing is.
    counts = seen.counts
    assert len(counts) == 8 and counts[0] > 0
    assert counts[1] > counts[0] and counts[1] == counts[2] == counts[3]
    assert counts[4] > counts[3] and counts[4] == counts[7]
    assert frozen_count() == 0
