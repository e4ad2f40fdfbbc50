"""TensorFlow as the app starts it: its compute threads below the GUI thread's priority (Linux)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.tf_import import COMPUTE_NICE, NICE_ENV

SCRIPT = """
import os, threading
from desktop.core.tf_import import configure_for_app, import_tensorflow
configure_for_app(gui=True)
tf = import_tensorflow()
tf.nn.conv2d(tf.ones((64, 28, 28, 1)), tf.ones((3, 3, 1, 32)), 1, "VALID").numpy()
me = threading.get_native_id()
for tid in os.listdir("/proc/self/task"):
    with open(f"/proc/self/task/{tid}/stat") as stat:
        print(int(tid) == me, stat.read().rsplit(")", 1)[1].split()[16])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities are set on Linux only")
def test_the_apps_tensorflow_threads_run_below_the_gui_thread():
    env = {k: v for k, v in os.environ.items() if k != NICE_ENV}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=300,
                         env=env, cwd=Path(__file__).resolve().parent.parent).stdout
    rows = [line.split() for line in out.splitlines()]
    main = [int(nice) for is_main, nice in rows if is_main == "True"]
    others = [int(nice) for is_main, nice in rows if is_main == "False"]
    assert len(main) == 1
    lowered = min(main[0] + COMPUTE_NICE, 19)
    # Eigen's compute pool (one thread per core) and TensorFlow's inter-op threads.
    assert others.count(lowered) >= 2, rows
    assert max(others) == lowered
