"""The default training settings on several seeds: MNIST test accuracy and seconds of training.

Trains the course CNN (seed-cnn) with the Train area's and the CLI's defaults
(``TrainConfig()``: the same core routine as both), each seed in a fresh
process configured as the app configures TensorFlow (oneDNN on, all cores),
and prints each run's test accuracy and training time (``model.fit`` only:
not loading MNIST, not the test evaluation). ``--old`` adds the earlier
defaults (5 epochs, batch 64, lr 0.001 constant, 10 % validation),
alternating with the new ones seed by seed.

Usage: python bench/default_training.py [--seeds 1 2 3] [--old]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import machine  # noqa: E402  (bench/machine.py)

if (REPO.parent / "shared" / "data" / "mnist.npz").is_file():
    os.environ.setdefault("DIGITS_MNIST", str(REPO.parent / "shared" / "data" / "mnist.npz"))

OLD = {"epochs": 5, "batch_size": 64, "learning_rate": 1e-3, "lr_schedule": "constant", "validation_split": 0.1}


def one_run(seed: int, changes: dict) -> dict:
    """Train once in this process; the figures as a dict."""
    from desktop.core.tf_import import configure_for_app, import_tensorflow

    configure_for_app()
    import_tensorflow()
    import dataclasses

    from desktop.core.data import load_mnist
    from desktop.core.evaluation import evaluate
    from desktop.core.training import TrainConfig, train

    data = load_mnist()
    config = dataclasses.replace(TrainConfig(seed=seed), **changes)
    result = train(config, data)
    accuracy = evaluate(result.model, data.x_test, data.y_test).accuracy
    return {"seed": seed, "accuracy": accuracy, "seconds": result.seconds, "epochs": config.epochs,
            "batch": config.batch_size, "lr": config.learning_rate, "schedule": config.lr_schedule,
            "val": config.validation_split}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--old", action="store_true", help="also the earlier defaults, alternating")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # JSON: {"seed": N, "changes": {...}}
    args = parser.parse_args()
    if args.one:
        job = json.loads(args.one)
        print(json.dumps(one_run(job["seed"], job["changes"])))
        return
    machine.report()
    arms = [("defaults", {})] + ([("earlier defaults", OLD)] if args.old else [])
    results: dict[str, list[dict]] = {name: [] for name, _ in arms}
    for seed in args.seeds:
        for name, changes in arms:
            job = json.dumps({"seed": seed, "changes": changes})
            out = subprocess.run([sys.executable, __file__, "--one", job], capture_output=True, text=True,
                                 check=True).stdout
            run = json.loads(out.strip().splitlines()[-1])
            results[name].append(run)
            print(f"{name}, seed {seed}: test accuracy {run['accuracy']:.2%} after {run['seconds']:.1f} s of "
                  f"training", flush=True)
    for name, runs in results.items():
        r = runs[0]
        print(f"\n{name}: seed-cnn, {r['epochs']} epochs, batch {r['batch']}, Adam lr {r['lr']:g} ({r['schedule']}), "
              f"validation split {r['val']:g}")
        accuracies = [x["accuracy"] for x in runs]
        seconds = [x["seconds"] for x in runs]
        print(f"  test accuracy: {', '.join(f'{a:.2%}' for a in accuracies)} (lowest {min(accuracies):.2%})")
        print(f"  training seconds: {', '.join(f'{s:.1f}' for s in seconds)} (median {statistics.median(seconds):.1f})")


if __name__ == "__main__":
    main()
