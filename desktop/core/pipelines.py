"""Batches for Keras' ``fit`` in tf.data pipelines that end when training ends.

Given arrays, Keras builds a tf.data pipeline whose parallelism tf.data's
autotuner adjusts while it runs. The autotuner's thread sleeps for longer
and longer periods, and deleting the pipeline waits for it to wake: ``fit``
returned up to 10 s after its last batch here (3 of 18 runs of the Train
area on all of MNIST, and plain scripts alike), so the app said "finished"
seconds late. These pipelines give the same batches with the autotuner off:
one gather per batch and two batches made ahead need no tuning.
"""

from __future__ import annotations

import os
from typing import Any, Callable

import numpy as np

PREFETCH = 2  # batches made ahead, on tf.data's own thread


SLICE_BYTES = 6 << 20  # converted at a time by tensor_in_slices: 2,048 MNIST images


def tensor_in_slices(array: np.ndarray, slice_bytes: int = SLICE_BYTES):
    """``array`` as a TensorFlow tensor, converted ``slice_bytes`` (at least a row) at a time.

    Converting a whole array copies it while holding Python's GIL: for
    MNIST's 54,000 training images (169 MB) that froze the GUI thread for
    130 ms when training started (the longest pause while training). In
    slices of 2,048 images (6 MB) no pause is over ~10 ms; the extra copy
    costs about 0.1 s a run. Slices go by size, not rows: a row of the
    reader-trio's features (adapting) is 4.4 times an image.
    """
    import tensorflow as tf

    rows = max(1, slice_bytes // max(array[:1].nbytes, 1))
    if len(array) <= rows:
        return tf.convert_to_tensor(array)
    return tf.concat([tf.convert_to_tensor(array[i:i + rows]) for i in range(0, len(array), rows)], axis=0)


def without_autotuning(dataset):
    """``dataset`` with tf.data's autotuner and its graph rewrites off (see the module's docs)."""
    import tensorflow as tf

    options = tf.data.Options()
    options.autotune.enabled = False
    # The rewrites serialise the pipeline's graph, copying the arrays it holds (Keras turns them off too).
    options.experimental_optimization.apply_default_optimizations = False
    return dataset.with_options(options)


def fit_batches(x: Any, y: Any, batch_size: int, *, shuffle: bool = True, seed: int | None = None,
                weights: Any = None, transform: Callable | None = None, parallel: int | None = None):
    """A ``tf.data.Dataset`` of ``(x, y)`` or ``(x, y, weights)`` batches for ``fit``, autotuner off.

    Every row once per epoch, ``batch_size`` at a time (the last batch the
    rest), in a new random order each epoch when ``shuffle`` (``seed`` fixes the
    sequence of orders), else in order. ``x`` is best a tensor already
    (:func:`tensor_in_slices`): numpy arrays are converted in one piece.
    ``transform(images)``, a TensorFlow function, changes each batch's ``x``,
    ``parallel`` batches at a time (default: one per core; without a transform
    batches are gathered one at a time).
    """
    import tensorflow as tf

    arrays = (x, y) if weights is None else (x, y, weights)
    count = int(x.shape[0])
    order = tf.data.Dataset.range(count)
    if shuffle:
        # A buffer as long as the data is a uniform shuffle of the row numbers (8 bytes each), not the rows.
        order = order.shuffle(count, seed=seed, reshuffle_each_iteration=True)
    order = order.batch(batch_size)

    def take(rows, data):
        batch = tuple(tf.gather(array, rows) for array in data)
        if transform is not None:
            batch = (transform(batch[0]), *batch[1:])
        return batch

    # The arrays go in as one element repeated, not as values captured by ``take``: captured, they would be
    # copied into the pipeline's graph (Keras feeds its own pipelines the same way).
    data = tf.data.Dataset.from_tensors(arrays).repeat()
    if parallel is None:
        parallel = (os.cpu_count() or 1) if transform is not None else 1
    batches = tf.data.Dataset.zip((order, data)).map(take, num_parallel_calls=parallel if parallel > 1 else None)
    return without_autotuning(batches.prefetch(PREFETCH))


__all__ = ["PREFETCH", "SLICE_BYTES", "fit_batches", "tensor_in_slices", "without_autotuning"]
