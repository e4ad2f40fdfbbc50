"""Conv versus dense, measured: the shipped models' MNIST test accuracy under every sweep of the Compare area.

The same code the Compare area's Sweep runs (``core.sweep.run_sweep``), on
all 10,000 MNIST test digits, for seed-cnn and lenet5 (convolutional) and mlp
and mlp-deep (dense), all trained with one recipe. Prints one table per sweep
and, with ``--csv FOLDER``, writes each as CSV.

Usage: python bench/conv_vs_dense.py [--count 10000] [--sweeps "shift right,rotation"] [--csv FOLDER]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import machine  # noqa: E402  (bench/machine.py)

if (REPO.parent / "shared" / "data" / "mnist.npz").is_file():
    os.environ.setdefault("DIGITS_MNIST", str(REPO.parent / "shared" / "data" / "mnist.npz"))

MODELS = ("seed-cnn", "lenet5", "mlp", "mlp-deep")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="MNIST test digits per step")
    parser.add_argument("--sweeps", help="comma-separated sweep names (default: all)")
    parser.add_argument("--csv", metavar="FOLDER", help="also write one CSV per sweep there")
    args = parser.parse_args()
    machine.report()
    from desktop.core.tf_import import configure_for_app

    configure_for_app()
    from desktop.core.data import load_mnist
    from desktop.core.locations import shipped_models_dir
    from desktop.core.model_files import load_model
    from desktop.core.perturb import SWEEPS
    from desktop.core.sweep import run_sweep

    data = load_mnist()
    models = {name: load_model(shipped_models_dir() / f"{name}.keras").model.predict_on_batch for name in MODELS}
    names = args.sweeps.split(",") if args.sweeps else list(SWEEPS)
    for name in names:
        kind = SWEEPS[name.strip()]
        start = time.perf_counter()
        result = run_sweep(models, data.x_test[: args.count], data.y_test[: args.count], kind)
        print(f"\n{kind.name} ({kind.unit}), {result.count:,} MNIST test digits, {time.perf_counter() - start:.0f} s")
        print("| " + " | ".join([kind.unit, *MODELS]) + " |")
        print("|" + " --- |" * (len(MODELS) + 1))
        for i, value in enumerate(kind.values):
            print(f"| {value} | " + " | ".join(f"{result.accuracy[m][i]:.1%}" for m in MODELS) + " |")
        if args.csv:
            folder = Path(args.csv)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{kind.name.replace(' ', '-')}.csv").write_text(result.csv_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
