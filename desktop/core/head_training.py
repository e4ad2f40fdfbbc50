"""Training a small classifier on features computed once: the steps adapting runs.

Keras' ``fit`` traces its training step through autograph for every new
model, which costs 1-3 s here for a classifier whose 200 steps take a few
seconds; adapting makes a new copy of the model each time. This is the same
step (Adam at a cosine-decaying rate, categorical cross-entropy averaged
over the batch with sample weights) traced without autograph.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from .training import CancelFlag


def train_head(head, batches: Iterable, steps: int, learning_rate: float,
               on_step: Callable[[int, float], None] = lambda step, loss: None,
               cancel: CancelFlag | None = None) -> int:
    """Train ``head``'s trainable weights on up to ``steps`` batches of (inputs, targets, sample weights);
    the number of steps done (fewer when ``cancel`` is set, or when the loss stops being a number, as
    Keras' TerminateOnNaN would). ``on_step(step, loss)`` follows every step."""
    import keras
    import tensorflow as tf

    cancel = cancel or CancelFlag()
    variables = head.trainable_variables
    optimizer = keras.optimizers.Adam(keras.optimizers.schedules.CosineDecay(learning_rate, steps, alpha=0.1))
    optimizer.build(variables)
    loss_of = keras.losses.CategoricalCrossentropy()

    @tf.function(autograph=False, reduce_retracing=True)
    def step(x, targets, weights):
        with tf.GradientTape() as tape:
            loss = loss_of(targets, head(x, training=True), sample_weight=weights)
        optimizer.apply(tape.gradient(loss, variables), variables)
        return loss

    done = 0
    for x, targets, weights in batches:
        if done == steps:
            break
        loss = float(step(x, targets, weights))
        if not math.isfinite(loss):
            break
        on_step(done, loss)
        done += 1
        if cancel.is_set():
            break
    return done


__all__ = ["train_head"]
