"""How far adapting to one writer can go on the dev writers: two upper bounds beside ``adapt_writers.py``.

For the same writers and the same split (the first 2 samples of each digit to adapt on, the rest to test):

- rejection: the rest read by the source and the adapted model with the card's threshold, with thresholds
  nearer an even spread (0.1005, 0.1001) and with none (never "not a digit"), each with the share of the
  calibrate writers' non-digits (every third) it still rejects;
- more samples: adapted on the 20 *and* three quarters of the rest (four folds, so every remaining sample
  is read once by a model that never saw it).

Usage: python bench/adapt_bounds.py [--model PATH] [--writers N]   (about 15 min for all 21 writers)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import machine  # noqa: E402  (bench/machine.py)
from adapt_writers import writers_own_and_rest  # noqa: E402  (the same writers and split)

import numpy as np  # noqa: E402

from desktop.core.adapt import AdaptOptions, adapt, build_replay, copy_model, distilled  # noqa: E402
from desktop.core.data import load_mnist  # noqa: E402
from desktop.core.evaluation import batch_probabilities  # noqa: E402
from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, default_model_path, shared_data_file  # noqa: E402
from desktop.core.model_files import load_model  # noqa: E402
from desktop.core.pen_samples import load_samples, render_samples, split_by_writer  # noqa: E402
from desktop.core.reading import NOT_A_DIGIT, Calibration  # noqa: E402

FOLDS = 4


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--writers", type=int, default=0, help="only the first N writers (0: all)")
    args = parser.parse_args()
    machine.report()
    options = AdaptOptions()
    source = load_model(args.model)
    calibration = source.calibration
    thresholds = [calibration.reject_below, 0.1005, 0.1001, 0.0]
    mnist = load_mnist()
    digits = load_samples(shared_data_file(PEN_DIGITS))
    nondigit_parts = split_by_writer(load_samples(shared_data_file(PEN_NONDIGITS)))
    replay_digits, replay_nondigits = split_by_writer(digits)["train"], nondigit_parts["train"]
    others = render_samples(nondigit_parts["calibrate"][::3])
    # The same for every writer (adapt_writers.py builds it for each, as part of an adaptation's time).
    replay = distilled(build_replay(mnist, replay_digits, replay_nondigits, options,
                                    np.random.default_rng(options.seed), True), source.model)
    rows = []
    for writer, own, rest in writers_own_and_rest(digits)[:args.writers or None]:
        labels = np.array([s.label for s in rest])
        images = render_samples(rest)
        adapted = copy_model(source.model)
        adapt(adapted, own, replay, options)
        row = []
        for model in (source.model, adapted):
            probs, other_probs = batch_probabilities(model, images), batch_probabilities(model, others)
            for threshold in thresholds:
                reading = Calibration(calibration.temperature, threshold)
                row.append(((reading.read_batch(probs)[0] == labels).mean(),
                            (reading.read_batch(other_probs)[0] == NOT_A_DIGIT).mean()))
        fold = np.arange(len(rest)) % FOLDS
        more = np.zeros(len(rest), np.int64)
        for k in range(FOLDS):
            model = copy_model(source.model)
            adapt(model, own + [s for s, f in zip(rest, fold) if f != k], replay, options)
            more[fold == k] = calibration.read_batch(batch_probabilities(model, images[fold == k]))[0]
        row.append(((more == labels).mean(), float("nan")))
        rows.append(row)
        print(f"{writer:28s} rest {len(rest):3d}: card's threshold {row[0][0]:.2%} -> {row[len(thresholds)][0]:.2%}, "
              f"never rejecting {row[len(thresholds) - 1][0]:.2%} -> {row[-2][0]:.2%}, "
              f"adapted on more {row[-1][0]:.2%}", flush=True)
    r = np.array(rows)  # writers x variants x (accuracy on the rest, other writers' non-digits rejected)
    names = ([f"source, threshold {t:.4f}" for t in thresholds] + [f"adapted, threshold {t:.4f}" for t in thresholds]
             + [f"adapted on 20 + 3/4 of the rest, threshold {calibration.reject_below:.4f}"])
    print(f"\n{len(rows)} writers: mean (worst) accuracy on the rest; calibrate writers' non-digits rejected")
    for k, name in enumerate(names):
        rejected = "" if np.isnan(r[0, k, 1]) else f"; non-digits rejected {r[:, k, 1].mean():.1%}"
        same = k - len(thresholds) if k < 2 * len(thresholds) else 0  # the source read with the same threshold
        worse = f"; {(r[:, k, 0] < r[:, same, 0]).sum()} writers worse than the source" if k >= len(thresholds) else ""
        print(f"{name:52s} {r[:, k, 0].mean():.2%} ({r[:, k, 0].min():.2%}){rejected}{worse}")


if __name__ == "__main__":
    main()
