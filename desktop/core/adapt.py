"""Adapting a model to one person's handwriting: a short fine-tune on their samples, with replay.

A handful of a writer's own samples, each rendered as drawn and in many
stroke-space variations (``core/stroke_augment.py``), make a share of every
batch; the rest of each batch replays what the model already knows (MNIST
training images, other writers' pen digits and, for a model that says "not
a digit", pen non-digits) with the model's own probabilities as targets
(learning without forgetting), so it learns the person's style without
forgetting everyone else's. Only the classifier on top of the features (the
hidden layer and the output, :func:`freeze_features`) trains, for a few
hundred steps at a decaying learning rate. Since the features stay as they
are, each image's features are computed once (:func:`split_model`; the
replay's when it is distilled) and the steps run the classifier alone.

The figures are honest: the person's samples are scored only by models that
never trained on them (k-fold cross-validation, :func:`cross_validate`), and
MNIST's test set before and after.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .data import Mnist
from .evaluation import batch_probabilities
from .head_training import train_head
from .i18n import translate
from .pen_samples import NOT_A_DIGIT, PenSample, labels_of, render_samples, render_varied
from .pipelines import PREFETCH, tensor_in_slices, without_autotuning
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
    train_from: str = ""  # the first layer trained, by name; "": the classifier (see freeze_features)


@dataclass
class Replay:
    """What an adaptation replays so the model keeps reading everyone else: images and targets.

    Rows are made when an adaptation first draws them (:meth:`make`): other
    writers' pen samples rendered and, once :func:`distilled`, the model's
    outputs computed. One adaptation's 200 steps draw about 60 % of the rows,
    so the rest are never rendered nor run through the network.
    """

    x: np.ndarray  # float32 (N, 28, 28); rows still in ``unrendered`` are blank until made
    targets: np.ndarray  # float32 (N, 10): one-hot, or 0.1 each for "not a digit"; the model's own once distilled
    weights: np.ndarray  # float32 (N,)
    counts: dict[str, int] = field(default_factory=dict)
    # What the frozen features of the model it was distilled with make of x (see split_model), for the
    # rows made; only copies of that model use them (features_key).
    features: np.ndarray | None = None
    unrendered: dict[int, PenSample] = field(default_factory=dict)  # row -> the pen sample to render there
    teacher: Any = None  # the model (or its Split) whose outputs become the targets of rows not yet distilled
    undistilled: np.ndarray | None = None  # bool (N,): rows whose targets the teacher has still to give

    @property
    def features_key(self) -> str:
        """The fingerprint of the frozen layers and weights the features come from ("" without features)."""
        return self.teacher.key if isinstance(self.teacher, Split) else ""

    def make(self, rows: np.ndarray) -> None:
        """Render and distil those of ``rows`` (indices) not made yet."""
        rows = np.unique(np.asarray(rows, np.int64))
        render = [int(r) for r in rows if int(r) in self.unrendered]
        if render:
            self.x[render] = render_samples([self.unrendered.pop(r) for r in render])
        if self.teacher is None or self.undistilled is None:
            return
        rows = rows[self.undistilled[rows]]
        if not len(rows):
            return
        if isinstance(self.teacher, Split):
            features = _outputs(self.teacher.trunk, self.x[rows][..., None])
            if self.features is None:
                self.features = np.empty((len(self.x), *features.shape[1:]), np.float32)
            self.features[rows] = features
            self.targets[rows] = _outputs(self.teacher.head, features)
        else:
            self.targets[rows] = batch_probabilities(self.teacher, self.x[rows])
        self.undistilled[rows] = False


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
    xs, labels, counts, unrendered = [], [], {}, {}
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
        first = sum(len(x) for x in xs)
        unrendered.update((first + i, sample) for i, sample in enumerate(chosen))
        xs.append(np.zeros((len(chosen), 28, 28), np.float32))  # rendered when drawn (Replay.make)
        labels.append(labels_of(chosen))
        counts[name] = len(chosen)
    if not xs:
        return Replay(np.zeros((0, 28, 28), np.float32), np.zeros((0, 10), np.float32), np.zeros(0, np.float32))
    label = np.concatenate(labels)
    return Replay(np.concatenate(xs), targets_for(label), _weights_for(label), counts, unrendered=unrendered)


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
    reading everyone else as it did (learning without forgetting), mistakes and all; with the frozen
    features of its images, which adapting a copy of ``model`` then need not compute again. Both are
    computed for the rows an adaptation draws, as it draws them (:meth:`Replay.make`)."""
    split = split_model(model)
    return Replay(replay.x, np.zeros_like(replay.targets), np.ones(len(replay.x), np.float32), dict(replay.counts),
                  unrendered=replay.unrendered, teacher=split if split is not None else model,
                  undistilled=np.ones(len(replay.x), bool))


@dataclass
class AdaptResult:
    """A finished (or stopped) adaptation: the adapted model and what it was trained on."""

    model: Any
    samples: int  # own samples trained on
    steps: int  # training steps done
    stopped: bool
    seconds: float
    replay: dict[str, int]


def _batch_rows(own: int, replay: int, options: AdaptOptions,
                rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Rows of every step's batch, one step after the other: ``own_per_batch`` of the ``own`` images, the
    rest of the ``replay``'s ((steps, mine) and (steps, others) indices)."""
    steps, size = options.steps, options.batch_size
    own_n = min(options.own_per_batch, size) if own else 0
    if not replay:
        own_n = size
    rest = size - own_n
    mine, other = np.zeros((steps, own_n), np.int64), np.zeros((steps, rest), np.int64)
    for step in range(steps):  # drawn step by step, in the order adaptations always drew them
        if own_n:
            mine[step] = rng.integers(0, own, own_n)
        if rest:
            other[step] = rng.integers(0, replay, rest)
    return mine, other


def _step_batches(own: tuple[np.ndarray, ...], replayed: tuple[np.ndarray, ...], mine: np.ndarray,
                  other: np.ndarray):
    """A dataset of each step's batch: rows ``mine[step]`` of the ``own`` arrays (inputs, targets,
    weights) then rows ``other[step]`` of the ``replayed`` ones, gathered as the steps run (the steps'
    rows are never all made at once: as features they would be 177 MB for the reader-trio)."""
    import tensorflow as tf

    data = tuple(tensor_in_slices(a) for a in (*own, *replayed))

    def take(rows, arrays):
        mine_rows, other_rows = rows
        return tuple(tf.concat([tf.gather(arrays[i], mine_rows), tf.gather(arrays[i + 3], other_rows)], axis=0)
                     for i in range(3))

    # The arrays go in as one element repeated, not captured by ``take`` (as in ``pipelines.fit_batches``).
    steps = tf.data.Dataset.from_tensor_slices((mine, other))
    batches = tf.data.Dataset.zip((steps, tf.data.Dataset.from_tensors(data).repeat())).map(take)
    return without_autotuning(batches.prefetch(PREFETCH))


@dataclass(frozen=True)
class Split:
    """A model as its frozen layers (``trunk``: images -> features) and the classifier on them (``head``),
    both made of the model's own layer objects: training the head trains the model."""

    trunk: Any
    head: Any
    key: str  # fingerprint of the trunk's layers and weights


def _classifier_start(model, train_from: str = "") -> int:
    """Index of the first layer that adapting trains: the layer named ``train_from``, or by default the
    classifier's first (see :func:`freeze_features`)."""
    if train_from:
        names = [layer.name for layer in model.layers]
        if train_from not in names:
            raise ValueError(f"the model has no layer named {train_from!r}")
        return names.index(train_from)
    names = [type(layer).__name__ for layer in model.layers]
    last = max((i for i, n in enumerate(names) if n in ("Flatten", "GlobalAveragePooling2D")), default=-1)
    hidden = [i for i, layer in enumerate(model.layers) if layer.name == "hidden"]
    if hidden:
        last = min(last, hidden[0] - 1)
    return last + 1


def _acts_in_training(layer) -> bool:
    """A layer that does something else while training (dropout, noise, random augmentation)."""
    kind = type(layer).__name__
    return "Dropout" in kind or "Noise" in kind or kind.startswith("Random")


def split_model(model, train_from: str = "") -> Split | None:
    """``model`` as frozen features and the classifier on them (from the layer named ``train_from``, by
    default as :func:`freeze_features` says); None where the features of an image, computed once, would
    not be what training sees (a layer before the classifier acts in training) or the model is not one
    chain of layers."""
    import keras

    start = _classifier_start(model, train_from)
    layers = model.layers
    if type(model).__name__ != "Sequential" or not 0 < start < len(layers):
        return None
    if any(_acts_in_training(layer) for layer in layers[:start]):
        return None
    images = keras.Input(tuple(model.input_shape[1:]))
    x = images
    for layer in layers[:start]:
        x = layer(x)
    features = keras.Input(tuple(x.shape[1:]))
    y = features
    for layer in layers[start:]:
        y = layer(y)
    digest = hashlib.blake2b(digest_size=16)
    for layer in layers[:start]:
        config = {k: v for k, v in layer.get_config().items() if k not in ("name", "trainable")}  # not its maths
        digest.update(json.dumps([type(layer).__name__, config], sort_keys=True, default=str).encode())
        for weights in layer.get_weights():
            digest.update(np.ascontiguousarray(weights).tobytes())
    return Split(keras.Model(images, x), keras.Model(features, y), digest.hexdigest())


def _outputs(model, x: np.ndarray, batch_size: int = 500) -> np.ndarray:
    """``model``'s float32 outputs for ``x`` (not empty), ``batch_size`` rows at a time (inference).

    Each batch is copied into its place as it comes: concatenating the batches at the end would copy
    the reader-trio's replay features (124 MB) in one go, holding the GIL (a GUI pause) meanwhile."""
    out = None
    for i in range(0, len(x), batch_size):
        part = np.asarray(model(x[i:i + batch_size], training=False), np.float32)
        if out is None:
            out = np.empty((len(x), *part.shape[1:]), np.float32)
        out[i:i + len(part)] = part
    return out


def freeze_features(model, train_from: str = "") -> None:
    """Leave only the classifier trainable: the layers after the last Flatten (or global pooling), or from
    the layer named "hidden" on. The features every writer shares stay as they are, the classifier on top
    of them learns the person's style. (Joined readers, core/ensemble.py, hold their hidden Dense layers as
    a convolution before Flatten.) ``train_from``: the first layer trained, by name, instead."""
    for layer in model.layers[:_classifier_start(model, train_from)]:
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
    freeze_features(model, options.train_from)
    own_x = render_varied(own, options.variations, rng)[..., None]
    own_labels = np.tile(labels_of(own), options.variations + 1)
    mine, other = _batch_rows(len(own_x), len(replay.x), options, rng)
    used = np.unique(other)  # the replay's rows the steps draw: only those are made and handed over
    replay.make(used)
    other = np.searchsorted(used, other)
    trained = model
    split = split_model(model, options.train_from)
    if split is None:
        replay_x = replay.x[used][..., None]
    else:  # the classifier alone trains, on features computed once
        own_x = _outputs(split.trunk, own_x)
        if replay.features is not None and replay.features_key == split.key:
            replay_x = replay.features[used]  # distilled from this model (or a copy): made already
        elif len(used):
            replay_x = _outputs(split.trunk, replay.x[used][..., None])
        else:
            replay_x = own_x[:0]  # nothing replayed: an empty part of the same shape
        trained = split.head
    batches = _step_batches((own_x, targets_for(own_labels), _weights_for(own_labels)),
                            (replay_x, replay.targets[used], replay.weights[used]), mine, other)

    def progress(step: int, loss: float) -> None:
        listener.on_batch_end(run, step, {"loss": loss, "batch_loss": loss})

    steps = train_head(trained, batches, options.steps, options.learning_rate, progress, cancel)
    listener.on_epoch_end(run, {})
    return AdaptResult(model, len(own), steps, cancel.is_set(), time.perf_counter() - start,
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


__all__ = ["AdaptOptions", "AdaptResult", "Adaptation", "Replay", "Split", "adapt", "adapt_and_measure",
           "adapted_card", "build_replay", "copy_model", "distilled", "folds", "freeze_features", "model_from_parts",
           "read_samples", "replay_pools", "split_model", "targets_for", "trained_on_of"]
