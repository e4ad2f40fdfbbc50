"""Trial: what a 1-D CNN reading the pen's path (``core/pen_path.py``) adds to the default model.

Trains a small path network (Conv1D over the 64 points of ``path_features``) on
the "train" writers' pen digits (as drawn and in ``--copies`` stroke
variations) and non-digits (as drawn and in 2 variations; an eleventh output,
half a digit's weight, as the recipe does), then reads the *calibrate*
writers' samples (never trained on) with the default model alone, the path
network alone, and both (a weighted geometric mean of their ten
probabilities, a non-digit's spread evenly). Each is given the same
calibration: temperature fitted on the calibrate writers' digits, "not a
digit" below the top probability that rejects 1 % of them. The held-out
("report") writers are not read.

Usage: python bench/path_net_trial.py [--seed 1] [--epochs 12] [--copies 20]   (about 10-20 min here)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402

from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, default_model_path, shared_data_file  # noqa: E402
from desktop.core.path_network import folded, path_training_set, train_path_network  # noqa: E402
from desktop.core.pen_path import path_features  # noqa: E402
from desktop.core.pen_samples import labels_of, load_samples, render_samples, split_by_writer  # noqa: E402
from desktop.core.reading import Calibration, fit_temperature, threshold_for  # noqa: E402


def figures(name: str, digits: np.ndarray, nondigits: np.ndarray, labels: np.ndarray) -> None:
    calibration = Calibration(fit_temperature(digits, labels))
    d, n = calibration.probabilities(digits), calibration.probabilities(nondigits)
    threshold = threshold_for(d.max(axis=1), 0.01)
    wrong, rejected = d.argmax(axis=1) != labels, d.max(axis=1) < threshold
    print(f"| {name} | {wrong.sum()} | {rejected.sum()} | {((~wrong) & ~rejected).mean():.2%} | "
          f"{(n.max(axis=1) < threshold).mean():.1%} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--copies", type=int, default=20, help="stroke variations of each training pen digit")
    args = parser.parse_args()
    machine.report()
    import keras

    from desktop.core import grouped_conv  # noqa: F401  (the default model's layers)
    from desktop.core.evaluation import batch_probabilities

    digits = split_by_writer(load_samples(shared_data_file(PEN_DIGITS)))
    nondigits = split_by_writer(load_samples(shared_data_file(PEN_NONDIGITS)))
    rng = np.random.default_rng(args.seed)
    start = time.perf_counter()
    x, y, weights = path_training_set(digits["train"], nondigits["train"], args.copies, 2, rng)
    print(f"paths of {len(x):,} training samples in {time.perf_counter() - start:.0f} s", flush=True)
    start = time.perf_counter()
    model = train_path_network(x, y, weights, epochs=args.epochs, seed=args.seed)
    print(f"trained in {time.perf_counter() - start:.0f} s ({model.count_params():,} parameters)", flush=True)

    labels = labels_of(digits["calibrate"])

    def paths(samples) -> np.ndarray:
        return np.stack([path_features(sample.strokes) for sample in samples])

    path_d = folded(model.predict(paths(digits["calibrate"]), verbose=0))
    path_n = folded(model.predict(paths(nondigits["calibrate"]), verbose=0))
    default = keras.saving.load_model(default_model_path(), compile=False)
    image_d = batch_probabilities(default, render_samples(digits["calibrate"]))
    image_n = batch_probabilities(default, render_samples(nondigits["calibrate"]))

    def both(image: np.ndarray, path: np.ndarray, weight: float) -> np.ndarray:
        mean = np.exp((1 - weight) * np.log(image + 1e-12) + weight * np.log(path + 1e-12))
        return mean / mean.sum(axis=1, keepdims=True)

    print(f"\ncalibrate writers: {len(labels)} pen digits, {len(path_n)} non-digits; seed {args.seed}, "
          f"{args.epochs} epochs")
    print("| reader | digits misread | digits rejected | digits read | non-digits rejected |")
    print("| --- | --- | --- | --- | --- |")
    figures("default (image)", image_d, image_n, labels)
    figures("path network", path_d, path_n, labels)
    for weight in (0.25, 0.5):
        figures(f"both, path weight {weight}", both(image_d, path_d, weight), both(image_n, path_n, weight), labels)


if __name__ == "__main__":
    main()
