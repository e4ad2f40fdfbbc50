"""Inspector refresh time: a new drawing -> every map of the selected layer recomputed and painted.

Runs real UNIPEN digits (rendered to 28x28 as the canvas does) through the
Inspect area of the real main window with the course's seed-cnn (``--model``: another), once with each
layer selected. One refresh = the probe's maps call (all layers' outputs in one
traced call) + colouring the tiles + painting the grid (``repaint()``,
synchronous); the SmoothGrad saliency follows in its own event (its traced
call + painting the input view), timed separately and together. Also times the probe
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
    parser.add_argument("--model", default="course", help="course (seed-cnn, default), default (the shipped "
                        "reader-trio) or a .keras path")
    args = parser.parse_args()
    machine.report()

    # The course CNN, as a class inspects it (the figures in README were measured with it).
    from desktop.core.locations import default_model_path

    path = {"course": course_model_path(), "default": default_model_path()}.get(args.model, Path(args.model))
    app, window = open_main_window(str(path), size=(1280, 800))
    window.tabs.setCurrentWidget(window.inspect_area)  # traces the probe in the background
    area = window.inspect_area
    traced = time.perf_counter()
    while area.preparing:
        app.processEvents()
        time.sleep(0.005)
    print(f"probe traced {1000 * (time.perf_counter() - traced):.0f} ms after the Inspect area was first shown")
    rng = np.random.default_rng(0)
    samples = [load_unipen()[i] for i in rng.choice(4777, args.samples, replace=False)]
    images = [to_mnist([s * 1000 / 100 for s in place_strokes(d["strokes"], 100, rng)]) for d in samples]

    probe_ms, maps_ms, saliency_ms, by_layer, saliency_by_layer = [], [], [], {}, {}
    probe = area.model.probe
    for image in images:  # warm-up and the probe's two calls alone
        start = time.perf_counter()
        acts = probe(image, saliency=False)
        middle = time.perf_counter()
        probe.saliency(image, acts.digit)
        end = time.perf_counter()
        maps_ms.append((middle - start) * 1000)
        saliency_ms.append((end - middle) * 1000)
        probe_ms.append((end - start) * 1000)
    for row in area.rows:
        area.select_layer(row.name)
        app.processEvents()
        times, saliency_times = [], []
        for image in images:
            # One refresh: the maps (probe call, tiles, paint); then, as the app does in the next event,
            # the saliency (its call and the input view's paint).
            start = time.perf_counter()
            area.image = image
            area.refresh_now()
            area.grid.repaint() if area.stack.currentWidget() is area.grid else area.bars.repaint()
            middle = time.perf_counter()
            area.show_saliency()
            area.saliency_view.repaint()
            end = time.perf_counter()
            times.append((middle - start) * 1000)
            saliency_times.append((end - middle) * 1000)
        by_layer[f"{row.name} ({row.kind})"] = times
        saliency_by_layer[row.name] = saliency_times

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

    print(f"{window.active_model.current.name}, {len(images)} UNIPEN digits, window 1280x800 offscreen, "
          f"{os.cpu_count()} cores")
    print(f"probe, maps of all {len(area.rows)} layers:       {percentiles(maps_ms)}")
    print(f"probe, SmoothGrad saliency alone:     {percentiles(saliency_ms)}")
    print(f"probe, both:                          {percentiles(probe_ms)}")
    all_times, all_saliency = [], []
    for name, times in by_layer.items():
        print(f"refresh with {name:<28} selected: {percentiles(times)}")
        all_times += times
    for times in saliency_by_layer.values():
        all_saliency += times
    both = [a + b for a, b in zip(all_times, all_saliency)]
    print(f"refresh (maps), all layers together:  {percentiles(all_times)}")
    print(f"then the saliency, its own event:     {percentiles(all_saliency)}")
    print(f"maps + saliency (drawing -> both shown): {percentiles(both)}")
    print(f"longest the GUI thread is busy at once: p95 {np.percentile(np.maximum(all_times, all_saliency), 95):.1f} ms")
    print(f"live drawing: {events} mouse events in {elapsed:.1f} s -> {len(refreshes)} refreshes "
          f"({len(refreshes) / elapsed:.0f} per second)")
    window.close()


if __name__ == "__main__":
    main()
