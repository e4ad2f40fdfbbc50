"""Shared fixtures. Tests never download: MNIST comes from $DIGITS_MNIST (../shared/data by default)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_MNIST = REPO.parent / "shared" / "data" / "mnist.npz"

# Keep the tests away from the user's real settings, caches and models, and offline.
_HOME = Path(tempfile.mkdtemp(prefix="digits-test-home-"))
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = str(_HOME / var.lower())
os.environ["DIGITS_OFFLINE"] = "1"
os.environ["DIGITS_LANGUAGE"] = "en"  # the tests read English unless they choose Vietnamese
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
if not os.environ.get("DIGITS_MNIST") and SHARED_MNIST.is_file():
    os.environ["DIGITS_MNIST"] = str(SHARED_MNIST)

from desktop.core.memory import limit_malloc_arenas  # noqa: E402
from desktop.core.tf_import import configure_for_app  # noqa: E402

# As the app does, before TensorFlow starts its threads (arenas made before the limit stay): the
# start/stop memory tests are flat run alone, where the limit comes first, and grew 1.12 MB a run
# once in a full CI run, where it used to come only with the first main window.
limit_malloc_arenas()
configure_for_app()  # TensorFlow as the app and the CLI run it (oneDNN on)


@pytest.fixture(autouse=True)
def own_samples_file(tmp_path, monkeypatch):
    """Each test keeps its personal samples in a file of its own (the app's My samples set)."""
    path = tmp_path / "my-samples.json"
    monkeypatch.setenv("DIGITS_SAMPLES", str(path))
    return path


@pytest.fixture(scope="session")
def mnist():
    from desktop.core.data import load_mnist

    return load_mnist()


@pytest.fixture(scope="session")
def small_mnist(mnist):
    """300 training and 200 test images: enough to exercise training in seconds."""
    return mnist.subset(300, 200)


@pytest.fixture(scope="session")
def default_model():
    from desktop.core.locations import default_model_path
    from desktop.core.model_files import load_model

    return load_model(default_model_path())


@pytest.fixture(scope="session")
def tf():
    from desktop.core.tf_import import import_tensorflow

    return import_tensorflow()


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes the app shows, recorded instead of shown: (title, text)."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


@pytest.fixture
def window(qtbot):
    """The real main window with the default model loaded, shown offscreen."""
    from desktop.app import create_main_window

    win = create_main_window()
    qtbot.addWidget(win)
    win.shown_predictions = []
    win.predictionChanged.connect(lambda digit, probs: win.shown_predictions.append((digit, probs)))
    with qtbot.waitSignal(win.active_model.changed, timeout=60_000):
        win.show()
    win.resize(1000, 700)
    return win
