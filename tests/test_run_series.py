"""The figures of one training run as the Train area plots them (core/run_series.py, no Qt)."""

import math

import numpy as np
import pytest

from desktop.core.run_series import RunSeries
from desktop.core.smoothing import ema


def test_batches_and_epochs_are_placed_in_epochs_and_a_stopped_epoch_where_it_stopped():
    series = RunSeries(steps_per_epoch=4)
    series.add_batches([(0, 0, 2.0, 0.1), (0, 1, 1.5, 0.2)])
    series.add_batches([(0, 2, 1.0, 0.4), (0, 3, 0.8, 0.5)])
    series.add_epoch(0, {"loss": 1.3, "accuracy": 0.3, "val_loss": 1.1, "val_accuracy": 0.35})
    series.add_batches([(1, 0, 0.7, 0.6)])
    series.add_epoch(1, {"loss": 0.7, "accuracy": 0.6})  # stopped after one batch of the second epoch
    assert series.batch_x == [0.25, 0.5, 0.75, 1.0, 1.25]
    assert series.epoch_x == [1.0, 1.25] and series.batches_done == 5
    assert series.epoch_column("loss") == ([1.0, 1.25], [1.3, 0.7])
    assert series.epoch_column("val_loss") == ([1.0], [1.1])  # the stopped epoch was not validated


def test_curves_smooth_as_tensorboard_and_only_the_new_points_each_time():
    series = RunSeries(steps_per_epoch=10)
    rng = np.random.default_rng(0)
    losses = list(rng.random(25))
    losses[7] = math.nan  # a NaN batch is left out of the loss curve, not of the accuracy
    batches = [(i // 10, i % 10, losses[i], 0.5) for i in range(25)]
    series.add_batches(batches[:12])
    first = series.curves(0.6)
    series.add_batches(batches[12:])
    curves = series.curves(0.6)
    finite = [v for v in losses if not math.isnan(v)]
    np.testing.assert_allclose(curves.smooth_loss, ema(finite, 0.6))
    np.testing.assert_allclose(curves.smooth_loss[:len(first.smooth_loss)], first.smooth_loss)
    assert len(curves.batch_x) == 24 and len(curves.acc_x) == 25
    np.testing.assert_allclose(series.curves(0.0).smooth_loss, finite)  # another weight: smoothed anew
    assert curves.highest_loss() == pytest.approx(max(finite))
