"""Loading MNIST from each kind of source, and the messages for bad data."""

import gzip
import os

import numpy as np
import pytest

from desktop.core import data as data_mod
from desktop.core.data import DataError, load_mnist, read_path, to_model_input


def test_env_var_gives_full_validated_mnist(mnist):
    assert mnist.x_train.shape == (60_000, 28, 28) and mnist.x_train.dtype == np.uint8
    assert mnist.x_test.shape == (10_000, 28, 28)
    assert np.bincount(mnist.y_train).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    assert mnist.source == os.environ["DIGITS_MNIST"]


def test_model_input_convention(small_mnist):
    x = to_model_input(small_mnist.x_test[:5])
    assert x.shape == (5, 28, 28, 1) and x.dtype == np.float32
    assert x.min() == 0.0 and x.max() == 1.0


def _write_idx(path, array, gz):
    header = bytes([0, 0, 8, array.ndim]) + b"".join(d.to_bytes(4, "big") for d in array.shape)
    opener = gzip.open if gz else open
    with opener(path, "wb") as f:
        f.write(header + array.astype(np.uint8).tobytes())


@pytest.mark.parametrize("gz", [True, False])
def test_idx_folder(tmp_path, small_mnist, gz):
    ext = ".gz" if gz else ""
    _write_idx(tmp_path / f"train-images-idx3-ubyte{ext}", small_mnist.x_train, gz)
    _write_idx(tmp_path / f"train-labels-idx1-ubyte{ext}", small_mnist.y_train, gz)
    _write_idx(tmp_path / f"t10k-images-idx3-ubyte{ext}", small_mnist.x_test, gz)
    _write_idx(tmp_path / f"t10k-labels-idx1-ubyte{ext}", small_mnist.y_test, gz)
    loaded = load_mnist(tmp_path)
    assert np.array_equal(loaded.x_train, small_mnist.x_train)
    assert np.array_equal(loaded.y_test, small_mnist.y_test)


def test_truncated_idx_file_is_reported(tmp_path, small_mnist):
    for name, arr in [("train-images-idx3-ubyte", small_mnist.x_train), ("train-labels-idx1-ubyte", small_mnist.y_train),
                      ("t10k-images-idx3-ubyte", small_mnist.x_test), ("t10k-labels-idx1-ubyte", small_mnist.y_test)]:
        _write_idx(tmp_path / name, arr, False)
    raw = (tmp_path / "t10k-images-idx3-ubyte").read_bytes()
    (tmp_path / "t10k-images-idx3-ubyte").write_bytes(raw[:-100])
    with pytest.raises(DataError, match="truncated"):
        load_mnist(tmp_path)


def _npz(tmp_path, small_mnist, **override):
    arrays = dict(x_train=small_mnist.x_train, y_train=small_mnist.y_train,
                  x_test=small_mnist.x_test, y_test=small_mnist.y_test)
    arrays.update(override)
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    return path


@pytest.mark.parametrize(
    "override, message",
    [
        ({"x_train": np.zeros((10, 32, 32), np.uint8)}, r"x_train has shape \(10, 32, 32\); expected \(N, 28, 28\)"),
        ({"x_test": np.zeros((200, 28, 28), np.float64)}, "x_test has dtype float64; expected uint8"),
        ({"y_train": np.full(300, 11, np.uint8)}, "y_train has labels from 11 to 11; expected 0-9"),
        ({"y_test": np.zeros(5, np.uint8)}, r"y_test has shape \(5,\); expected \(200,\)"),
    ],
)
def test_invalid_arrays_are_named(tmp_path, small_mnist, override, message):
    with pytest.raises(DataError, match=message):
        load_mnist(_npz(tmp_path, small_mnist, **override))


def test_missing_array(tmp_path, small_mnist):
    path = tmp_path / "partial.npz"
    np.savez(path, x_train=small_mnist.x_train)
    with pytest.raises(DataError, match="array 'y_train' is missing"):
        read_path(path)


def test_corrupt_npz_and_missing_path(tmp_path):
    bad = tmp_path / "mnist.npz"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataError, match="not a readable .npz file"):
        load_mnist(bad)
    with pytest.raises(DataError, match="no such file or folder"):
        load_mnist(tmp_path / "nowhere.npz")


def test_bad_env_var_is_named_in_the_message(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGITS_MNIST", str(tmp_path / "gone.npz"))
    with pytest.raises(DataError, match=r"\(from \$DIGITS_MNIST\).*gone.npz: no such file"):
        load_mnist()


def test_user_cache_is_used(tmp_path, monkeypatch, small_mnist):
    monkeypatch.delenv("DIGITS_MNIST")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = tmp_path / "digit-recognizer" / "mnist.npz"
    cached.parent.mkdir()
    np.savez(cached, x_train=small_mnist.x_train, y_train=small_mnist.y_train,
             x_test=small_mnist.x_test, y_test=small_mnist.y_test)
    assert load_mnist().source == str(cached)


def test_nothing_found_offline_lists_what_was_tried(tmp_path, monkeypatch):
    monkeypatch.delenv("DIGITS_MNIST")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path))
    called = []
    monkeypatch.setattr(data_mod, "_download", lambda: called.append(1))
    with pytest.raises(DataError) as err:
        load_mnist()
    text = str(err.value)
    assert called == []
    assert "digit-recognizer/mnist.npz: not there" in text
    assert ".keras/datasets/mnist.npz: not there" in text
    assert "download skipped ($DIGITS_OFFLINE is set)" in text
    assert "Fix: pass --data PATH or set $DIGITS_MNIST" in text
