"""Does "not a digit" survive small changes of rendering? Canvas-rendered pen samples, slightly altered.

The canvas always renders ink the same way (``core/strokes.to_mnist``), so the
canvas figures do not show whether a network tells digits from non-digits by
their shapes or by how they were rendered. This reads the calibrate writers'
pen digits and non-digits rendered by the canvas, as rendered and after changes
a picture or another renderer would make: a 0.5 px Gaussian blur, 7 % smaller
or larger (about the centre), ink at 80 % strength, shifted by one pixel.
Digits read (a rejected digit is wrong) and non-digits called "not a digit".

Usage: python bench/rendering_robustness.py [--model PATH]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402

from desktop.core.evaluation import batch_probabilities  # noqa: E402
from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, shared_data_file  # noqa: E402
from desktop.core.pen_samples import labels_of, load_samples, render_samples, split_by_writer  # noqa: E402
from desktop.core.perturb import rotate_scale, shift  # noqa: E402
from desktop.core.preprocess import softened  # noqa: E402


CHANGES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "as rendered": lambda x: x,
    "blurred 0.5 px": lambda x: np.stack([softened(i, 0.5) for i in x]),
    "7 % smaller": lambda x: rotate_scale(x, 0.0, 0.93),
    "7 % larger": lambda x: rotate_scale(x, 0.0, 1.07),
    "ink at 80 %": lambda x: x * 0.8,
    "shifted 1 px": lambda x: shift(x, 1, 0),
}


def main() -> None:
    args, loaded = machine.model_and_arguments(__doc__.splitlines()[0])
    sets = []
    for name, path in (("digits read", PEN_DIGITS), ("non-digits rejected", PEN_NONDIGITS)):
        samples = split_by_writer(load_samples(shared_data_file(path)))["calibrate"]
        sets.append((name, render_samples(samples), labels_of(samples)))
    print(f"model {Path(args.model).stem}; calibrate writers: {len(sets[0][2])} digits, {len(sets[1][2])} non-digits")
    print("| rendering | " + " | ".join(name for name, _, _ in sets) + " |")
    print("| --- | --- | --- |")
    for change, alter in CHANGES.items():
        row = []
        for _, images, labels in sets:
            read, _ = loaded.calibration.read_batch(batch_probabilities(loaded.model, alter(images)))
            row.append(f"{np.mean(read == labels):.1%}")
        print(f"| {change} | " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
