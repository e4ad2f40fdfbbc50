"""Hostile data sets: huge or bomb-like .npz and IDX files, named pipes, devices, 0/1 images.

Each is refused before it takes memory or time, with one clear line (CLI) or one
message in the Train area with training not started; 0/1 images are a warning.
"""

from __future__ import annotations

import gzip
import io
import os
import threading
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.core.data import DataError, load_mnist
from cli_calls import cli

BIG = 200_000_000  # bytes of zeros: compresses to ~200 kB, and is far above what loading may take
MEMORY_BOUND = 60_000_000  # a load of the 500 small images must stay well below BIG


def peak_memory(load: Callable[[], object]) -> int:
    """The most bytes Python and numpy held at once while running ``load``."""
    tracemalloc.start()
    try:
        load()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _arrays(small) -> dict[str, np.ndarray]:
    return {"x_train": small.x_train, "y_train": small.y_train, "x_test": small.x_test, "y_test": small.y_test}


def _idx_bytes(array: np.ndarray) -> bytes:
    return bytes([0, 0, 8, array.ndim]) + b"".join(d.to_bytes(4, "big") for d in array.shape) + array.tobytes()


def _idx_folder(folder: Path, small) -> Path:
    names = {"x_train": "train-images-idx3-ubyte", "y_train": "train-labels-idx1-ubyte",
             "x_test": "t10k-images-idx3-ubyte", "y_test": "t10k-labels-idx1-ubyte"}
    folder.mkdir()
    for key, array in _arrays(small).items():
        with gzip.open(folder / f"{names[key]}.gz", "wb", compresslevel=1) as f:
            f.write(_idx_bytes(array))
    return folder


def _npy_header_only(shape: tuple[int, ...], dtype: str = "|u1") -> bytes:
    """An .npy member whose header claims ``shape`` but which holds no data at all."""
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": dtype, "fortran_order": False, "shape": shape})
    return buffer.getvalue()


@pytest.fixture
def fifo(tmp_path) -> Iterator[Path]:
    """A named pipe; at the end a reader still blocked on it (the old behaviour) is let go."""
    path = tmp_path / "mnist.npz"
    os.mkfifo(path)
    yield path
    _release(path)


def _release(path: Path) -> None:
    """Open and close the writing end, so a reader blocked in open() gets end-of-file."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:  # no reader waiting
        pass


# -- refused data sets ----------------------------------------------------------------------------


def _hostile(kind: str, tmp_path: Path, small) -> tuple[Path, str]:
    """A data set of the given kind and the text its refusal must contain."""
    if kind == "npz-huge-header":
        path = tmp_path / "huge.npz"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("x_train.npy", _npy_header_only((1 << 33, 28, 28)))
            for key, array in _arrays(small).items():
                if key != "x_train":
                    buffer = io.BytesIO()
                    np.lib.format.write_array(buffer, array)
                    z.writestr(f"{key}.npy", buffer.getvalue())
        return path, (f"{path}: array 'x_train' has shape (8589934592, 28, 28) of uint8, 6,734.5 GB: far more "
                      "than an MNIST-like data set needs (at most 1 GB per array)")
    folder = _idx_folder(tmp_path / "idx", small)
    target = folder / "t10k-images-idx3-ubyte.gz"
    if kind == "idx-bomb":
        with gzip.open(target, "wb", compresslevel=1) as f:
            f.write(_idx_bytes(small.x_test))
            zeros = bytes(10_000_000)
            for _ in range(BIG // len(zeros)):
                f.write(zeros)
        return folder, (f"{target}: size does not match its header (200, 28, 28): there is more data after "
                        "the 156,800 bytes it announces")
    too_big = "far more than an MNIST-like data set needs (at most 1 GB per file)"
    if kind == "idx-huge-dims":
        dims = (0xFFFFFFFF, 28, 28)
        message = f"its header gives shape (4294967295, 28, 28), 3,367.3 GB: {too_big}"
    elif kind == "idx-int64-overflow":
        dims = (1 << 22, 1 << 21, 1 << 21)  # 2**64 bytes: 0 in int64 arithmetic
        message = f"its header gives shape (4194304, 2097152, 2097152), about 10^19 bytes: {too_big}"
    else:  # idx-many-dims
        dims = (0xFFFFFFFF,) * 200
        message = "its header gives 200 dimensions; expected 1 (labels) or 3 (images)"
    with gzip.open(target, "wb") as f:
        f.write(bytes([0, 0, 8, len(dims)]) + b"".join(d.to_bytes(4, "big") for d in dims))
    return folder, f"{target}: {message}"


HOSTILE = ["npz-huge-header", "idx-bomb", "idx-huge-dims", "idx-int64-overflow", "idx-many-dims"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_dataset_is_refused_in_the_core_without_taking_memory(tmp_path, small_mnist, kind):
    path, message = _hostile(kind, tmp_path, small_mnist)
    errors = []

    def load() -> None:
        try:
            load_mnist(path)
        except DataError as exc:
            errors.append(str(exc))

    assert peak_memory(load) < MEMORY_BOUND
    assert errors == [f"Cannot load MNIST: {message}"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_dataset_in_the_cli_is_one_line(capsys, tmp_path, small_mnist, kind):
    path, message = _hostile(kind, tmp_path, small_mnist)
    code, out, err = cli(capsys, "train", "--data", path, "--out", tmp_path / "never.keras")
    assert code == 1 and "Traceback" not in err
    assert err.strip().splitlines() == [f"digit-recognizer train: error: Cannot load MNIST: {message}"]
    assert not (tmp_path / "never.keras").exists()


def _start_and_fail(qtbot, path: Path) -> tuple[object, str, list]:
    """Start training on ``path`` in a Train area; the failure message and whether training started."""
    from desktop.ui.active_model import ActiveModel
    from desktop.ui.train import TrainArea

    area = TrainArea(ActiveModel())
    qtbot.addWidget(area)
    area.form.data_path = str(path)
    started = []
    with qtbot.waitSignal(area.trainingFailed, timeout=60_000) as failed:
        area.start()
        area.worker.trainingStarted.connect(lambda *a: started.append(a), Qt.ConnectionType.DirectConnection)
    return area, failed.args[0], started


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_dataset_in_the_panel_stops_training_before_it_starts(qtbot, tmp_path, small_mnist, warnings, kind):
    path, message = _hostile(kind, tmp_path, small_mnist)
    area, text, started = _start_and_fail(qtbot, path)
    assert text == f"Cannot load MNIST: {message}"
    assert started == [] and area.outcome is None
    assert warnings == [("Training could not run", text)]
    assert area.form.start_button.isEnabled() and not area.running


@pytest.mark.parametrize("unused", ["compressible", "huge-header"])
def test_unused_big_npz_member_is_never_read(tmp_path, small_mnist, unused):
    path = tmp_path / "extra.npz"
    if unused == "compressible":
        np.savez_compressed(path, **_arrays(small_mnist), extra=np.zeros(BIG, np.uint8))
    else:
        np.savez(path, **_arrays(small_mnist))
        with zipfile.ZipFile(path, "a") as z:
            z.writestr("extra.npy", _npy_header_only((1 << 40,)))
    loaded = []
    assert peak_memory(lambda: loaded.append(load_mnist(path))) < MEMORY_BOUND
    assert np.array_equal(loaded[0].x_train, small_mnist.x_train) and loaded[0].warnings == ()


# -- pipes and devices ----------------------------------------------------------------------------


def test_named_pipe_in_the_cli_does_not_hang(capsys, tmp_path, fifo):
    timer = threading.Timer(20, _release, [fifo])  # lets a blocked open() go: the test then fails, not hangs
    timer.start()
    try:
        code, _, err = cli(capsys, "train", "--data", fifo, "--out", tmp_path / "never.keras")
    finally:
        timer.cancel()
    assert code == 1
    assert err.strip().splitlines() == [
        f"digit-recognizer train: error: Cannot load MNIST: {fifo}: not a regular file (a named pipe)"]


def test_named_pipe_in_the_panel_does_not_hang(qtbot, fifo, warnings):
    timer = threading.Timer(20, _release, [fifo])
    timer.start()
    try:
        _, text, started = _start_and_fail(qtbot, fifo)
    finally:
        timer.cancel()
    assert text == f"Cannot load MNIST: {fifo}: not a regular file (a named pipe)"
    assert started == [] and warnings == [("Training could not run", text)]


def test_device_as_data_set_or_idx_file(tmp_path, small_mnist):
    with pytest.raises(DataError) as err:
        load_mnist("/dev/zero")
    assert str(err.value) == "Cannot load MNIST: /dev/zero: not a regular file (a device)"
    folder = _idx_folder(tmp_path / "idx", small_mnist)
    (folder / "train-labels-idx1-ubyte.gz").unlink()
    (folder / "train-labels-idx1-ubyte").symlink_to("/dev/zero")
    with pytest.raises(DataError) as err:
        load_mnist(folder)
    assert str(err.value) == f"Cannot load MNIST: {folder / 'train-labels-idx1-ubyte'}: not a regular file (a device)"


# -- 0/1 images: a warning, training goes on ------------------------------------------------------

BINARY = ("the images (x_train, x_test) hold only the values 0 and 1; pixels are expected as 0-255 grey "
          "levels (multiply by 255?)")


@pytest.fixture
def binary_npz(tmp_path, small_mnist) -> Path:
    path = tmp_path / "binary.npz"
    arrays = _arrays(small_mnist)
    np.savez(path, **arrays | {"x_train": (arrays["x_train"] > 127).astype(np.uint8),
                               "x_test": (arrays["x_test"] > 127).astype(np.uint8)})
    return path


def test_binary_images_warn_in_the_cli(capsys, tmp_path, binary_npz, tf):
    code, out, err = cli(capsys, "evaluate", "default", "--data", binary_npz)
    assert code == 0 and "test accuracy" in out
    assert err.strip().splitlines() == [f"Warning: {binary_npz}: {BINARY}"]


def test_binary_images_warn_in_the_panel_and_training_goes_on(qtbot, binary_npz, warnings):
    from desktop.ui.active_model import ActiveModel
    from desktop.ui.train import TrainArea

    area = TrainArea(ActiveModel())
    qtbot.addWidget(area)
    area.form.data_path = str(binary_npz)
    area.form.epochs_spin.setValue(1)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000):
        area.start()
    assert warnings == [("Check the data", f"{binary_npz}: {BINARY}")]
    assert area.results.result_label.text().startswith("Test accuracy ")
    assert f"Warning: {binary_npz}: {BINARY}" in area.results.result_label.text()


def test_normal_mnist_has_no_warning(small_mnist, tmp_path):
    path = tmp_path / "fine.npz"
    np.savez(path, **_arrays(small_mnist))
    assert load_mnist(path).warnings == ()
