"""What more adapting could mend: issue 14's protocol (``adapt_writers.py``: 2 samples of each digit to adapt on,
the rest of the writer's samples to test on) with the app's adaptation and with two stronger ones, side by side.

- ``default``: the app's adaptation (the image networks' and the path network's classifiers trained).
- ``conv3``: the image networks' last convolution trained too (``AdaptOptions.train_from``), its input computed
  once instead of the classifier's.
- ``styled replay`` (with ``--style`` only): an oracle that knows the trait every writer's samples were given:
  1,500 other writers' pen digits given it too are replayed with their labels, so the classifier sees that
  trait on every digit, not only on the writer's 20 samples.

Prints each variant's mean and worst accuracy on the rest, writers worse, how many samples it reads otherwise
than ``default`` does, its median seconds per adaptation (replay built and adapted, image and path; variants
alternate writer by writer) and the samples it still misreads.

Usage: python bench/adapt_ceiling.py [--style backslant|rot25|squat] [--model PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")  # as the CLI's adapt sets it
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402
from adapt_writers import STYLES, adapted_copies, replays, said, styled, writers_own_and_rest  # noqa: E402

from desktop.core.adapt import AdaptOptions, Replay, read_samples, targets_for  # noqa: E402
from desktop.core.adapt_path import PathReplay, path_part_of, replay_of  # noqa: E402
from desktop.core.data import load_mnist  # noqa: E402
from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, default_model_path, shared_data_file  # noqa: E402
from desktop.core.model_files import load_model  # noqa: E402
from desktop.core.path_network import NOT_A_DIGIT_OUTPUT  # noqa: E402
from desktop.core.pen_samples import PenSample, labels_of, load_samples, render_samples, split_by_writer  # noqa: E402

STYLED_REPLAY = 1500


def with_labelled(replay: Replay, path_rep: PathReplay, path_model, extra: list[PenSample]) -> PathReplay:
    """Add ``extra`` to ``replay`` (in place; made at once) and return ``path_rep`` with them, their labels as
    targets in both instead of the model's own outputs."""
    first, labels = len(replay.x), labels_of(extra)
    replay.x = np.concatenate([replay.x, render_samples(extra)])
    replay.targets = np.concatenate([replay.targets, targets_for(labels)])
    replay.weights = np.concatenate([replay.weights, np.ones(len(extra), np.float32)])
    replay.undistilled = np.concatenate([replay.undistilled, np.ones(len(extra), bool)])
    rows = np.arange(first, len(replay.x))
    replay.make(rows)  # their features (and the model's outputs, replaced next)
    replay.targets[rows] = targets_for(labels)
    targets = np.eye(NOT_A_DIGIT_OUTPUT + 1, dtype=np.float32)[labels]
    return PathReplay(np.concatenate([path_rep.features, replay_of(path_model, extra).features]),
                      np.concatenate([path_rep.targets, targets]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--style", choices=sorted(STYLES), help="give every writer's samples this trait too")
    args = parser.parse_args()
    machine.report()
    source = load_model(args.model)
    mnist = load_mnist()
    digits = load_samples(shared_data_file(PEN_DIGITS))
    replay_digits = split_by_writer(digits)["train"]
    replay_nondigits = split_by_writer(load_samples(shared_data_file(PEN_NONDIGITS)))["train"]
    path = path_part_of(source.path, source.path_reader)
    variants = {"default": AdaptOptions(), "conv3": AdaptOptions(train_from="conv3")}
    if args.style:
        variants["styled replay"] = AdaptOptions()
    scores = {name: [] for name in variants}
    misread = {name: [] for name in variants}
    changed = dict.fromkeys(variants, 0)
    seconds = {name: [] for name in variants}
    for writer, own, rest in writers_own_and_rest(digits):
        if args.style:
            own, rest = styled(own, STYLES[args.style]), styled(rest, STYLES[args.style])
        labels = labels_of(rest)
        before = read_samples(source.model, source.calibration, rest, path)
        readings = {}
        for name, options in variants.items():
            start = time.perf_counter()
            replay, path_rep, path_rng = replays(source, path, options, mnist, replay_digits, replay_nondigits)
            if name == "styled replay":
                pick = np.random.default_rng(options.seed + 1).choice(len(replay_digits), STYLED_REPLAY,
                                                                      replace=False)
                extra = styled([replay_digits[int(i)] for i in pick], STYLES[args.style])
                path_rep = with_labelled(replay, path_rep, path.model, extra)
            model, adapted = adapted_copies(source, path, own, options, replay, path_rep, path_rng)
            seconds[name].append(time.perf_counter() - start)
            readings[name] = read_samples(model, source.calibration, rest, adapted)
            scores[name].append(((before == labels).mean(), (readings[name] == labels).mean()))
            misread[name] += [f"{writer}: a {labels[i]} read {said(readings[name][i])}"
                              for i in np.flatnonzero(readings[name] != labels)]
            changed[name] += int((readings[name] != readings["default"]).sum())
        print(writer, "  ".join(f"{name} {scores[name][-1][1]:.2%}" for name in variants), flush=True)
    for name in variants:
        s = np.array(scores[name])
        print(f"\n{name}: mean {s[:, 0].mean():.2%} -> {s[:, 1].mean():.2%}, worst {s[:, 0].min():.2%} -> "
              f"{s[:, 1].min():.2%}, {(s[:, 1] < s[:, 0]).sum()} writers worse; "
              f"{changed[name]} samples read otherwise than by default; median {np.median(seconds[name]):.1f} s "
              f"per adaptation; {len(misread[name])} misread:")
        for line in misread[name]:
            print("   ", line)


if __name__ == "__main__":
    main()
