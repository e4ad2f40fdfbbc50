"""Draw the writing-style catalogue and the synthetic non-digit marks for README.

One row per style (``desktop/core/writing_styles.py``) and per kind of mark
(``desktop/core/marks.py``): eight random samples each, rendered exactly as
the canvas renders a drawing (28x28, white on black), enlarged 3x. Styles
that add to a real digit take UNIPEN digits for every other sample.

Usage: python resources/make_style_pictures.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from desktop.core.locations import PEN_DIGITS, shared_data_file  # noqa: E402
from desktop.core.marks import MARKS  # noqa: E402
from desktop.core.pen_samples import load_samples  # noqa: E402
from desktop.core.stroke_augment import augment_strokes  # noqa: E402
from desktop.core.strokes import to_mnist  # noqa: E402
from desktop.core.writing_styles import STYLES  # noqa: E402

PER_ROW = 8
ZOOM = 3
LABEL_WIDTH = 200


def row_image(images: list[np.ndarray], label: str) -> Image.Image:
    strip = (np.hstack(images) * 255).astype(np.uint8)
    tiles = Image.fromarray(strip).resize((strip.shape[1] * ZOOM, strip.shape[0] * ZOOM), Image.NEAREST)
    row = Image.new("L", (LABEL_WIDTH + tiles.width, tiles.height), 0)
    row.paste(tiles, (LABEL_WIDTH, 0))
    ImageDraw.Draw(row).text((6, tiles.height // 2 - 6), label, fill=220)
    return row


def main() -> None:
    rng = np.random.default_rng(11)
    real = load_samples(shared_data_file(PEN_DIGITS))
    rows = []
    for style in STYLES:
        bases = [s for s in real if s.label == style.digit] if style.uses_real_samples else []
        images = []
        for i in range(PER_ROW):
            base = list(bases[int(rng.integers(len(bases)))].strokes) if bases and i % 2 else None
            images.append(to_mnist(*augment_strokes(style.make(rng, base), rng)))
        rows.append(row_image(images, f"{style.digit}: {style.name}"))
    for name, make in MARKS.items():
        rows.append(row_image([to_mnist(*augment_strokes(make(rng), rng)) for _ in range(PER_ROW)],
                              f"not a digit: {name}"))
    sheet = Image.new("L", (rows[0].width, sum(r.height for r in rows)), 0)
    y = 0
    for row in rows:
        sheet.paste(row, (0, y))
        y += row.height
    out = ROOT / "resources" / "screenshots" / "styles.png"
    sheet.save(out)
    print(f"wrote {out} ({sheet.width}x{sheet.height})")


if __name__ == "__main__":
    main()
