"""Inspector refresh time: a new drawing -> every map of the selected layer recomputed and painted.

Runs real UNIPEN digits (rendered to 28x28 as the canvas does) through the
Inspect area of the real main window with the shipped seed-cnn, once with each
layer selected. One refresh = the probe call (all layers' outputs and the
SmoothGrad saliency in one traced call) + colouring the tiles + painting the
grid and the saliency view (``repaint()``, synchronous). Also times the probe
call alone and counts the refreshes while digits are drawn live.

Usage: QT_QPA_PLATFORM=offscreen python bench/inspect_refresh.py [--samples 100]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import machine  # noqa: E402  (bench/machine.py)

import numpy as np  # noqa: E402

from desktop.automation import draw_stroke, load_unipen, open_main_window, place_strokes  # noqa: E402
from desktop.core.locations import course_model_path  # noqa: E402
from desktop.core.strokes import to_mnist  # noqa: E402


def percentiles(ms: list[float]) -> str:
    a = np.array(ms)
    return f"p50 {np.percentile(a, 50):.1f} ms  p95 {np.percentile(a, 95):.1f} ms  max {a.max():.1f} ms  (n={len(a)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100)
    args = parser.parse_args()
    machine.report()

    # The course CNN, as a class inspects it (the figures in README were measured with it).
    app, window = open_main_window(str(course_model_path()), size=(1280, 800))
    window.tabs.setCurrentWidget(window.inspect_area)
    app.processEvents()
    area = window.inspect_area
    rng = np.random.default_rng(0)
    samples = [load_unipen()[i] for i in rng.choice(4777, args.samples, replace=False)]
    images = [to_mnist([s * 1000 / 100 for s in place_strokes(d["strokes"], 100, rng)]) for d in samples]

    probe_ms, by_layer = [], {}
    for image in images:  # warm-up and the probe alone
        start = time.perf_counter()
        area.model.probe(image)
        probe_ms.append((time.perf_counter() - start) * 1000)
    for row in area.rows:
        area.select_layer(row.name)
        app.processEvents()
        times = []
        for image in images:
            start = time.perf_counter()
            area.image = image
            area.refresh_now()
            area.grid.repaint() if area.stack.currentWidget() is area.grid else area.bars.repaint()
            area.saliency_view.repaint()
            times.append((time.perf_counter() - start) * 1000)
        by_layer[f"{row.name} ({row.kind})"] = times

    # Live: digits drawn through the canvas; the throttle decides how often the maps follow.
    area.select_layer("conv1")
    refreshes = []
    area.refreshed.connect(lambda: refreshes.append(time.perf_counter()))
    canvas = window.draw_area.canvas
    events = 0
    start = time.perf_counter()
    for d in samples[:20]:
        canvas.clear()
        for stroke in place_strokes(d["strokes"], canvas.square().width(), rng):
            draw_stroke(canvas, stroke, canvas.square().topLeft(), on_event=app.processEvents)
            events += len(stroke)
        app.processEvents()
    elapsed = time.perf_counter() - start

    print(f"seed-cnn, {len(images)} UNIPEN digits, window 1280x800 offscreen, {os.cpu_count()} cores")
    print(f"probe call alone (all 7 layers + saliency):  {percentiles(probe_ms)}")
    all_times = []
    for name, times in by_layer.items():
        print(f"refresh with {name:<28} selected: {percentiles(times)}")
        all_times += times
    print(f"refresh, all layers together:  {percentiles(all_times)}")
    print(f"live drawing: {events} mouse events in {elapsed:.1f} s -> {len(refreshes)} refreshes "
          f"({len(refreshes) / elapsed:.0f} per second)")
    window.close()


if __name__ == "__main__":
    main()
