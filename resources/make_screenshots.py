"""Grab screenshots of each area of the real app for README (offscreen, no display needed).

Usage: QT_QPA_PLATFORM=offscreen python resources/make_screenshots.py
Writes resources/screenshots/<area>.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "mnist.npz"
if _SHARED.is_file():
    os.environ.setdefault("DIGITS_MNIST", str(_SHARED))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# A sample set of its own, so the user's own My samples are never touched.
import tempfile  # noqa: E402

os.environ["DIGITS_SAMPLES"] = str(Path(tempfile.mkdtemp(prefix="screenshots-")) / "my-samples.json")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from desktop.automation import draw_stroke, load_unipen, open_main_window, place_strokes  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def draw_sample(window) -> None:
    """Draw a real stylus '3' (UNIPEN) on the canvas, as a user would with the mouse."""
    import numpy as np

    canvas = window.draw_area.canvas
    sample = next(s for s in load_unipen() if s["label"] == 3)
    square = canvas.square()
    for stroke in place_strokes(sample["strokes"], square.width(), np.random.default_rng(2), (0.6, 0.6)):
        draw_stroke(canvas, stroke, square.topLeft())
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()


def draw_scribble(window) -> None:
    """Clear the canvas and draw a zigzag scribble: the Draw area says it is not a digit."""
    import numpy as np

    canvas = window.draw_area.canvas
    canvas.clear()
    t = np.arange(12)
    scribble = np.stack([np.where(t % 2, 0.75, 0.25), 0.2 + t * 0.055], axis=1) * canvas.square().width()
    draw_stroke(canvas, scribble, canvas.square().topLeft())
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()


def train_briefly(window) -> None:
    """Run a short real training (2 epochs on 3,000 images) so the curves have something to show."""
    import numpy as np

    area = window.train_area
    area.form.subset_spin.setValue(3000)
    area.form.epochs_spin.setValue(2)
    loop = QEventLoop()
    area.trainingFinished.connect(loop.quit)
    area.trainingFailed.connect(loop.quit)
    area.start()
    loop.exec()
    area.views.setCurrentIndex(1)
    matrix = area.confusion.matrix
    true, pred = divmod(int((matrix - matrix.diagonal() * np.eye(10, dtype=int)).argmax()), 10)
    area.show_cell(true, pred)


def keep_samples(window) -> None:
    """Keep 30 digits of one real writer (3 of each), as if drawn and kept with their keys."""
    from desktop.core.locations import PEN_DIGITS, shared_data_file
    from desktop.core.pen_samples import load_samples, split_by_writer

    pool = split_by_writer(load_samples(shared_data_file(PEN_DIGITS)))["report"]
    writer = pool[0].writer
    mine = [s for s in pool if s.writer == writer]
    for digit in range(10):
        for sample in [s for s in mine if s.label == digit][:3]:
            window.samples.keep(digit, sample.strokes)
    area = window.samples_area
    loop = QEventLoop()
    area.readingsDone.connect(loop.quit)
    QTimer.singleShot(5000, loop.quit)
    loop.exec()


def explain_a_value(window) -> None:
    """The Inspect area explaining one value of the first conv layer (the course CNN: 3x3 numbers)."""
    from desktop.core.locations import course_model_path

    loop = QEventLoop()
    window.active_model.changed.connect(loop.quit)
    window.active_model.load(course_model_path())
    loop.exec()
    area = window.inspect_area
    window.tabs.setCurrentWidget(area)
    while area.preparing or area.saliency_pending():
        loop = QEventLoop()
        QTimer.singleShot(100, loop.quit)
        loop.exec()
    area.select_layer("conv1")
    area._on_tile_clicked(5)
    area.explain_unit(12, 12, 5)
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()


def compare_shifted(window) -> None:
    """The Compare area: the digit moved 5 pixels right, and a shift sweep of the shipped models."""
    area = window.compare_area
    window.tabs.setCurrentWidget(area)
    area.perturb.shift_x.setValue(5)
    area.sweep.kind_combo.setCurrentText("shift right")
    area.sweep.count_spin.setValue(2000)
    loop = QEventLoop()
    area.sweep.sweepFinished.connect(loop.quit)
    area.sweep.sweepFailed.connect(loop.quit)
    area.sweep.start()
    loop.exec()


def write_a_number(window) -> None:
    """Number mode: a held-out writer's 1, 9, 8 and 4 written in a row (needs ../shared/data)."""
    import numpy as np

    from desktop.automation import draw_stroke, fit_number, unipen_path
    from desktop.core.number import compose
    from desktop.core.pen_samples import load_samples, writer_part

    digits = {}
    for sample in load_samples(unipen_path()):
        if sample.label in (1, 9, 8, 4) and writer_part(sample.writer) == "report":
            digits.setdefault(sample.writer, {}).setdefault(sample.label, sample)
    writer = next(w for w in sorted(digits) if len(digits[w]) == 4)
    strokes = compose([digits[writer][d].strokes for d in (1, 9, 8, 4)], np.random.default_rng(0), gap=(0.2, 0.4))
    canvas = window.draw_area.canvas
    square = canvas.square()
    canvas.clear()
    window.set_reading_mode("number")
    for stroke in fit_number(strokes, square.width()):
        draw_stroke(canvas, stroke, square.topLeft())
    window.draw_area.live.update_now()


def main() -> None:
    app, window = open_main_window(size=(1200, 760))
    draw_sample(window)
    train_briefly(window)
    keep_samples(window)
    OUT.mkdir(exist_ok=True)
    areas = {"draw": window.draw_area, "build": window.build_area, "train": window.train_area,
             "inspect": window.inspect_area, "my-samples": window.samples_area}
    for name, area in areas.items():
        window.tabs.setCurrentWidget(area)
        waited = 0
        inspecting = area is window.inspect_area
        while waited < 300 or (inspecting and (area.preparing or area.saliency_pending()) and waited < 30_000):
            loop = QEventLoop()  # the inspector traces its probe once shown, then refreshes
            QTimer.singleShot(100, loop.quit)
            loop.exec()
            waited += 100
        window.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")
    window.tabs.setCurrentWidget(window.train_area)  # the curves beside the network, replayed halfway
    window.train_area.views.setCurrentIndex(0)
    slider = window.train_area.live_view.slider
    slider.setValue(slider.maximum() // 2)
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    window.grab().save(str(OUT / "train-live.png"))
    print(OUT / "train-live.png")
    compare_shifted(window)
    window.grab().save(str(OUT / "compare.png"))
    print(OUT / "compare.png")
    window.compare_area.views.setCurrentIndex(1)
    window.grab().save(str(OUT / "compare-sweep.png"))
    print(OUT / "compare-sweep.png")
    window.compare_area.views.setCurrentIndex(0)
    window.compare_area.perturb.reset()
    window.tabs.setCurrentWidget(window.draw_area)
    write_a_number(window)
    window.grab().save(str(OUT / "number.png"))
    print(OUT / "number.png")
    window.set_reading_mode("digit")
    window.draw_area.canvas.clear()
    draw_scribble(window)
    window.grab().save(str(OUT / "not-a-digit.png"))
    print(OUT / "not-a-digit.png")
    window.draw_area.canvas.clear()
    draw_sample(window)
    explain_a_value(window)  # the course CNN, last: the default model says "not a digit" above
    window.grab().save(str(OUT / "inspect-explain.png"))
    print(OUT / "inspect-explain.png")
    window.close()


if __name__ == "__main__":
    main()
