"""How the shipped model got its path network: the recipe's last step run on the shipped image networks.

``train --recipe default`` trains the three image networks (about 50 min on a
quiet machine here, 3 h on a loaded one) and then the path network
(``core/recipe_path.py``). The image networks of ``models/default.keras`` were
made by that recipe before the path network was part of it; this script runs
only the recipe's path step on them (same function, same options, same
writers) and saves the model again with its path network and the card's
``"path_network"`` entry. It first prints how the calibrate writers are read
by the image alone and by both, each calibrated on them, which is what decides
whether the path network is shipped (it must read at least as many of their
digits and reject at least as many of their non-digits); only then does it
measure the held-out writers.

Usage: python bench/add_path_network.py [--out models/default.keras] [--work-dir DIR]   (about 20-40 min)
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402

from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, default_model_path, shared_data_file  # noqa: E402
from desktop.core.pen_samples import labels_of, load_samples, render_samples, split_by_writer  # noqa: E402


def calibrate_writers(probs_d: np.ndarray, probs_n: np.ndarray, labels: np.ndarray, max_rejected: float):
    """(digits read, non-digits rejected) of readings calibrated on these same samples."""
    from desktop.core.recipe import calibration_of

    calibration, _ = calibration_of(probs_d, labels, max_rejected)
    read_d, _ = calibration.read_batch(probs_d)
    read_n, _ = calibration.read_batch(probs_n)
    return int((read_d == labels).sum()), int((read_n == -1).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(default_model_path()))
    parser.add_argument("--work-dir", default=None, help="keep the trained path network here (run again: taken)")
    args = parser.parse_args()
    machine.report()
    from desktop.core.data import read_npz
    from desktop.core.evaluation import batch_probabilities
    from desktop.core.model_files import load_model, load_path_network, save_model
    from desktop.core.path_reading import NumpyPathNet, joined, paths_of
    from desktop.core.progress import ConsoleProgress
    from desktop.core.recipe import RecipeOptions
    from desktop.core.recipe_networks import NetworkStore, inputs_key, network_key
    from desktop.core.recipe_path import PATH_OPTIONS, STORE_NUMBER, measure_path, path_entry, train_path
    from desktop.core.training import CancelFlag

    loaded = load_model(default_model_path())
    known = {f.name for f in dataclasses.fields(RecipeOptions)}
    options = RecipeOptions(**{k: (tuple(v) if isinstance(v, list) else v)
                               for k, v in loaded.card["recipe_options"].items() if k in known})
    digits = split_by_writer(load_samples(shared_data_file(PEN_DIGITS)))
    nondigits = split_by_writer(load_samples(shared_data_file(PEN_NONDIGITS)))
    mnist = read_npz(Path(os.environ["DIGITS_MNIST"]))
    inputs = inputs_key(mnist.x_train[:options.mnist_images or len(mnist.x_train)], digits["train"],
                        nondigits["train"])
    store = NetworkStore(args.work_dir) if args.work_dir else None
    key = network_key({"path_network": {name: getattr(options, name) for name in PATH_OPTIONS}}, inputs)
    kept = store.load(STORE_NUMBER, key, loader=load_path_network) if store else None
    if kept:
        path_model, record = kept
        print("path network taken from", store.path(STORE_NUMBER))
    else:
        path_model, record = train_path(digits["train"], nondigits["train"], options, ConsoleProgress(), CancelFlag(),
                                        print)
        if store:
            store.save(STORE_NUMBER, path_model, record, key)
    print(record)

    net = NumpyPathNet.from_keras(path_model)
    labels = labels_of(digits["calibrate"])
    image_d = batch_probabilities(loaded.model, render_samples(digits["calibrate"]))
    image_n = batch_probabilities(loaded.model, render_samples(nondigits["calibrate"]))
    both_d = joined(image_d, net.batch(paths_of(digits["calibrate"])), options.path_weight)
    both_n = joined(image_n, net.batch(paths_of(nondigits["calibrate"])), options.path_weight)
    alone = calibrate_writers(image_d, image_n, labels, options.max_digits_rejected)
    both = calibrate_writers(both_d, both_n, labels, options.max_digits_rejected)
    print(f"calibrate writers ({len(labels)} digits, {len(image_n)} non-digits): image alone reads {alone[0]}, "
          f"rejects {alone[1]}; image and path read {both[0]}, reject {both[1]}")
    if both[0] < alone[0] or both[1] < alone[1]:
        print("the path network does not help on the calibrate writers: not shipped")
        return
    calibration, figures = measure_path(loaded.model, path_model, digits, nondigits, options, print)
    card = {**loaded.card, "recipe_options": dataclasses.asdict(options),
            "path_network": path_entry(record, calibration, figures, options)}
    held = figures["held_out_writers"]
    print(f"held-out writers with the path network: {held['digit_accuracy']:.2%} of {held['digits']} digits read, "
          f"{held['digits_rejected']:.2%} rejected; {held['nondigits_rejected']:.2%} of {held['nondigits']} "
          f"non-digits rejected; per digit {held['per_digit']}")
    saved = save_model(loaded.model, Path(args.out), card, path_model)
    print("saved", saved)


if __name__ == "__main__":
    main()
