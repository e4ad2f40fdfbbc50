"""The machine a benchmark ran on, printed with its figures: CPU model, cores, load from other processes."""

from __future__ import annotations

import argparse
import atexit
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.model_files import LoadedModel


def cpu_model() -> str:
    """The CPU's model name (Linux), or "CPU unknown"."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "CPU unknown"


def report() -> None:
    """Print the machine and the load average now, and the load average again when the script ends (the
    load during the run includes the benchmark itself)."""
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.2f}",
          flush=True)
    atexit.register(lambda: print(f"load average at the end {os.getloadavg()[0]:.2f}", flush=True))


def model_and_arguments(description: str) -> tuple[argparse.Namespace, LoadedModel]:
    """Parse ``--model PATH`` (the default model when not given), print the machine (:func:`report`) and
    load the model; (arguments, loaded model)."""
    from desktop.core.locations import default_model_path
    from desktop.core.model_files import load_model

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--image-only", action="store_true", help="a model with a path network: read drawings "
                        "from their images alone (as pictures are read)")
    args = parser.parse_args()
    report()
    loaded = load_model(args.model)
    if args.image_only:
        loaded.path_reader = None
    return args, loaded
