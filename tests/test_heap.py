"""The garbage collector kept off the heap while a network trains (core/heap.py)."""

import threading

import pytest

from desktop.core.heap import freeze_after_tracing, frozen_count, frozen_heap
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


def test_the_callback_freezes_after_the_first_batch_and_the_first_epoch_only():
    callback = freeze_after_tracing()
    with frozen_heap():
        start = frozen_count()
        kept = [[] for _ in range(2000)]  # tracked objects made after the fit began (as tracing makes)
        callback.on_train_batch_end(0)
        after_batch = frozen_count()
        assert after_batch >= start + 2000
        kept += [[] for _ in range(2000)]
        callback.on_train_batch_end(1)
        callback.on_train_batch_end(2)
        assert frozen_count() < after_batch + 2000  # not frozen again
        callback.on_epoch_end(0)
        after_epoch = frozen_count()
        assert after_epoch >= after_batch + 2000
        kept += [[] for _ in range(2000)]
        callback.on_epoch_end(1)
        assert frozen_count() < after_epoch + 2000
    assert frozen_count() == 0 and len(kept) == 6000


class FrozenDuring(TrainingListener):
    """Records how many objects the collector leaves alone after each batch."""

    def __init__(self):
        self.counts = []

    def on_batch_end(self, epoch, step, logs):
        self.counts.append(frozen_count())


def test_training_runs_with_the_heap_frozen_and_thaws_it_after(small_mnist):
    seen = FrozenDuring()
    train(TrainConfig(epochs=2, batch_size=64, validation_split=0.2, seed=1), small_mnist, seen)
    assert len(seen.counts) == 8 and min(seen.counts) > 1000
    assert frozen_count() == 0
