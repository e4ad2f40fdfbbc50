"""Reading figures of a model without the GUI: held-out pen digits, "not a digit", calibration, MNIST.

Renders every pen sample with the canvas' preprocessing (as ``evaluate
--strokes`` does) and reports, for the held-out ("report") writers:
accuracy per digit (a rejected digit counts as wrong), how many non-digits
(and of them letters and symbols) are called "not a digit" at the model card's threshold and at thresholds
that reject 0.5 / 1 / 2 % of the held-out digits, the expected calibration
error before and after the card's temperature, how many drawn scribbles
(seeded random walks and zigzags in canvas pixels) are called "not a digit",
and MNIST test accuracy. Drawings are read as the canvas reads them: with a
model that has a path network, from image and pen path joined, with that
reading's calibration (``--image-only``: the image alone); MNIST from its
images, with the card's own calibration.

Usage: python bench/reading_figures.py [--model PATH] [--image-only]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402

from desktop.core.data import load_mnist  # noqa: E402
from desktop.core.evaluation import batch_probabilities  # noqa: E402
from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, shared_data_file  # noqa: E402
from desktop.core.path_reading import path_file  # noqa: E402
from desktop.core.pen_path import path_features  # noqa: E402
from desktop.core.pen_samples import labels_of, load_samples, render_samples, split_by_writer  # noqa: E402
from desktop.core.reading import expected_calibration_error, threshold_for  # noqa: E402
from desktop.core.stroke_evaluation import rejected_by_kind  # noqa: E402
from desktop.core.strokes import to_mnist  # noqa: E402


def drawn_scribbles(rng: np.random.Generator) -> dict[str, list[list[np.ndarray]]]:
    """200 each of long and short random walks and of zigzags, as a mouse draws them on the canvas."""
    long_walks = [[200 + np.cumsum(rng.normal(0, 25, (40, 2)), axis=0)] for _ in range(200)]
    short_walks = [[200 + np.cumsum(rng.normal(0, 25, (15, 2)), axis=0)] for _ in range(200)]
    zigzags = []
    for _ in range(200):
        t = np.arange(int(rng.integers(6, 14)))
        x = np.where(t % 2, rng.uniform(250, 400), rng.uniform(20, 150)) + rng.normal(0, 10, len(t))
        zigzags.append([np.stack([x, 40 + t * rng.uniform(15, 35)], axis=1)])
    return {"random walks of 40 points": long_walks, "random walks of 15 points": short_walks,
            "zigzags": zigzags}


def main() -> None:
    args, loaded = machine.model_and_arguments(__doc__.splitlines()[0])
    reader = loaded.path_reader
    calibration = reader.calibration if reader is not None else loaded.calibration

    def drawings(images: np.ndarray, strokes: list) -> np.ndarray:
        """Probabilities of drawings as the canvas reads them: image, and pen path with a path network."""
        raw = batch_probabilities(loaded.model, images)
        if reader is None:
            return raw
        return reader.joined_batch(raw, np.stack([path_features(s) for s in strokes]))

    print("reading: " + ("image and pen path (MNIST: image)" if reader is not None else "image"))
    digits = split_by_writer(load_samples(shared_data_file(PEN_DIGITS)))["report"]
    nondigits = split_by_writer(load_samples(shared_data_file(PEN_NONDIGITS)))["report"]
    labels = labels_of(digits)
    raw = drawings(render_samples(digits), [s.strokes for s in digits])
    raw_non = drawings(render_samples(nondigits), [s.strokes for s in nondigits])
    probs, probs_non = calibration.probabilities(raw), calibration.probabilities(raw_non)
    read, _ = calibration.read_batch(raw)
    read_non, _ = calibration.read_batch(raw_non)

    print(f"model {loaded.name}: temperature {calibration.temperature:.3f}, "
          f"not a digit below {calibration.reject_below:.3f}")
    print(f"held-out writers, {len(digits):,} pen digits: {np.mean(read == labels):.2%} read "
          f"({np.mean(probs.argmax(axis=1) == labels):.2%} without rejection), "
          f"{np.mean(read == -1):.2%} called not a digit")
    print("  per digit: " + "  ".join(f"{d}:{np.mean(read[labels == d] == d):.1%}" for d in range(10)))
    kinds = rejected_by_kind(nondigits, read_non)
    print(f"held-out writers, {len(nondigits):,} pen non-digits: {np.mean(read_non == -1):.2%} called not a digit "
          f"(letters {kinds['letters_rejected']:.2%} of {kinds['letters']:,}, symbols "
          f"{kinds['symbols_rejected']:.2%} of {kinds['symbols']:,})")
    confidence, confidence_non = probs.max(axis=1), probs_non.max(axis=1)
    for share in (0.005, 0.01, 0.02):
        t = threshold_for(confidence, share)
        print(f"  threshold rejecting {share:.1%} of held-out digits ({t:.3f}): "
              f"{np.mean(confidence_non < t):.2%} of non-digits rejected")
    for name, marks in drawn_scribbles(np.random.default_rng(2024)).items():
        rendered = np.stack([to_mnist(strokes) for strokes in marks]).astype(np.float32)
        read_marks, _ = calibration.read_batch(drawings(rendered, marks))
        print(f"drawn scribbles, {name}: {np.mean(read_marks == -1):.0%} called not a digit")
    print(f"expected calibration error on held-out digits: {expected_calibration_error(raw, labels):.4f} "
          f"before, {expected_calibration_error(probs, labels):.4f} after the temperature")
    mnist = load_mnist()
    mnist_probs = batch_probabilities(loaded.model, mnist.x_test.astype(np.float32) / 255)
    mnist_read, _ = loaded.calibration.read_batch(mnist_probs)  # no pen path: the image's own calibration
    print(f"MNIST test: {np.mean(mnist_probs.argmax(axis=1) == mnist.y_test):.2%} "
          f"({np.mean(mnist_read == -1):.2%} called not a digit)")
    files = [Path(args.model)] + ([path_file(Path(args.model))] if reader is not None else [])
    print(f"model files {sum(f.stat().st_size for f in files) / 1e6:.2f} MB "
          f"({', '.join(f'{f.name} {f.stat().st_size / 1e6:.2f} MB' for f in files)})")


if __name__ == "__main__":
    main()
