"""The Qt-free training routine: progress reports, cancel, NaN, hyperparameter checks."""

import math
from dataclasses import replace

import numpy as np
import pytest

from desktop.core.training import CancelFlag, ConfigError, TrainConfig, TrainingListener, train


class Recorder(TrainingListener):
    def __init__(self, cancel_at_step=None, cancel=None):
        self.begin = None
        self.batches = []
        self.batch_logs = []
        self.epochs = []
        self.cancel_at_step = cancel_at_step
        self.cancel = cancel

    def on_train_begin(self, epochs, steps_per_epoch):
        self.begin = (epochs, steps_per_epoch)

    def on_batch_end(self, epoch, step, logs):
        self.batches.append((epoch, step, logs["loss"]))
        self.batch_logs.append(logs)
        if self.cancel_at_step is not None and len(self.batches) == self.cancel_at_step:
            self.cancel.set()

    def on_epoch_end(self, epoch, logs):
        self.epochs.append((epoch, dict(logs)))


def test_one_epoch_reports_every_batch_and_the_epoch(small_mnist):
    rec = Recorder()
    cfg = TrainConfig(epochs=1, batch_size=32, validation_split=0.2, seed=1)
    result = train(cfg, small_mnist, rec)
    # 300 images, 60 held out -> 240 train -> 8 batches of 32
    assert rec.begin == (1, 8)
    assert [(e, s) for e, s, _ in rec.batches] == [(0, s) for s in range(8)]
    assert [e for e, _ in rec.epochs] == [0]
    assert set(rec.epochs[0][1]) >= {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert (result.n_train, result.n_val, result.epochs_completed, result.stopped) == (240, 60, 1, "")
    assert result.final("val_accuracy") == rec.epochs[0][1]["val_accuracy"]
    assert result.model.count_params() == 104_202
    # Keras' logs are running means; the per-batch values average back to them.
    own = [b["batch_loss"] for b in rec.batch_logs]
    assert np.mean(own) == pytest.approx(rec.batch_logs[-1]["loss"], rel=1e-4)
    assert np.mean([b["batch_accuracy"] for b in rec.batch_logs]) == pytest.approx(rec.batch_logs[-1]["accuracy"], rel=1e-4)


def test_cancel_stops_after_the_current_batch_and_keeps_the_model(small_mnist):
    cancel = CancelFlag()
    rec = Recorder(cancel_at_step=3, cancel=cancel)
    result = train(TrainConfig(epochs=5, batch_size=16, seed=2), small_mnist, rec, cancel)
    assert len(rec.batches) == 3
    assert result.stopped == "cancelled"
    assert result.epochs_completed == 0
    out = np.asarray(result.model(np.zeros((1, 28, 28, 1), np.float32), training=False))
    assert out.shape == (1, 10)


def test_huge_learning_rate_ends_with_nan(small_mnist):
    cfg = TrainConfig(epochs=3, batch_size=32, learning_rate=1e12, optimizer="sgd", seed=3)
    rec = Recorder()
    result = train(cfg, small_mnist, rec)
    assert result.stopped == "nan"
    assert not math.isfinite(rec.batches[-1][2])
    assert len(rec.batches) < 3 * 10


def test_augmented_lenet_trains(small_mnist):
    cfg = TrainConfig(arch="lenet5", epochs=1, batch_size=50, augment=True, optimizer="rmsprop",
                      lr_schedule="cosine", validation_split=0, seed=4)
    result = train(cfg, small_mnist)
    assert result.n_val == 0 and result.final("val_loss") is None
    assert result.model.count_params() == 61_706


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"epochs": 0}, "epochs must be a whole number >= 1"),
        ({"batch_size": 0}, "batch size must be a whole number >= 1"),
        ({"learning_rate": 0.0}, "learning rate must be a number > 0"),
        ({"learning_rate": -1e-3}, "learning rate must be a number > 0"),
        ({"learning_rate": float("nan")}, "learning rate must be a number > 0"),
        ({"validation_split": 1.0}, "validation split must be >= 0 and < 1"),
        ({"optimizer": "adagrad"}, "optimizer must be one of adam, sgd, rmsprop"),
        ({"arch": "vgg"}, "unknown architecture 'vgg'"),
        ({"subset": 301}, "training subset 301 is larger than the 300 training images"),
        ({"patience": -1}, "patience must be a whole number >= 0"),
    ],
)
def test_invalid_hyperparameters_are_rejected_before_training(small_mnist, changes, message):
    cfg = TrainConfig(**changes)
    assert any(message in p for p in cfg.problems(len(small_mnist.x_train)))
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        train(cfg, small_mnist)


def test_default_config_is_valid():
    assert TrainConfig().problems(60_000) == []


def test_csv_and_tensorboard_logs(small_mnist, tmp_path):
    import csv

    cfg = TrainConfig(epochs=2, batch_size=64, seed=6, validation_split=0.1, csv_log=str(tmp_path / "history.csv"),
                      tensorboard_dir=str(tmp_path / "tb"))
    result = train(cfg, small_mnist)
    rows = list(csv.DictReader(open(tmp_path / "history.csv")))
    assert [int(r["epoch"]) for r in rows] == [0, 1]
    assert float(rows[-1]["val_loss"]) == pytest.approx(result.final("val_loss"), rel=1e-5)
    assert any((tmp_path / "tb").rglob("events.out.tfevents.*"))


def test_cosine_runs_reuse_one_compiled_network_and_decay_over_each_run(small_mnist):
    """A schedule is held in variables, so a new run of the same network does not trace a new training step
    (each traced step keeps ~8 MB alive); each run's rate still falls from its own start to 2 % of it."""
    from desktop.core import training

    first = TrainConfig(epochs=2, batch_size=50, learning_rate=3e-3, lr_schedule="cosine", seed=1,
                        validation_split=0.0, subset=200)
    train(first, small_mnist)
    key = ("seed-cnn", "adam", "cosine")
    compiled = training._compiled[key]
    assert float(compiled.optimizer.learning_rate) == pytest.approx(3e-3 * 0.02, rel=1e-4)  # 8 steps done
    train(replace(first, epochs=1, learning_rate=1e-3), small_mnist)
    assert training._compiled[key] is compiled
    assert int(compiled.optimizer.iterations) == 4
    assert float(compiled.optimizer.learning_rate) == pytest.approx(1e-3 * 0.02, rel=1e-4)
