"""The recipe of the shipped model: data, augmentation, training, calibration, figures, in one call.

``digit-recognizer train --recipe default`` runs :func:`run_recipe`. It trains
the course CNN (seed-cnn) on

- MNIST's 60,000 training images (raster augmentation, ``core/augment.py``);
- the real pen digits of ``unipen-dev.json.gz`` by the "train" writers, each
  rendered through the canvas' preprocessing as drawn and in several
  stroke-space variations (``core/stroke_augment.py``);
- the writing styles of ``core/writing_styles.py``;
- as "not a digit", the real symbols and letters of
  ``unipen-dev-nondigits.json.gz`` by the same writers and synthetic marks
  (``core/marks.py``), with an even spread over the ten digits as target,
  so that the top probability of a non-digit is low.

Writers are split three ways (``core/pen_samples.writer_part``): the
"calibrate" writers fit the temperature and the rejection threshold, the
"report" writers (about a quarter) are only used for the figures on the card.

Three such networks are trained, from different seeds (the second and third
with their weights averaged over their last steps), and joined into one
reader-trio that averages their logits (``core/ensemble.py``).
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

from .architectures import JOINED_READERS
from .data import Mnist
from .ensemble import join_readers
from .evaluation import batch_probabilities as predict
from .marks import MARKS, random_marks
from .model_files import ModelFileError
from .pipelines import PREFETCH, without_autotuning
from .pen_samples import REPORT_RESIDUES, PenSample, labels_of, render_samples, render_varied, split_by_writer
from .reading import Calibration, expected_calibration_error, fit_temperature, threshold_for
from .recipe_networks import NetworkStore, inputs_key, network_key
from .stroke_augment import augment_strokes
from .stroke_evaluation import rejected_by_kind, score
from .strokes import to_mnist
from .training import CancelFlag, TrainingListener
from .writing_styles import STYLES


@dataclass(frozen=True)
class RecipeOptions:
    """What the recipe uses; the defaults make the shipped model, smaller values a quick test run."""

    architecture: str = "reader-cnn"  # seed-cnn trained this way: MNIST 98.8 % (README)
    epochs: int = 24
    batch_size: int = 64
    learning_rate: float = 1e-3
    seed: int = 7
    mnist_images: int | None = None  # None: all 60,000
    digit_copies: int = 20  # stroke-space variations of each training pen digit (besides the digit as drawn)
    style_samples: int = 600  # per writing style
    nondigit_copies: int = 2  # variations of each training letter (besides it as drawn)
    # Symbols (+ * < > = ? % $ & # @) are a sixteenth of the real non-digits and the hardest to tell from a
    # digit (? from 2 and 7, > from 7, $ from 5 and 8), so each gets more variations than a letter.
    symbol_copies: int = 8
    marks: int = 6000  # synthetic non-digit marks
    nondigit_weight: float = 0.5  # of a non-digit's loss against a digit's (1.0: MNIST 99.38 %, README)
    # Share of the calibrate writers' pen digits the threshold may reject. Real collections hold a few
    # scribbles labelled as digits (about 0.8 % of the calibrate writers'), which any good threshold rejects.
    max_digits_rejected: float = 0.01
    # > 0: hand over an exponential moving average of the weights (Keras' use_ema; 0.999 = the last ~1,000
    # steps). Tried once at 0.999: pen digits 99.03 -> 99.27 %, but random scribbles rejected 80 -> 67 %
    # (README, "What was tried"), so the shipped model is made without it.
    ema_momentum: float = 0.0
    # More networks, trained apart with these seeds (none: the first alone) and weight averaging, joined with
    # the first as one network that averages their logits (core/ensemble.py). Each was decided before it was
    # measured, because networks averaged generalise better than one (README, "What was tried").
    more_seeds: tuple[int, ...] = (8, 9)
    more_ema_momentum: float = 0.999
    # Share of the canvas-rendered images (pen digits, styles, non-digits, marks) that also get MNIST's raster
    # augmentation (warped, so slightly blurred). With none, every blurred image a network sees is a digit, and
    # the shipped model learnt that: its non-digits blurred by 0.5 px are called "not a digit" 16 % of the
    # time instead of 94 % (bench/rendering_robustness.py). Not yet in a shipped model (README).
    pen_raster_augment: float = 0.0
    # A 1-D CNN on the pen's path trained beside the image networks (core/recipe_path.py), read with them
    # wherever strokes exist: its weight in the joined reading (0: none) and its epochs. The weight was
    # chosen on the calibrate writers (bench/path_net_trial.py: 0.25 and 0.5 read as many digits; 0.5
    # rejected more non-digits).
    path_weight: float = 0.5
    path_epochs: int = 12


#: Options that do not change how one image network trains (part of no image network's key).
IMAGE_KEY_IGNORES = ("more_seeds", "more_ema_momentum", "max_digits_rejected", "path_weight", "path_epochs")


@dataclass
class TrainingSet:
    x: np.ndarray  # float32 (N, 28, 28)
    targets: np.ndarray  # float32 (N, 10): one-hot for digits, 0.1 everywhere for non-digits
    raster_augment: np.ndarray  # bool (N,): MNIST images get raster augmentation
    weights: np.ndarray  # float32 (N,)
    counts: dict[str, int] = field(default_factory=dict)


def style_strokes(per_style: int, rng: np.random.Generator,
                  real: Sequence[PenSample] = ()) -> list[tuple[list[np.ndarray], float, int, int]]:
    """``per_style`` varied samples of every writing style: (strokes, pen width, digit, style index).

    Styles that add to a real sample (slashed zero, crossed seven) take half of
    theirs from ``real`` samples of the digit, if any.
    """
    out = []
    for k, style in enumerate(STYLES):
        bases = [s for s in real if s.label == style.digit] if style.uses_real_samples else []
        for i in range(per_style):
            base = list(bases[int(rng.integers(len(bases)))].strokes) if bases and i % 2 else None
            strokes, width = augment_strokes(style.make(rng, base), rng)
            out.append((strokes, width, style.digit, k))
    return out


def style_samples(per_style: int, rng: np.random.Generator,
                  real: Sequence[PenSample] = ()) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Images, labels and style index of :func:`style_strokes`' samples, rendered as the canvas renders them."""
    made = style_strokes(per_style, rng, real)
    if not made:
        return np.zeros((0, 28, 28), np.float32), np.zeros(0, np.int64), np.zeros(0, np.int64)
    images = np.stack([to_mnist(strokes, width) for strokes, width, _, _ in made]).astype(np.float32)
    return images, np.array([m[2] for m in made]), np.array([m[3] for m in made])


def mark_images(n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` synthetic non-digit marks, varied and rendered."""
    images = np.zeros((n, 28, 28), np.float32)
    for i, strokes in enumerate(random_marks(n, rng)):
        varied, width = augment_strokes(strokes, rng)
        images[i] = to_mnist(varied, width)
    return images


def build_training_set(mnist: Mnist, digits: Sequence[PenSample], nondigits: Sequence[PenSample],
                       options: RecipeOptions, rng: np.random.Generator) -> TrainingSet:
    """Everything the model trains on (``digits`` and ``nondigits``: the "train" writers' samples)."""
    n_mnist = options.mnist_images or len(mnist.x_train)
    parts: list[tuple[str, np.ndarray, np.ndarray, bool, float]] = []  # name, x, labels (-1: none), raster, weight
    parts.append(("MNIST", mnist.x_train[:n_mnist].astype(np.float32) / 255.0,
                  mnist.y_train[:n_mnist].astype(np.int64), True, 1.0))
    x = render_varied(digits, options.digit_copies, rng)
    parts.append(("pen digits", x, np.tile(labels_of(digits), options.digit_copies + 1), False, 1.0))
    x, labels, _ = style_samples(options.style_samples, rng, digits)
    parts.append(("writing styles", x, labels, False, 1.0))
    letters = [s for s in nondigits if s.is_letter]
    symbols = [s for s in nondigits if not s.is_letter]
    for name, samples, copies in (("pen letters", letters, options.nondigit_copies),
                                  ("pen symbols", symbols, options.symbol_copies)):
        x = render_varied(samples, copies, rng)
        parts.append((name, x, np.full(len(x), -1), False, options.nondigit_weight))
    parts.append(("synthetic marks", mark_images(options.marks, rng), np.full(options.marks, -1), False,
                  options.nondigit_weight))

    xs, targets, raster, weights, counts = [], [], [], [], {}
    for name, images, labels, augment, weight in parts:
        target = np.full((len(images), 10), 0.1, np.float32)
        digit = labels >= 0
        target[digit] = np.eye(10, dtype=np.float32)[labels[digit]]
        xs.append(images)
        targets.append(target)
        if augment:
            flags = np.ones(len(images), bool)
        elif options.pen_raster_augment > 0:  # drawn only then: the shipped recipe's random numbers stay as they were
            flags = rng.random(len(images)) < options.pen_raster_augment
        else:
            flags = np.zeros(len(images), bool)
        raster.append(flags)
        weights.append(np.full(len(images), weight, np.float32))
        counts[name] = len(images)
    return TrainingSet(np.concatenate(xs), np.concatenate(targets), np.concatenate(raster),
                       np.concatenate(weights), counts)


def _fit(model, data: TrainingSet, options: RecipeOptions, listener: TrainingListener, cancel: CancelFlag):
    import keras
    import tensorflow as tf

    from .augment import augment_batch

    steps = math.ceil(len(data.x) / options.batch_size)
    schedule = keras.optimizers.schedules.CosineDecay(options.learning_rate, steps * options.epochs, alpha=0.02)
    averaged = {"use_ema": True, "ema_momentum": options.ema_momentum} if options.ema_momentum > 0 else {}
    optimizer = keras.optimizers.Adam(schedule, **averaged)
    model.compile(optimizer=optimizer, loss="categorical_crossentropy",
                  metrics=["categorical_accuracy"])

    def augment(x, y, raster, w):
        return tf.where(raster[:, None, None, None], augment_batch(x), x), y, w

    ds = tf.data.Dataset.from_tensor_slices((data.x[..., None], data.targets, data.raster_augment, data.weights))
    ds = ds.shuffle(len(data.x), seed=options.seed, reshuffle_each_iteration=True).batch(options.batch_size)
    ds = without_autotuning(ds.map(augment, num_parallel_calls=os.cpu_count() or 1).prefetch(PREFETCH))

    def plain(logs) -> dict[str, float]:
        values = {k: float(v) for k, v in (logs or {}).items()}
        if "categorical_accuracy" in values:  # of the digits' targets; a non-digit's counts as its argmax
            values["accuracy"] = values["categorical_accuracy"]
        return values

    class Bridge(keras.callbacks.Callback):
        epoch = 0

        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = epoch

        def on_train_batch_end(self, batch, logs=None):
            listener.on_batch_end(self.epoch, batch, plain(logs))
            if cancel.is_set():
                self.model.stop_training = True

        def on_epoch_end(self, epoch, logs=None):
            listener.on_epoch_end(epoch, plain(logs))

    listener.on_train_begin(options.epochs, steps)
    return model.fit(ds, epochs=options.epochs, shuffle=False, callbacks=[Bridge(), keras.callbacks.TerminateOnNaN()],
                     verbose=0)


def stroke_figures(model, calibration: Calibration, digits: Sequence[PenSample],
                   nondigits: Sequence[PenSample]) -> dict[str, Any]:
    """Figures on pen samples (see ``core.stroke_evaluation.score``), per digit, and the digits' expected
    calibration error with and without the calibration; each sample rendered and predicted once."""
    samples = list(digits) + list(nondigits)
    return figures_of(labels_of(samples), predict(model, render_samples(samples)), calibration, nondigits)


def figures_of(labels: np.ndarray, probs: np.ndarray, calibration: Calibration,
               nondigits: Sequence[PenSample]) -> dict[str, Any]:
    """:func:`stroke_figures` from the (uncalibrated) probabilities of the digits, then the ``nondigits``."""
    scored = score(labels, probs, calibration)
    out: dict[str, Any] = {}
    mine = labels >= 0
    if mine.any():
        calibrated = calibration.probabilities(probs[mine])
        out["digits"] = scored["digits"]
        out["digit_accuracy"] = scored["digit_accuracy"]
        out["digit_accuracy_without_rejection"] = float((calibrated.argmax(axis=1) == labels[mine]).mean())
        out["digits_rejected"] = scored["digits_rejected"]
        out["per_digit"] = {label: row["accuracy"] for label, row in scored["per_label"].items() if label != "-1"}
        out["ece_calibrated"] = expected_calibration_error(calibrated, labels[mine])
        out["ece_uncalibrated"] = expected_calibration_error(probs[mine], labels[mine])
    if nondigits:
        out["nondigits"] = scored["nondigits"]
        out["nondigits_rejected"] = scored["nondigits_rejected"]
        out.update(rejected_by_kind(nondigits, calibration.read_batch(probs[labels < 0])[0]))
    return out


def calibrate(model, digits: Sequence[PenSample], max_rejected: float) -> tuple[Calibration, dict[str, float]]:
    """Temperature (fitted on the digits' labels) and the threshold that rejects ``max_rejected`` of them."""
    return calibration_of(predict(model, render_samples(digits)), labels_of(digits), max_rejected)


def calibration_of(probs: np.ndarray, labels: np.ndarray, max_rejected: float) -> tuple[Calibration, dict[str, float]]:
    """:func:`calibrate` from the digits' (uncalibrated) probabilities."""
    temperature = fit_temperature(probs, labels)
    fitted = Calibration(temperature)
    threshold = threshold_for(fitted.probabilities(probs).max(axis=1), max_rejected)
    return Calibration(temperature, threshold), {"ece_before": expected_calibration_error(probs, labels),
                                                 "ece_after": expected_calibration_error(fitted.probabilities(probs),
                                                                                         labels)}


def _train_network(mnist: Mnist, digits: Sequence[PenSample], nondigits: Sequence[PenSample],
                   options: RecipeOptions, listener: TrainingListener, cancel: CancelFlag,
                   log: Callable[[str], None]):
    """One network trained from ``options.seed`` on the "train" writers' samples; (model, what to record)."""
    import keras

    from .architectures import get_architecture

    keras.utils.set_random_seed(options.seed)
    rng = np.random.default_rng(options.seed)
    start = time.perf_counter()
    data = build_training_set(mnist, digits, nondigits, options, rng)
    log("training set: " + ", ".join(f"{name} {n:,}" for name, n in data.counts.items()))
    render_seconds = time.perf_counter() - start

    model = get_architecture(options.architecture).build()
    start = time.perf_counter()
    history = _fit(model, data, options, listener, cancel)
    train_seconds = time.perf_counter() - start
    trained = get_architecture(options.architecture).build()  # saved without the optimizer's state
    trained.set_weights(model.get_weights())
    losses = history.history.get("loss", [])
    return trained, {"training_set": data.counts, "epochs": len(losses),
                     "train_loss": float(losses[-1]) if losses else None,
                     "render_seconds": round(render_seconds, 1), "training_seconds": round(train_seconds, 1)}


def measure(model, mnist: Mnist, digit_parts: dict[str, list[PenSample]], nondigit_parts: dict[str, list[PenSample]],
            options: RecipeOptions, log: Callable[[str], None] = lambda line: None) -> tuple[Calibration, dict[str, Any]]:
    """Calibrate a trained model on the "calibrate" writers and measure it on the "report" writers, the
    writing styles and MNIST's test set; (calibration, figures for the card)."""
    calibration, ece = calibrate(model, digit_parts["calibrate"], options.max_digits_rejected)
    log(f"calibration: temperature {calibration.temperature:.3f}, not a digit below {calibration.reject_below:.3f}")
    held_out = stroke_figures(model, calibration, digit_parts["report"], nondigit_parts["report"])
    style_x, _, style_k = style_samples(100, np.random.default_rng(options.seed + 1), digit_parts["report"])
    style_read, _ = calibration.read_batch(predict(model, style_x))
    mnist_probs = predict(model, mnist.x_test.astype(np.float32) / 255.0)
    mnist_read, _ = calibration.read_batch(mnist_probs)
    figures = {
        "held_out_writers": held_out,
        "calibrate_writers": {"digits": len(digit_parts["calibrate"]), "nondigits": len(nondigit_parts["calibrate"]),
                              **ece},
        "styles_held_out": {s.name: float((style_read[style_k == k] == s.digit).mean()) for k, s in enumerate(STYLES)},
        "mnist_test_images": len(mnist.y_test),
        "mnist_test_accuracy": float((mnist_probs.argmax(axis=1) == mnist.y_test).mean()),
        "mnist_test_accuracy_with_rejection": float((mnist_read == mnist.y_test).mean()),
        "mnist_test_rejected": float((mnist_read == -1).mean()),
    }
    return calibration, figures


def run_recipe(mnist: Mnist, digits: Sequence[PenSample], nondigits: Sequence[PenSample],
               options: RecipeOptions = RecipeOptions(), listener: TrainingListener | None = None,
               cancel: CancelFlag | None = None, log: Callable[[str], None] = lambda line: None,
               store: NetworkStore | None = None):
    """Train, calibrate and measure the default model; returns (model, card fields, path network or None).

    ``digits`` and ``nondigits`` are all the pen samples; they are split by writer here. With
    ``options.path_weight`` > 0 a path network is trained last (``core/recipe_path.py``) and the card
    fields get its ``"path_network"`` entry; Stop before it finished leaves it out. With a
    ``store``, each network is kept there as it finishes, and one kept there from the same options and
    data is taken instead of being trained again (``core/recipe_networks.py``).
    """
    listener = listener or TrainingListener()
    cancel = cancel or CancelFlag()
    digit_parts, nondigit_parts = split_by_writer(digits), split_by_writer(nondigits)
    plan = [(options.seed, options.ema_momentum)] + [(seed, options.more_ema_momentum) for seed in options.more_seeds]
    if len(plan) > 1 and (options.architecture != "reader-cnn" or len(plan) not in JOINED_READERS):
        raise ValueError("only 2 or 3 reader-cnns are joined: set more_seeds=() for one network")
    inputs = ""
    if store is not None:
        n_mnist = options.mnist_images or len(mnist.x_train)
        inputs = inputs_key(mnist.x_train[:n_mnist], digit_parts["train"], nondigit_parts["train"])
    networks, trained = [], []
    for number, (seed, ema) in enumerate(plan, 1):
        if trained and cancel.is_set():
            log("stopped: the first network alone is kept" if len(trained) == 1 else
                f"stopped: the first {len(trained)} networks are kept, joined")
            break
        about = f"network {number} of {len(plan)}: seed {seed}" + (f", weights averaged ({ema})" if ema else "")
        mine = replace(options, seed=seed, ema_momentum=ema)
        # What trains this one network; the other networks' seeds and the calibration do not change it.
        key = network_key({k: v for k, v in asdict(mine).items()
                           if k not in IMAGE_KEY_IGNORES}, inputs)
        kept = store.load(number, key) if store is not None else None
        if kept is not None:
            log(f"{about}: trained before, taken from {store.path(number)}")
            trained.append(kept[0])
            networks.append(kept[1])
            continue
        if len(plan) > 1:
            log(about)
        model, record = _train_network(mnist, digit_parts["train"], nondigit_parts["train"], mine, listener,
                                       cancel, log)
        record = {"seed": seed, "ema_momentum": ema, **record}
        if store is not None and not cancel.is_set():  # a network stopped part-way is joined but not kept
            try:
                store.save(number, model, record, key)
            except (ModelFileError, OSError) as exc:  # the run goes on; only the going-on-later is lost
                log(f"network {number} could not be kept: {exc}")
        trained.append(model)
        networks.append(record)
    model, fields = finish_recipe(trained, networks, mnist, digit_parts, nondigit_parts, options, log)
    path_model = None
    if options.path_weight > 0 and not cancel.is_set():
        from .recipe_path import add_path_network

        added = add_path_network(model, digit_parts, nondigit_parts, options, listener, cancel, log, store, inputs)
        if added is not None:
            path_model, fields["path_network"] = added
    return model, fields, path_model


def finish_recipe(trained: list, networks: list[dict[str, Any]], mnist: Mnist,
                  digit_parts: dict[str, list[PenSample]], nondigit_parts: dict[str, list[PenSample]],
                  options: RecipeOptions, log: Callable[[str], None] = lambda line: None):
    """The recipe's last step: the ``trained`` networks joined (if more than one), calibrated and measured;
    (model, card fields). ``networks`` holds what was recorded for each."""
    model = join_readers(trained) if len(trained) > 1 else trained[0]
    calibration, figures = measure(model, mnist, digit_parts, nondigit_parts, options, log)
    card = {
        "architecture": JOINED_READERS.get(len(trained), options.architecture),
        "recipe": "default",
        "recipe_options": asdict(options),
        "training_set": networks[0]["training_set"],
        "writers": {part: {"digits": len(digit_parts[part]), "nondigits": len(nondigit_parts[part]),
                           "writers": len({s.writer for s in digit_parts[part]} | {s.writer for s in
                                                                                   nondigit_parts[part]})}
                    for part in digit_parts},
        "calibration": calibration.to_dict(),
        "figures": figures,
        "networks": networks,
        "epochs": networks[0]["epochs"],
        "train_loss": networks[0]["train_loss"],
        "render_seconds": round(sum(n["render_seconds"] for n in networks), 1),
        "training_seconds": round(sum(n["training_seconds"] for n in networks), 1),
    }
    return model, card


def recipe_card(model, fields: dict[str, Any], dataset: str, name: str = "default",
                sources: dict[str, str] | None = None) -> dict[str, Any]:
    """The model card of a recipe run: :func:`run_recipe`'s fields and what every card has.

    ``sources`` names the data files used (e.g. ``{"pen_digits": "unipen-dev.json.gz"}``).
    """
    import datetime as _dt

    import keras

    from .augment import AugmentSettings
    from .model_files import INPUT_CONVENTION, OUTPUT_CONVENTION
    from .stroke_augment import StrokeAugment

    from .architectures import get_architecture

    figures = fields["figures"]
    share = fields.get("recipe_options", {}).get("pen_raster_augment", 0.0)
    raster_part = f"raster (MNIST images and {share:.0%} of the rendered ones)" if share else "raster (MNIST images)"
    return {
        "name": name,
        "description": (get_architecture(fields["architecture"]).description.rstrip(".") + "; trained by the "
                        "default recipe on MNIST, real pen digits, writing styles and non-digits"
                        + ("; drawings are read with a 1-D CNN on the pen's path as well (NAME.path.keras)."
                           if "path_network" in fields else ".")),
        "dataset": dataset,
        "data_sources": {"mnist": dataset, **(sources or {})},
        "augmentations": {
            raster_part: asdict(AugmentSettings()),
            "strokes (pen digits, styles, non-digits, marks)": asdict(StrokeAugment()),
            "writing styles": [f"{s.digit}: {s.name}" for s in STYLES],
            "non-digit marks": list(MARKS),
        },
        "hold_outs": ("writers split by core/pen_samples.writer_part: 'report' writers (crc32 % 8 in "
                      f"{{{', '.join(map(str, REPORT_RESIDUES))}}}, about a quarter) only measured; 'calibrate' "
                      "writers (crc32 % 8 == 0) fit temperature and threshold; the rest trained on. MNIST test "
                      "images never trained on."),
        "test_accuracy": figures["mnist_test_accuracy"],
        "test_images": int(figures.get("mnist_test_images", 0)),
        "params": int(model.count_params()),
        **fields,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "keras_version": keras.__version__,
        "input": INPUT_CONVENTION,
        "output": OUTPUT_CONVENTION + "; calibrated and 'not a digit' as the card's calibration says",
    }


__all__ = ["RecipeOptions", "recipe_card", "TrainingSet", "build_training_set", "calibrate", "calibration_of",
           "figures_of", "finish_recipe", "mark_images", "measure", "run_recipe", "stroke_figures", "style_samples",
           "style_strokes"]
