"""Adapting a model to one person's handwriting: a short fine-tune on their samples, with replay.

A handful of a writer's own samples, each rendered as drawn and in many
stroke-space variations (``core/stroke_augment.py``), make a share of every
batch; the rest of each batch replays what the model already knows (MNIST
training images, other writers' pen digits and, for a model that says "not
a digit", pen non-digits) with the model's own probabilities as targets
(learning without forgetting), so it learns the person's style without
forgetting everyone else's. Only the classifier on top of the features (the
hidden layer and the output, :func:`freeze_features`) trains, for a few
hundred steps at a decaying learning rate.

The figures are honest: the person's samples are scored only by models that
never trained on them (k-fold cross-validation, :func:`cross_validate`), and
MNIST's test set before and after.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .data import Mnist
from .evaluation import batch_probabilities
from .i18n import translate
from .pen_samples import NOT_A_DIGIT, PenSample, labels_of, render_samples, render_varied
from .pipelines import fit_batches, tensor_in_slices
from .reading import Calibration
from .training import CancelFlag, TrainingListener

NONDIGIT_WEIGHT = 0.5  # of a non-digit's loss against a digit's, as in the recipe


@dataclass(frozen=True)
class AdaptOptions:
    """How an adaptation trains; the defaults are the app's and the CLI's."""

    steps: int = 200
    batch_size: int = 64
    own_per_batch: int = 24  # of each batch: the person's samples (varied)
    variations: int = 24  # stroke-space variations of each own sample (besides it as drawn)
    learning_rate: float = 1e-3
    replay_mnist: int = 6000  # MNIST training images to replay from
    replay_pen: int = 1500  # other writers' pen digits / non-digits to replay from (each)
    seed: int = 0


@dataclass(frozen=True)
class Replay:
    """What an adaptation replays so the model keeps reading everyone else: images and targets."""

    x: np.ndarray  # float32 (N, 28, 28)
    targets: np.ndarray  # float32 (N, 10): one-hot, or 0.1 each for "not a digit"
    weights: np.ndarray  # float32 (N,)
    counts: dict[str, int] = field(default_factory=dict)


def targets_for(labels: np.ndarray) -> np.ndarray:
    """One-hot targets, an even spread (0.1 each) for "not a digit" (-1)."""
    out = np.full((len(labels), 10), 0.1, np.float32)
    digit = labels >= 0
    out[digit] = np.eye(10, dtype=np.float32)[labels[digit]]
    return out


def _weights_for(labels: np.ndarray) -> np.ndarray:
    return np.where(labels >= 0, 1.0, NONDIGIT_WEIGHT).astype(np.float32)


def build_replay(mnist: Mnist | None, pen_digits: Sequence[PenSample], pen_nondigits: Sequence[PenSample],
                 options: AdaptOptions, rng: np.random.Generator, rejects: bool) -> Replay:
    """A random share of MNIST's training images and of other writers' pen samples to replay.

    ``rejects``: the model says "not a digit", so non-digits are replayed too.
    """
    xs, labels, counts = [], [], {}
    if mnist is not None and len(mnist.x_train):
        pick = rng.choice(len(mnist.x_train), min(options.replay_mnist, len(mnist.x_train)), replace=False)
        xs.append(mnist.x_train[pick].astype(np.float32) / 255.0)
        labels.append(mnist.y_train[pick].astype(np.int64))
        counts["MNIST"] = len(pick)
    for name, pool in (("pen digits", pen_digits), ("pen non-digits", pen_nondigits if rejects else ())):
        if not pool:
            continue
        pick = rng.choice(len(pool), min(options.replay_pen, len(pool)), replace=False)
        chosen = [pool[int(i)] for i in pick]
        xs.append(render_samples(chosen))
        labels.append(labels_of(chosen))
        counts[name] = len(chosen)
    if not xs:
        return Replay(np.zeros((0, 28, 28), np.float32), np.zeros((0, 10), np.float32), np.zeros(0, np.float32))
    label = np.concatenate(labels)
    return Replay(np.concatenate(xs), targets_for(label), _weights_for(label), counts)


def replay_pools() -> tuple[list[PenSample], list[PenSample]]:
    """Other writers' pen digits and non-digits to replay: the "train" writers of the shared UNIPEN
    development files, where they are (beside ``$DIGITS_MNIST``); empty lists where not."""
    from .locations import PEN_DIGITS, PEN_NONDIGITS, shared_data_file
    from .pen_samples import SampleFileError, load_samples, split_by_writer

    pools = []
    for name in (PEN_DIGITS, PEN_NONDIGITS):
        path = shared_data_file(name)
        try:
            pools.append(split_by_writer(load_samples(path))["train"] if path.is_file() else [])
        except SampleFileError:
            pools.append([])
    return pools[0], pools[1]


def distilled(replay: Replay, model) -> Replay:
    """The replay with the model's own probabilities as targets, so the adapted model is held to
    reading everyone else as it did (learning without forgetting), mistakes and all."""
    if not len(replay.x):
        return replay
    probs = batch_probabilities(model, replay.x).astype(np.float32)
    return Replay(replay.x, probs, np.ones(len(replay.x), np.float32), dict(replay.counts))


@dataclass
class AdaptResult:
    """A finished (or stopped) adaptation: the adapted model and what it was trained on."""

    model: Any
    samples: int  # own samples trained on
    steps: int  # training steps done
    stopped: bool
    seconds: float
    replay: dict[str, int]


def _batches(own_x: np.ndarray, own_t: np.ndarray, own_w: np.ndarray, replay: Replay, options: AdaptOptions,
             rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All the steps' batches, one after the other: ``own_per_batch`` own images, the rest replay."""
    steps, size = options.steps, options.batch_size
    own_n = min(options.own_per_batch, size) if len(own_x) else 0
    if not len(replay.x):
        own_n = size
    rest = size - own_n
    x = np.empty((steps, size, 28, 28), np.float32)
    t = np.empty((steps, size, 10), np.float32)
    w = np.empty((steps, size), np.float32)
    for step in range(steps):
        mine = rng.integers(0, len(own_x), own_n) if own_n else np.zeros(0, np.int64)
        other = rng.integers(0, len(replay.x), rest) if rest else np.zeros(0, np.int64)
        x[step] = np.concatenate([own_x[mine], replay.x[other]])
        t[step] = np.concatenate([own_t[mine], replay.targets[other]])
        w[step] = np.concatenate([own_w[mine], replay.weights[other]])
    return x.reshape(-1, 28, 28), t.reshape(-1, 10), w.reshape(-1)


def freeze_features(model) -> None:
    """Leave only the classifier trainable: the layers after the last Flatten (or global pooling), or from
    the layer named "hidden" on. The features every writer shares stay as they are, the classifier on top
    of them learns the person's style. (Joined readers, core/ensemble.py, hold their hidden Dense layers as
    a convolution before Flatten.)"""
    names = [type(layer).__name__ for layer in model.layers]
    last = max((i for i, n in enumerate(names) if n in ("Flatten", "GlobalAveragePooling2D")), default=-1)
    hidden = [i for i, layer in enumerate(model.layers) if layer.name == "hidden"]
    if hidden:
        last = min(last, hidden[0] - 1)
    for layer in model.layers[:last + 1]:
        layer.trainable = False


def copy_model(model):
    """A new Keras model with ``model``'s layers and weights (nothing shared)."""
    return model_from_parts(model.to_json(), model.get_weights())


def model_from_parts(json_text: str, weights: list):
    """A Keras model rebuilt from its ``to_json()`` text and its weights (e.g. handed to another thread)."""
    import keras

    from . import grouped_conv  # noqa: F401  (registers the layer that joined readers name)

    model = keras.models.model_from_json(json_text)
    model.set_weights(weights)
    return model


def adapt(model, samples: Sequence[PenSample], replay: Replay, options: AdaptOptions = AdaptOptions(),
          listener: TrainingListener | None = None, cancel: CancelFlag | None = None,
          rejects: bool = True, run: int = 0) -> AdaptResult:
    """Fine-tune ``model`` (in place: pass a copy) on ``samples`` with ``replay``; returns it when stopped too.

    ``rejects``: the model says "not a digit"; otherwise the samples labelled
    -1 are left out (a ten-output model has nothing to learn from them).
    Progress goes to ``listener.on_batch_end(run, step, ...)``.
    """
    import keras

    listener = listener or TrainingListener()
    cancel = cancel or CancelFlag()
    rng = np.random.default_rng(options.seed)
    keras.utils.set_random_seed(options.seed)
    own = [s for s in samples if rejects or s.label != NOT_A_DIGIT]
    if not own:
        raise ValueError(translate("Adapt", "no samples to adapt to"))
    start = time.perf_counter()
    freeze_features(model)
    own_x = render_varied(own, options.variations, rng)
    own_labels = np.tile(labels_of(own), options.variations + 1)
    x, t, w = _batches(own_x, targets_for(own_labels), _weights_for(own_labels), replay, options, rng)

    schedule = keras.optimizers.schedules.CosineDecay(options.learning_rate, options.steps, alpha=0.1)
    model.compile(optimizer=keras.optimizers.Adam(schedule), loss="categorical_crossentropy")
    done = {"steps": 0}

    class Bridge(keras.callbacks.Callback):
        def on_train_batch_end(self, batch, logs=None):
            done["steps"] = batch + 1
            loss = float((logs or {}).get("loss", math.nan))
            listener.on_batch_end(run, batch, {"loss": loss, "batch_loss": loss})
            if cancel.is_set():
                self.model.stop_training = True

    batches = fit_batches(tensor_in_slices(x[..., None]), t, options.batch_size, shuffle=False, weights=w)
    model.fit(batches, epochs=1, shuffle=False, callbacks=[Bridge(), keras.callbacks.TerminateOnNaN()], verbose=0)
    listener.on_epoch_end(run, {})
    return AdaptResult(model, len(own), done["steps"], cancel.is_set(), time.perf_counter() - start,
                       dict(replay.counts))


def read_samples(model, calibration: Calibration, samples: Sequence[PenSample], path=None) -> np.ndarray:
    """What the model reads for each sample (-1: "not a digit"), through the canvas' rendering; with a
    ``path`` (``core.adapt_path.PathPart``), from image and pen path joined, as the canvas reads drawings."""
    if not samples:
        return np.zeros(0, np.int64)
    probs = batch_probabilities(model, render_samples(samples))
    if path is not None:
        from .path_reading import paths_of

        return path.reader().read_batch(probs, paths_of(samples))[0]
    return calibration.read_batch(probs)[0]


def folds(samples: Sequence[PenSample], k: int) -> list[np.ndarray]:
    """Indices of ``k`` folds, each label's samples dealt out in turn (so every fold has some of each)."""
    fold = np.zeros(len(samples), np.int64)
    seen: dict[int, int] = {}
    for i, sample in enumerate(samples):
        fold[i] = seen.get(sample.label, 0) % k
        seen[sample.label] = seen.get(sample.label, 0) + 1
    return [np.flatnonzero(fold == j) for j in range(k)]


@dataclass
class Adaptation:
    """An adaptation with its honest figures (``None`` where there was nothing to measure).

    ``own_before`` / ``own_after``: share of the person's samples read right
    by the model it started from and, by ``folds``-fold cross-validation, by
    models adapted on the other folds (never on the samples scored);
    ``own_scored``: how many samples those two figures are over. MNIST
    figures are on its 10,000 test images.
    """

    model: Any
    samples: int
    steps: int
    stopped: bool
    seconds: float
    own_before: float | None = None
    own_after: float | None = None
    own_scored: int = 0
    mnist_before: float | None = None
    mnist_after: float | None = None
    replay: dict[str, int] = field(default_factory=dict)
    folds: int = 0
    path_model: Any = None  # the adapted path network, for a model read with one

    def figures(self) -> dict[str, Any]:
        return {"samples": self.samples, "own_scored": self.own_scored, "own_before": self.own_before,
                "own_after_cross_validated": self.own_after, "cross_validation_folds": self.folds,
                "reading": "image and pen path" if self.path_model is not None else "image",
                "mnist_test_before": self.mnist_before, "mnist_test_after": self.mnist_after,
                "steps": self.steps, "seconds": round(self.seconds, 1), "replay": self.replay}


def _mnist_accuracy(model, mnist: Mnist | None) -> float | None:
    if mnist is None or not len(mnist.y_test):
        return None
    probs = batch_probabilities(model, mnist.x_test.astype(np.float32) / 255.0)
    return float((probs.argmax(axis=1) == mnist.y_test).mean())


def adapt_and_measure(source, calibration: Calibration, samples: Sequence[PenSample], mnist: Mnist | None,
                      pen_digits: Sequence[PenSample] = (), pen_nondigits: Sequence[PenSample] = (),
                      options: AdaptOptions = AdaptOptions(), listener: TrainingListener | None = None,
                      cancel: CancelFlag | None = None, check_folds: int = 2,
                      trained_on: frozenset[str] = frozenset(), path_source=None) -> Adaptation | None:
    """Adapt a copy of ``source`` to ``samples`` and measure it honestly; None when cancelled.

    ``check_folds`` models are first adapted on all but one fold of the
    samples and score that fold; then the returned model is adapted on all
    of them. ``trained_on``: fingerprints of samples ``source`` was itself
    adapted on, left out of the "before" figure. ``pen_digits`` /
    ``pen_nondigits``: other writers' samples to replay (never the person's).
    ``path_source``: the source's path network (``core.adapt_path.PathPart``),
    adapted beside it; the samples are then read from image and path joined.
    """
    from .adapt_path import PathPart, adapt_path, path_replay
    from .personal_samples import fingerprint

    listener = listener or TrainingListener()
    cancel = cancel or CancelFlag()
    start = time.perf_counter()
    rejects = (path_source.calibration if path_source is not None else calibration).reject_below > 0
    usable = [s for s in samples if rejects or s.label != NOT_A_DIGIT]
    if not usable:
        raise ValueError(translate("Adapt", "no samples to adapt to") if not samples else
                         translate("Adapt", "this model never says 'not a digit', and every sample is labelled so"))
    parts = [p for p in folds(usable, check_folds) if len(p)] if check_folds > 1 else []
    parts = [p for p in parts if len(p) < len(usable)]
    runs = len(parts) + 1
    listener.on_train_begin(runs, options.steps)
    replay = distilled(build_replay(mnist, pen_digits, pen_nondigits, options,
                                    np.random.default_rng(options.seed), rejects), source)
    path_rep = (path_replay(path_source.model, pen_digits, pen_nondigits if rejects else (), options.replay_pen,
                            np.random.default_rng(options.seed)) if path_source is not None else None)

    def adapted_path(on: list[PenSample], run: int):
        """A copy of the source's path network adapted on ``on``; None without one or when stopped."""
        if path_source is None:
            return None
        path_model = copy_model(path_source.model)
        if not adapt_path(path_model, on, path_rep, options.steps, options.batch_size, options.own_per_batch,
                          options.variations, options.learning_rate, np.random.default_rng(options.seed + run),
                          cancel):
            return None
        return PathPart(copy_model(path_model), path_source.weight, path_source.calibration)  # no optimizer state

    labels = labels_of(usable)
    fresh = np.array([fingerprint(s) not in trained_on for s in usable])
    before = read_samples(source, calibration, usable, path_source) == labels
    after = np.zeros(len(usable), bool)
    scored = np.zeros(len(usable), bool)
    for run, held in enumerate(parts):
        out_of_fold = set(held.tolist())
        rest = [s for i, s in enumerate(usable) if i not in out_of_fold]
        model = copy_model(source)
        adapt(model, rest, replay, options, listener, cancel, rejects, run)
        path = adapted_path(rest, run)
        if cancel.is_set() or (path_source is not None and path is None):
            return None
        after[held] = read_samples(model, calibration, [usable[i] for i in held], path) == labels[held]
        scored[held] = True
    model = copy_model(source)
    result = adapt(model, usable, replay, options, listener, cancel, rejects, runs - 1)
    path = adapted_path(usable, runs - 1)
    if result.stopped or cancel.is_set() or (path_source is not None and path is None):
        return None
    mask = scored & fresh
    return Adaptation(
        model, len(usable), result.steps, False, time.perf_counter() - start,
        own_before=float(before[fresh].mean()) if fresh.any() else None,
        own_after=float(after[mask].mean()) if mask.any() else None,
        own_scored=int(mask.sum()),
        mnist_before=_mnist_accuracy(source, mnist), mnist_after=_mnist_accuracy(model, mnist),
        replay=result.replay, folds=len(parts), path_model=path.model if path is not None else None)


# What an adapted model keeps of its source's card: the network and how to read its outputs.
KEPT_FROM_SOURCE = ("architecture", "params", "calibration", "input", "output", "dataset")


def adapted_card(source_card: dict[str, Any], source_name: str, adaptation: Adaptation,
                 fingerprints: Sequence[str], options: AdaptOptions, name: str = "") -> dict[str, Any]:
    """The model card of an adapted model: what it was adapted from, on how many samples, its figures."""
    import datetime as _dt

    import keras

    kept = {key: source_card[key] for key in KEPT_FROM_SOURCE if key in source_card}
    if adaptation.path_model is not None and isinstance(source_card.get("path_network"), dict):
        # How to read the adapted path network with the adapted image networks: as the source did.
        entry = source_card["path_network"]
        kept["path_network"] = {key: entry[key] for key in ("description", "weight", "calibration", "params")
                                if key in entry} | {"adapted": True}
    chain = source_card.get("adapted_from_chain")
    chain = [c for c in chain if isinstance(c, str)] if isinstance(chain, list) else []
    return {
        "name": name,
        "description": (f"{source_name} adapted to one person's handwriting on {adaptation.samples} of their "
                        "samples (classifier layers fine-tuned, features kept; MNIST and other writers replayed)."),
        **kept,
        "adapted_from": source_name,
        "adapted_from_chain": chain + [source_name],
        "adaptation": adaptation.figures(),
        "adaptation_options": asdict(options),
        "adapted_on": list(fingerprints),
        "test_accuracy": adaptation.mnist_after,
        "test_images": 10_000 if adaptation.mnist_after is not None else 0,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "keras_version": keras.__version__,
    }


def trained_on_of(card: dict[str, Any]) -> frozenset[str]:
    """Fingerprints of the samples a model (by its card) was adapted or trained on (``train --samples``)."""
    keys = card.get("adapted_on")
    keys = list(keys) if isinstance(keys, list) else []
    extra = card.get("personal_samples")
    if isinstance(extra, dict) and isinstance(extra.get("fingerprints"), list):
        keys += extra["fingerprints"]
    return frozenset(k for k in keys if isinstance(k, str))


__all__ = ["AdaptOptions", "AdaptResult", "Adaptation", "Replay", "adapt", "adapt_and_measure", "adapted_card",
           "build_replay", "replay_pools",
           "copy_model", "distilled", "model_from_parts", "folds", "freeze_features", "read_samples", "targets_for",
           "trained_on_of"]
