"""The machine a benchmark ran on, printed with its figures: CPU model, cores, load from other processes."""

from __future__ import annotations

import atexit
import os


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
