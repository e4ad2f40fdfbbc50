"""Snapshots of a training network (Qt-free): the ring that bounds them, and what one holds."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.snapshots import Snapshot, SnapshotRing, SnapshotTaker
from desktop.core.training import CancelFlag, TrainConfig, TrainingListener, train


def _snapshot(step: int, size: int = 1000) -> Snapshot:
    return Snapshot(step, 0, 1.0, np.zeros(size, np.float32), (), (), np.zeros(10, np.float32),
                    np.zeros(20, np.int8))


def test_the_ring_keeps_a_bounded_count_by_doubling_its_stride():
    ring = SnapshotRing(capacity=8)
    for step in range(1001):
        if ring.due(step):
            ring.add(_snapshot(step))
    steps = [s.step for s in ring.snapshots]
    assert len(steps) <= 8 and steps[0] == 0
    assert ring.stride == 128 and steps == list(range(0, 1001, 128))  # evenly spread over the whole run
    ring.add(_snapshot(1000), final=True)  # the trained network, whatever the stride
    assert [s.step for s in ring.snapshots][-2:] == [896, 1000]
    # Memory stays flat: a run ten times as long keeps as many snapshots.
    longer = SnapshotRing(capacity=8)
    for step in range(10_001):
        if longer.due(step):
            longer.add(_snapshot(step))
    assert len(longer) <= 8 and longer.nbytes <= 8 * _snapshot(0).nbytes
    with pytest.raises(ValueError):
        SnapshotRing(capacity=1)


def test_snapshots_during_training_from_untrained_to_trained(small_mnist, mnist):
    delivered: list[Snapshot] = []
    strip = mnist.x_test[:20].astype(np.float32) / 255
    probe = mnist.x_test[20].astype(np.float32) / 255
    taker = SnapshotTaker(probe, strip, delivered.append, capacity=8, live_gap_s=0.0)
    cfg = TrainConfig(epochs=2, batch_size=30, validation_split=0.0, seed=3)  # 10 batches an epoch
    result = train(cfg, small_mnist, watcher=taker)
    steps = [s.step for s in delivered]
    assert steps == list(range(21)) + [20]  # live: every batch here (no gap), then the trained network
    first, last = taker.ring.snapshots[0], taker.ring.snapshots[-1]
    assert len(taker.ring) <= 9 and first.step == 0 and first.loss is None
    assert [s.epoch for s in delivered[1:11]] == [0] * 10 and delivered[-1].epoch == 1
    # The first conv layer's kernels: random at first, the handed-over model's exactly at the end.
    kernels = result.model.layers[0].get_weights()[0]
    assert first.kernels.shape == (3, 3, 1, 32) and not np.array_equal(first.kernels, kernels)
    np.testing.assert_array_equal(last.kernels, kernels)
    # Its readings are the trained model's: the probe's probabilities and the strip's digits.
    expected = np.asarray(result.model(np.concatenate([probe[None], strip])[..., None], training=False))
    np.testing.assert_allclose(last.probabilities, expected[0], atol=1e-5)
    np.testing.assert_array_equal(last.guesses, expected[1:].argmax(axis=1))
    # The probe's maps in every layer that makes maps, equal to the trained model's (float16).
    assert [name for name, _ in last.maps] == ["conv1", "pool1", "conv2", "pool2", "conv3"]
    conv2 = result.model.layers[2]
    upto = np.asarray(result.model.layers[1](result.model.layers[0](probe[None, ..., None])))
    np.testing.assert_allclose(last.layer_maps("conv2"), np.asarray(conv2(upto))[0], rtol=2e-3, atol=2e-3)
    assert last.layer_maps("conv1").shape == (26, 26, 32) and last.layer_maps("conv1").dtype == np.float16
    assert last.layer_maps("probabilities") is None
    # Where learning happens: every weighted layer's mean change, zero before training.
    assert [name for name, _ in first.change] == ["conv1", "conv2", "conv3", "probabilities"]
    assert all(v == 0.0 for _, v in first.change)
    assert all(v > 0.0 for _, v in delivered[5].change)


def test_a_stopped_run_ends_with_the_network_as_stopped(small_mnist, mnist):
    class StopAt(TrainingListener):
        def __init__(self, cancel):
            self.cancel, self.batches = cancel, 0

        def on_batch_end(self, epoch, step, logs):
            self.batches += 1
            if self.batches == 4:
                self.cancel.set()

    cancel = CancelFlag()
    taker = SnapshotTaker(mnist.x_test[0] / 255, mnist.x_test[:20] / 255, capacity=8, live_gap_s=60.0)
    result = train(TrainConfig(epochs=3, batch_size=30, validation_split=0.0, seed=4), small_mnist,
                   StopAt(cancel), cancel, watcher=taker)
    assert result.stopped == "cancelled"
    last = taker.ring.snapshots[-1]
    assert last.step == 4 and last.epoch == 0
    np.testing.assert_array_equal(last.kernels, result.model.layers[0].get_weights()[0])


def test_the_probe_can_be_changed_while_training(small_mnist, mnist):
    strip = mnist.x_test[1:21] / 255

    class Choose(TrainingListener):
        def on_batch_end(self, epoch, step, logs):
            if step == 4:
                taker.choose_probe(3)  # strip digit 2, as the GUI thread would

    taker = SnapshotTaker(mnist.x_test[0] / 255, strip, capacity=8, live_gap_s=0.0)
    result = train(TrainConfig(epochs=1, batch_size=30, validation_split=0.0, seed=5), small_mnist, Choose(),
                   watcher=taker)
    first, last = taker.ring.snapshots[0], taker.ring.snapshots[-1]
    assert first.probe == 0 and last.probe == 3
    expected = np.asarray(result.model(strip[2][None, ..., None], training=False))[0]
    np.testing.assert_allclose(last.probabilities, expected, atol=1e-5)
    with pytest.raises(ValueError):
        taker.choose_probe(21)


def test_memory_stays_flat_over_a_long_run(mnist):
    """10,000 batches of a real network keep no more snapshots (nor bytes) than a short run."""
    from desktop.core.architectures import build_seed_cnn

    model = build_seed_cnn()
    taker = SnapshotTaker(mnist.x_test[0] / 255, mnist.x_test[1:21] / 255, capacity=16, live_gap_s=3600)
    taker.begin(model, total_steps=100)  # a stride planned for 100 batches: the run goes on far longer
    for step in range(1, 10_001):
        taker.after_batch(model, step, step // 100, 0.5)
    taker.end(model, 10_000, 99, 0.5)
    one = taker.ring.snapshots[0].nbytes
    assert len(taker.ring) <= 17 and taker.ring.nbytes <= 17 * one
    assert one < 120_000  # seed-cnn: kernels, the maps of five layers (float16), readings
    steps = [s.step for s in taker.ring.snapshots]
    assert steps[0] == 0 and steps[-1] == 10_000 and steps[-2] >= 8_000  # spread over the whole run
