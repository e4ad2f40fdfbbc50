"""Training a registry architecture on MNIST, without any GUI.

``train()`` is the one training routine: the CLI and the GUI's worker thread
both call it. It reports through a :class:`TrainingListener` and stops after
the current batch once its :class:`CancelFlag` is set, keeping what was
trained so far.
"""

from __future__ import annotations

import json
import math
import threading
import time
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from .architectures import ARCHITECTURES, get_architecture
from .data import Mnist, to_model_input
from .i18n import translate
from .pipelines import fit_batches, tensor_in_slices

if TYPE_CHECKING:
    from .snapshots import SnapshotTaker
    from .extra_samples import ExtraSamples

OPTIMIZERS = ("adam", "sgd", "rmsprop")
SCHEDULES = ("constant", "cosine")


def tensorboard_available() -> bool:
    """Whether the optional tensorboard package (needed for TensorBoard logs) is installed."""
    import importlib.util

    return importlib.util.find_spec("tensorboard") is not None


class ConfigError(ValueError):
    """Invalid hyperparameters; the message lists every problem."""


@dataclass
class TrainConfig:
    """Hyperparameters of one training run.

    ``patience`` 0 disables early stopping; ``subset`` None uses all
    training images; ``seed`` None gives a different shuffle each run;
    ``csv_log`` names a CSV file for Keras' CSVLogger (one row per epoch) and
    ``tensorboard_dir`` a TensorBoard log folder (both optional). ``spec`` is a
    network built in the editor (a :class:`~desktop.core.spec.NetworkSpec` as a
    dict); it replaces ``arch``, which is then "custom".
    """

    # The defaults (the Train area's and the CLI's) were chosen by measurement: the course CNN reached
    # 99.11-99.20 % MNIST test accuracy on three seeds in 28-42 s of training on 2 cores (README).
    arch: str = "seed-cnn"
    epochs: int = 2
    batch_size: int = 128
    learning_rate: float = 3e-3
    optimizer: str = "adam"
    lr_schedule: str = "cosine"
    validation_split: float = 0.0
    augment: bool = False
    patience: int = 0
    subset: int | None = None
    seed: int | None = None
    csv_log: str | None = None
    tensorboard_dir: str | None = None
    spec: dict | None = None

    def problems(self, n_train: int | None = None) -> list[str]:
        """Every reason this configuration cannot be trained (empty when valid)."""
        out = []
        if self.spec is not None:
            from .spec import NetworkSpec, SpecError, analyse

            try:
                batch = self.batch_size if isinstance(self.batch_size, int) and self.batch_size >= 1 else None
                errors = analyse(NetworkSpec.from_dict(self.spec), batch_size=batch).errors
            except SpecError as exc:
                errors = [(None, str(exc))]
            out += [translate("TrainConfig", "network: {0}").format(message) for _, message in errors]
        elif self.arch not in ARCHITECTURES:
            out.append(translate("TrainConfig", "unknown architecture '{0}' (choose {1})")
                       .format(self.arch, ", ".join(ARCHITECTURES)))
        if not isinstance(self.epochs, int) or self.epochs < 1:
            out.append(translate("TrainConfig", "epochs must be a whole number >= 1 (got {0})").format(self.epochs))
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            out.append(translate("TrainConfig", "batch size must be a whole number >= 1 (got {0})")
                       .format(self.batch_size))
        if not (isinstance(self.learning_rate, (int, float)) and math.isfinite(self.learning_rate) and self.learning_rate > 0):
            out.append(translate("TrainConfig", "learning rate must be a number > 0 (got {0})")
                       .format(self.learning_rate))
        if self.optimizer not in OPTIMIZERS:
            out.append(translate("TrainConfig", "optimizer must be one of {0} (got '{1}')")
                       .format(", ".join(OPTIMIZERS), self.optimizer))
        if self.lr_schedule not in SCHEDULES:
            out.append(translate("TrainConfig", "learning-rate schedule must be one of {0} (got '{1}')")
                       .format(", ".join(SCHEDULES), self.lr_schedule))
        if not (0 <= self.validation_split < 1):
            out.append(translate("TrainConfig", "validation split must be >= 0 and < 1 (got {0})")
                       .format(self.validation_split))
        if not isinstance(self.patience, int) or self.patience < 0:
            out.append(translate("TrainConfig", "early-stopping patience must be a whole number >= 0 (got {0})")
                       .format(self.patience))
        elif self.patience > 0 and self.validation_split == 0:
            out.append(translate("TrainConfig",
                                 "early stopping watches the validation loss: set a validation split above 0"))
        if self.subset is not None:
            if not isinstance(self.subset, int) or self.subset < 1:
                out.append(translate("TrainConfig", "training subset must be a whole number >= 1 (got {0})")
                           .format(self.subset))
            elif n_train is not None and self.subset > n_train:
                out.append(translate("TrainConfig", "training subset {0} is larger than the {1} training images")
                           .format(self.subset, n_train))
        if self.tensorboard_dir and not tensorboard_available():
            out.append(translate("TrainConfig",
                                 "TensorBoard logging needs the tensorboard package (pip install tensorboard)"))
        if not out and n_train is not None:
            n = self.subset or n_train
            if n - int(n * self.validation_split) < 1:
                out.append(translate("TrainConfig", "no training images are left after the validation split"))
        return out

    def check(self, n_train: int | None = None) -> None:
        """Raise ConfigError when :meth:`problems` finds any."""
        found = self.problems(n_train)
        if found:
            raise ConfigError("; ".join(found))


class CancelFlag:
    """Thread-safe stop request, checked after every batch."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


class TrainingListener:
    """Receives progress from :func:`train`; override what you need. Called on the training thread."""

    def on_train_begin(self, epochs: int, steps_per_epoch: int) -> None: ...

    def on_batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        """``logs`` has Keras' running epoch means ('loss', 'accuracy') and this batch's own
        values ('batch_loss', 'batch_accuracy')."""

    def on_validation_batch_end(self, epoch: int, step: int) -> None:
        """After each batch of the validation pass that ends an epoch."""

    def on_epoch_end(self, epoch: int, logs: dict[str, float]) -> None: ...


@dataclass
class TrainResult:
    """What a training run produced. ``stopped`` is '', 'cancelled', 'nan' or 'early-stopping'.

    ``n_train`` counts every training image, personal ones included; ``extra`` is
    :meth:`ExtraSamples.summary` of the personal samples added (None when there were none).
    """

    model: Any
    config: TrainConfig
    history: dict[str, list[float]] = field(default_factory=dict)
    epochs_completed: int = 0
    stopped: str = ""
    seconds: float = 0.0
    n_train: int = 0
    n_val: int = 0
    extra: dict[str, Any] | None = None
    # Seconds from Keras' end of training (its last callback) to ``fit`` returning: a plain script once
    # waited 5-41 s there, idle; bench/train_responsiveness.py prints it for every in-app run.
    return_lag_s: float = 0.0

    def final(self, key: str) -> float | None:
        """Last value of a history entry (e.g. 'val_accuracy'), None if never logged."""
        values = self.history.get(key)
        return float(values[-1]) if values else None


COSINE_FLOOR = 0.02  # a cosine schedule ends at this share of the learning rate


@cache
def _cosine_schedule_class():
    import keras

    class CosineToFloor(keras.optimizers.schedules.LearningRateSchedule):
        """Keras' CosineDecay (to ``COSINE_FLOOR`` of the rate), with the rate and the run's length held in
        variables: a compiled training step reads them when it runs, so the next run reuses it."""

        def __init__(self, rate: float, steps: int) -> None:
            self.rate = keras.Variable(rate, dtype="float32", trainable=False, name="schedule_rate")
            self.steps = keras.Variable(float(max(steps, 1)), dtype="float32", trainable=False,
                                        name="schedule_steps")

        def restart(self, rate: float, steps: int) -> None:
            self.rate.assign(rate)
            self.steps.assign(float(max(steps, 1)))

        def __call__(self, step):
            from keras import ops

            done = ops.minimum(ops.cast(step, "float32"), self.steps) / self.steps
            return self.rate * ((1 - COSINE_FLOOR) * 0.5 * (1 + ops.cos(math.pi * done)) + COSINE_FLOOR)

        def get_config(self) -> dict[str, float]:
            return {"rate": float(self.rate.numpy()), "steps": float(self.steps.numpy())}

    return CosineToFloor


def _make_optimizer(config: TrainConfig, total_steps: int):
    import keras

    lr: Any = config.learning_rate
    if config.lr_schedule == "cosine":
        lr = _cosine_schedule_class()(config.learning_rate, total_steps)
    if config.optimizer == "sgd":
        return keras.optimizers.SGD(lr, momentum=0.9)
    if config.optimizer == "rmsprop":
        return keras.optimizers.RMSprop(lr)
    return keras.optimizers.Adam(lr)


# TensorFlow/Keras keep about 8 MB alive for every model whose training step was
# traced, even after the model is gone and clear_session() (tensorflow#61791,
# keras#17458). So training models are compiled once per architecture and
# optimizer and reused: each run copies fresh initial weights in and zeroes
# the optimizer state, and hands over an uncompiled copy of the result.
_compiled: dict[tuple[str, ...], Any] = {}
_compiled_lock = threading.Lock()


def build_network(config: TrainConfig):
    """A new, uncompiled model of the config's architecture or spec."""
    if config.spec is not None:
        from .spec import NetworkSpec, build_model

        return build_model(NetworkSpec.from_dict(config.spec))
    return get_architecture(config.arch).build()


def describe_network(config: TrainConfig) -> str:
    """One line about the config's architecture or spec."""
    if config.spec is not None:
        from .spec import NetworkSpec

        spec = NetworkSpec.from_dict(config.spec)
        return f"{spec.name}, built in the editor: " + ", ".join(layer.label() for layer in spec.layers)
    return get_architecture(config.arch).description


def _take_compiled(config: TrainConfig, total_steps: int) -> tuple[Any, tuple[str, ...] | None]:
    """A compiled network with new random weights and a fresh optimizer, and its cache key."""
    import keras

    fresh = build_network(config)
    # The same layers under another name are the same network: renaming a spec must not trace anew.
    layers = {k: v for k, v in config.spec.items() if k != "name"} if config.spec is not None else None
    layout = json.dumps(layers, sort_keys=True) if layers is not None else config.arch
    key = (layout, config.optimizer, config.lr_schedule)
    with _compiled_lock:
        model = _compiled.pop(key, None)
    if model is None:
        fresh.compile(optimizer=_make_optimizer(config, total_steps), loss="sparse_categorical_crossentropy",
                      metrics=["accuracy"])
        return fresh, key
    model.set_weights(fresh.get_weights())
    for variable in model.optimizer.variables:  # step count, moments, learning rate
        variable.assign(keras.ops.zeros_like(variable))
    if config.lr_schedule == "cosine":
        model.optimizer._learning_rate.restart(config.learning_rate, total_steps)  # Keras keeps it only here
    else:
        model.optimizer.learning_rate = config.learning_rate
    return model, key


def _give_back_compiled(key: tuple[str, ...] | None, model) -> None:
    if key is not None:
        with _compiled_lock:
            _compiled[key] = model


def split_data(data: Mnist, config: TrainConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Training subset and validation hold-out, shuffled with the config's seed."""
    n = config.subset or len(data.x_train)
    order = np.random.default_rng(config.seed).permutation(len(data.x_train))[:n]
    n_val = int(n * config.validation_split)
    train_idx, val_idx = order[: n - n_val], order[n - n_val :]
    x, y = data.x_train, data.y_train
    return x[train_idx], y[train_idx], x[val_idx], y[val_idx]


def bridge_callback(listener: TrainingListener, cancel: CancelFlag, state: dict, steps_per_epoch: int,
                     watcher=None):
    import keras

    class Bridge(keras.callbacks.Callback):
        """Forwards Keras progress to the listener and turns a cancel request into stop_training."""

        def __init__(self) -> None:
            super().__init__()
            self.epoch = 0
            self.batches = 0
            self.means = {}

        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = state["epoch"] = epoch
            self.batches = 0
            self.means: dict[str, float] = {}

        def on_train_batch_end(self, batch, logs=None):
            logs = {k: float(v) for k, v in (logs or {}).items()}
            if not math.isfinite(logs.get("loss", 0.0)):
                state["nan"] = True
            # Keras reports running means over the epoch; recover this batch's own values.
            for key in ("loss", "accuracy"):
                if key in logs:
                    previous = self.means.get(key, 0.0)
                    logs[f"batch_{key}"] = (self.batches + 1) * logs[key] - self.batches * previous
                    self.means[key] = logs[key]
            self.batches += 1
            state["steps"] = state.get("steps", 0) + 1
            state["loss"] = logs.get("batch_loss")
            listener.on_batch_end(self.epoch, batch, logs)
            if watcher is not None:
                watcher.after_batch(self.model, state["steps"], self.epoch, state["loss"])
            if cancel.is_set():
                state["cancelled"] = True
                self.model.stop_training = True

        def on_test_batch_end(self, batch, logs=None):
            listener.on_validation_batch_end(self.epoch, batch)

        def on_epoch_end(self, epoch, logs=None):
            # Keras also ends an epoch that was stopped part-way; count only whole ones.
            if self.batches == steps_per_epoch:
                state["epochs"] = epoch + 1
            listener.on_epoch_end(epoch, {k: float(v) for k, v in (logs or {}).items()})

        def on_train_end(self, logs=None):
            state["ended"] = time.perf_counter()

    return Bridge()


def train(
    config: TrainConfig,
    data: Mnist,
    listener: TrainingListener | None = None,
    cancel: CancelFlag | None = None,
    extra: ExtraSamples | None = None,
    watcher: SnapshotTaker | None = None,
) -> TrainResult:
    """Build the config's network and fit it on ``data``; returns the model even when stopped early.

    ``extra``: personal samples (:mod:`~desktop.core.extra_samples`) added to the training images,
    shuffled in; validation and test stay MNIST's own. ``watcher`` takes snapshots of the network
    between batches (:mod:`~desktop.core.snapshots`), the last one of the network handed back.

    Raises
    ------
    ConfigError
        When the hyperparameters are invalid for this data.
    """
    config.check(len(data.x_train))
    import keras

    from .augment import augment_batch

    listener = listener or TrainingListener()
    cancel = cancel or CancelFlag()
    if config.seed is not None:
        keras.utils.set_random_seed(config.seed)

    x_train, y_train, x_val, y_val = split_data(data, config)
    if extra is not None:
        from .extra_samples import with_extra

        x_train, y_train = with_extra(x_train, y_train, extra, config.seed)
    steps_per_epoch = math.ceil(len(x_train) / config.batch_size)
    model, key = _take_compiled(config, steps_per_epoch * config.epochs)

    # Keras shuffles arrays itself, but its pipeline can hold fit up for seconds at the end (core.pipelines).
    images = tensor_in_slices(to_model_input(x_train))
    inputs = fit_batches(images, y_train.astype(np.int32), config.batch_size, seed=config.seed,
                         transform=augment_batch if config.augment else None)
    validation = (fit_batches(tensor_in_slices(to_model_input(x_val)), y_val.astype(np.int32), config.batch_size,
                              shuffle=False) if len(x_val) else None)

    state: dict = {"epochs": 0}
    callbacks = [bridge_callback(listener, cancel, state, steps_per_epoch, watcher), keras.callbacks.TerminateOnNaN()]
    early = None
    if config.patience > 0 and validation is not None:
        early = keras.callbacks.EarlyStopping(
            monitor="val_loss", patience=config.patience, restore_best_weights=True
        )
        callbacks.append(early)
    if config.csv_log:
        callbacks.append(keras.callbacks.CSVLogger(config.csv_log))
    if config.tensorboard_dir:
        callbacks.append(keras.callbacks.TensorBoard(config.tensorboard_dir, update_freq="epoch"))

    listener.on_train_begin(config.epochs, steps_per_epoch)
    if watcher is not None:
        watcher.begin(model, steps_per_epoch * config.epochs)
    start = time.perf_counter()
    history = model.fit(inputs, epochs=config.epochs, validation_data=validation, callbacks=callbacks, shuffle=False,
                        verbose=0)
    returned = time.perf_counter()
    seconds = returned - start
    trained = build_network(config)  # handed over; the compiled one stays here
    trained.set_weights(model.get_weights())
    if watcher is not None:  # after fit: early stopping may have restored its best weights
        watcher.end(model, state.get("steps", 0), state.get("epoch", 0), state.get("loss"))
    _give_back_compiled(key, model)

    if state.get("nan"):
        stopped = "nan"
    elif state.get("cancelled"):
        stopped = "cancelled"
    elif early is not None and early.stopped_epoch > 0:
        stopped = "early-stopping"
    else:
        stopped = ""
    return TrainResult(
        model=trained,
        config=config,
        history={k: [float(v) for v in vals] for k, vals in history.history.items()},
        epochs_completed=state["epochs"],
        stopped=stopped,
        seconds=seconds,
        n_train=len(x_train),
        n_val=len(x_val),
        extra=extra.summary() if extra is not None else None,
        return_lag_s=returned - state.get("ended", returned),
    )


def config_dict(config: TrainConfig, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The hyperparameters as plain JSON-ready values (log locations left out); with ``extra`` (a
    :attr:`TrainResult.extra`), ``personal_samples``: how many were added and how many variations of each."""
    values = asdict(config)
    for key in ("csv_log", "tensorboard_dir"):
        values.pop(key)
    if extra is not None:
        values["personal_samples"] = {"samples": extra["samples"], "variations_each": extra["variations_each"]}
    return values
