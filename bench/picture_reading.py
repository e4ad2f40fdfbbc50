"""How a model reads *pictures* (the raster path, ``core/preprocess.py``), grey and thresholded.

Pictures are what File > Open image, drag and drop, paste and ``predict``
read. This reads the same digits as grey pictures and as black-and-white
(thresholded at half grey) pictures, with the two-level softening of
``normalize_digit`` and without it, and reports digits read (a rejected
digit is wrong) and non-digits called "not a digit":

- MNIST test digits 2,000-3,999 (the first 2,000 chose the softening);
- the calibrate writers' pen digits and a third of their non-digits, drawn
  by the canvas' renderer, enlarged 4x as pictures.

Usage: python bench/picture_reading.py [--model PATH]
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
from desktop.core.pen_samples import labels_of, load_samples, render_samples, split_by_writer  # noqa: E402
from desktop.core.preprocess import normalize_digit  # noqa: E402


def pictures(images: np.ndarray, hard: bool, soften: bool) -> np.ndarray:
    """The 28x28 inputs of ``images`` (N, h, w ink) read as pictures, thresholded if ``hard``."""
    return np.stack([normalize_digit((i > 0.5).astype(np.float32) if hard else i, soften) for i in images])


def main() -> None:
    args, loaded = machine.model_and_arguments(__doc__.splitlines()[0])
    mnist = load_mnist()
    sets = [("MNIST test digits 2,000-3,999", mnist.x_test[2000:4000].astype(np.float32) / 255,
             mnist.y_test[2000:4000].astype(np.int64))]
    for name, path, step in (("calibrate writers' pen digits", PEN_DIGITS, 1),
                             ("calibrate writers' non-digits (a third)", PEN_NONDIGITS, 3)):
        samples = split_by_writer(load_samples(shared_data_file(path)))["calibrate"][::step]
        big = np.kron(render_samples(samples), np.ones((1, 4, 4), np.float32))
        sets.append((name, big, labels_of(samples)))
    print(f"model {Path(args.model).stem}; right = digit read, or non-digit called not a digit")
    for name, images, labels in sets:
        row = []
        for label, hard, soften in (("grey", False, True), ("thresholded", True, False),
                                    ("thresholded, softened", True, True)):
            read, _ = loaded.calibration.read_batch(batch_probabilities(loaded.model, pictures(images, hard, soften)))
            row.append(f"{label} {np.mean(read == labels):.1%}")
        print(f"{name} ({len(labels)}): " + ", ".join(row), flush=True)


if __name__ == "__main__":
    main()
