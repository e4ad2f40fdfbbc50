"""Start-up benchmark: process start -> window shown, -> first prediction possible, -> model ready.

Runs ``python -m desktop --startup-report`` several times in fresh processes
and prints the median and worst of each figure. The first run also pays for
cold file caches, so it is reported separately and left out of the median.

Usage: python bench/startup.py [--runs 5] [--model PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

import machine


def one_run(model: str | None) -> dict[str, float]:
    env = {**os.environ, "DIGITS_T0": repr(time.time())}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmd = [sys.executable, "-m", "desktop", "--startup-report"] + (["--model", model] if model else [])
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    figures = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("window_shown_s", "first_prediction_s", "model_ready_s"):
            figures[key] = float(value)
    if len(figures) != 3:
        raise SystemExit(f"startup report incomplete (exit {out.returncode}):\n{out.stdout}\n{out.stderr}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model")
    args = parser.parse_args()
    machine.report()
    first = one_run(args.model)
    runs = [one_run(args.model) for _ in range(args.runs)]
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {args.runs} warm runs")
    print(f"first (cold) run: window {first['window_shown_s']:.2f} s, first prediction "
          f"{first['first_prediction_s']:.2f} s, model ready {first['model_ready_s']:.2f} s")
    for key, label in (("window_shown_s", "start -> window shown"),
                       ("first_prediction_s", "start -> can predict"), ("model_ready_s", "start -> model ready")):
        values = [r[key] for r in runs]
        print(f"{label:24s} median {statistics.median(values):.2f} s   max {max(values):.2f} s")


if __name__ == "__main__":
    main()
