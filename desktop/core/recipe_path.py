"""The recipe's path network: trained on the same writers' pen samples as the image networks, calibrated
and measured together with them (``core/path_reading.py`` reads both).

Its training set is the "train" writers' pen digits, letters and symbols
(as drawn and in stroke-space variations, as many as the image networks
get), the writing styles and the synthetic marks, each as its pen path
(``core/pen_path.py``). MNIST has no pen path, so it has no part here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .evaluation import batch_probabilities as predict
from .marks import random_marks
from .path_network import NOT_A_DIGIT_OUTPUT, build_path_network, path_training_set, train_path_network
from .path_reading import NumpyPathNet, joined, paths_of
from .pen_path import path_features
from .pen_samples import PenSample, labels_of, render_samples
from .reading import Calibration
from .recipe import RecipeOptions, calibration_of, figures_of, style_strokes
from .stroke_augment import augment_strokes
from .strokes import to_mnist
from .training import CancelFlag, TrainingListener
from .writing_styles import STYLES

#: The options a path network's training depends on (its key in a NetworkStore).
PATH_OPTIONS = ("seed", "path_epochs", "digit_copies", "style_samples", "nondigit_copies", "symbol_copies", "marks",
                "nondigit_weight")
STORE_NUMBER = 0  # the store keeps the image networks as 1, 2, 3


@dataclass
class PathSet:
    x: np.ndarray  # float32 (N, POINTS, FEATURES)
    labels: np.ndarray  # int (N,): digits, NOT_A_DIGIT_OUTPUT for a non-digit
    weights: np.ndarray  # float32 (N,)
    counts: dict[str, int]


def build_path_set(digits: Sequence[PenSample], nondigits: Sequence[PenSample], options: RecipeOptions,
                   rng: np.random.Generator) -> PathSet:
    """The path network's training set from the "train" writers' samples (see the module's docstring)."""
    letters = [s for s in nondigits if s.is_letter]
    symbols = [s for s in nondigits if not s.is_letter]
    parts = {
        "pen digits": path_training_set(digits, [], options.digit_copies, 0, rng),
        "pen letters": path_training_set([], letters, 0, options.nondigit_copies, rng, options.nondigit_weight),
        "pen symbols": path_training_set([], symbols, 0, options.symbol_copies, rng, options.nondigit_weight),
    }
    styles = style_strokes(options.style_samples, rng, digits)
    parts["writing styles"] = (_paths([s[0] for s in styles]), np.array([s[2] for s in styles], np.int64),
                               np.ones(len(styles), np.float32))
    marks = [augment_strokes(strokes, rng)[0] for strokes in random_marks(options.marks, rng)]
    parts["synthetic marks"] = (_paths(marks), np.full(len(marks), NOT_A_DIGIT_OUTPUT, np.int64),
                                np.full(len(marks), options.nondigit_weight, np.float32))
    return PathSet(np.concatenate([p[0] for p in parts.values()]), np.concatenate([p[1] for p in parts.values()]),
                   np.concatenate([p[2] for p in parts.values()]), {name: len(p[0]) for name, p in parts.items()})


def _paths(drawings: Sequence[Sequence[np.ndarray]]) -> np.ndarray:
    if not drawings:
        return np.zeros((0, 64, 5), np.float32)
    return np.stack([path_features(strokes) for strokes in drawings])


def train_path(digits: Sequence[PenSample], nondigits: Sequence[PenSample], options: RecipeOptions,
               listener: TrainingListener, cancel: CancelFlag, log: Callable[[str], None]):
    """The path network trained from ``options.seed`` on the "train" writers' samples; (model, record)."""
    rng = np.random.default_rng(options.seed)
    start = time.perf_counter()
    data = build_path_set(digits, nondigits, options, rng)
    log("path network's training set: " + ", ".join(f"{name} {n:,}" for name, n in data.counts.items()))
    paths_seconds = time.perf_counter() - start
    start = time.perf_counter()
    model = train_path_network(data.x, data.labels, data.weights, epochs=options.path_epochs, seed=options.seed,
                               listener=listener, cancel=cancel)
    history = getattr(model, "history", None)
    losses = history.history.get("loss", []) if history is not None else []
    trained = build_path_network()  # saved without the optimizer's state (a third of the file)
    trained.set_weights(model.get_weights())
    return trained, {"training_set": data.counts, "epochs": len(losses),
                   "train_loss": float(losses[-1]) if losses else None, "params": int(model.count_params()),
                   "paths_seconds": round(paths_seconds, 1),
                   "training_seconds": round(time.perf_counter() - start, 1)}


def measure_path(image_model, path_model, digit_parts: dict[str, list[PenSample]],
                 nondigit_parts: dict[str, list[PenSample]], options: RecipeOptions,
                 log: Callable[[str], None] = lambda line: None) -> tuple[Calibration, dict[str, Any]]:
    """The joined reading calibrated on the "calibrate" writers and measured on the "report" writers and the
    writing styles; (calibration, figures). Path alone is measured too, for comparison."""
    net = NumpyPathNet.from_keras(path_model)
    weight = options.path_weight

    def both(samples: Sequence[PenSample]) -> tuple[np.ndarray, np.ndarray]:
        """(joined, path alone) probabilities: each sample rendered, traced and read once."""
        path = net.batch(paths_of(samples))
        return joined(predict(image_model, render_samples(samples)), path, weight), path

    calibrate = digit_parts["calibrate"]
    calibrate_joined, calibrate_path = both(calibrate)
    calibration, ece = calibration_of(calibrate_joined, labels_of(calibrate), options.max_digits_rejected)
    log(f"joined reading's calibration: temperature {calibration.temperature:.3f}, not a digit below "
        f"{calibration.reject_below:.3f}")
    report = list(digit_parts["report"]) + list(nondigit_parts["report"])
    joined_probs, path_probs = both(report)
    labels = labels_of(report)
    alone_calibration, _ = calibration_of(calibrate_path, labels_of(calibrate), options.max_digits_rejected)
    styles = style_strokes(100, np.random.default_rng(options.seed + 1), digit_parts["report"])
    style_probs = joined(predict(image_model, np.stack([to_mnist(s[0], s[1]) for s in styles]).astype(np.float32)),
                         net.batch(_paths([s[0] for s in styles])), weight) if styles else np.zeros((0, 10))
    style_read, _ = calibration.read_batch(style_probs)
    style_k = np.array([s[3] for s in styles])
    figures = {
        "held_out_writers": figures_of(labels, joined_probs, calibration, nondigit_parts["report"]),
        "held_out_writers_path_alone": figures_of(labels, path_probs, alone_calibration, nondigit_parts["report"]),
        "calibrate_writers": {"digits": len(calibrate), "nondigits": len(nondigit_parts["calibrate"]), **ece},
        "styles_held_out": {s.name: float((style_read[style_k == k] == s.digit).mean()) if len(styles) else None
                            for k, s in enumerate(STYLES)},
    }
    return calibration, figures


def add_path_network(image_model, digit_parts: dict[str, list[PenSample]],
                     nondigit_parts: dict[str, list[PenSample]], options: RecipeOptions,
                     listener: TrainingListener, cancel: CancelFlag, log: Callable[[str], None] = lambda line: None,
                     store=None, inputs: str = "") -> tuple[Any, dict[str, Any]] | None:
    """Train (or take from ``store``) the path network and measure it with ``image_model``; (path network, the
    card's ``"path_network"`` entry), or None when Stop was asked before it finished."""
    from .model_files import ModelFileError, load_path_network
    from .recipe_networks import network_key

    key = network_key({"path_network": {name: getattr(options, name) for name in PATH_OPTIONS}}, inputs)
    kept = store.load(STORE_NUMBER, key, loader=load_path_network) if store is not None else None
    if kept is not None:
        log(f"path network: trained before, taken from {store.path(STORE_NUMBER)}")
        model, record = kept
    else:
        log(f"path network: seed {options.seed}, {options.path_epochs} epochs")
        model, record = train_path(digit_parts["train"], nondigit_parts["train"], options, listener, cancel, log)
        if cancel.is_set():
            log("stopped: the path network is left out")
            return None
        if store is not None:
            try:
                store.save(STORE_NUMBER, model, record, key)
            except (ModelFileError, OSError) as exc:
                log(f"the path network could not be kept: {exc}")
    calibration, figures = measure_path(image_model, model, digit_parts, nondigit_parts, options, log)
    return model, path_entry(record, calibration, figures, options)


def path_entry(record: dict[str, Any], calibration: Calibration, figures: dict[str, Any],
               options: RecipeOptions) -> dict[str, Any]:
    """The card's ``"path_network"`` entry: how to read it with the image networks, and its figures."""
    return {
        "description": ("A 1-D CNN on the pen's path (64 points evenly spaced along it: position, direction, pen "
                        "up; Conv1D 64-64-128-128, global max and mean, Dense 128-11), read with the image "
                        "networks wherever strokes exist: the weighted geometric mean of both readings."),
        "weight": options.path_weight,
        "calibration": calibration.to_dict(),
        **record,
        "figures": figures,
    }


__all__ = ["PATH_OPTIONS", "PathSet", "STORE_NUMBER", "add_path_network", "build_path_set", "measure_path", "path_entry", "train_path"]
