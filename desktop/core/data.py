"""Loading and validating MNIST.

Sources, tried in order until one works:

1. an explicit path (``--data`` in the CLI) or the env var ``DIGITS_MNIST``:
   a Keras-format ``mnist.npz`` or a folder with the four IDX files
   (``.gz`` or not);
2. the user cache (``~/.cache/digit-recognizer/mnist.npz``) and Keras' own
   cache (``~/.keras/datasets/mnist.npz``);
3. a download through ``keras.datasets.mnist`` (skipped when
   ``DIGITS_OFFLINE=1``), copied into the user cache for next time.

When an explicit path is given, only that path is tried: silently falling
back to another copy would hide the user's mistake.
"""

from __future__ import annotations

import gzip
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .locations import user_cache_dir

ENV_PATH = "DIGITS_MNIST"
ENV_OFFLINE = "DIGITS_OFFLINE"

IDX_NAMES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}


class DataError(Exception):
    """The data set could not be found or is not valid MNIST; the message says why."""


@dataclass(frozen=True)
class Mnist:
    """MNIST as uint8 images (N, 28, 28), white digit on black, and uint8 labels 0-9."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    source: str

    def describe(self) -> str:
        """One line for people: where the images came from and how many there are."""
        name = Path(self.source).name if os.sep in self.source or self.source.endswith(".npz") else self.source
        return f"MNIST from {name}: {len(self.x_train):,} training / {len(self.x_test):,} test images"

    def subset(self, n_train: int, n_test: int | None = None) -> "Mnist":
        """The first ``n_train`` training and ``n_test`` test images (for quick demos and tests)."""
        n_test = len(self.x_test) if n_test is None else n_test
        return Mnist(
            self.x_train[:n_train],
            self.y_train[:n_train],
            self.x_test[:n_test],
            self.y_test[:n_test],
            f"{self.source} (first {n_train} train / {n_test} test)",
        )


def to_model_input(images: np.ndarray) -> np.ndarray:
    """uint8 (N, 28, 28) -> float32 (N, 28, 28, 1) in [0, 1], the app's input convention."""
    return (images.astype(np.float32) / 255.0)[..., np.newaxis]


def validate(arrays: dict[str, np.ndarray], source: str) -> Mnist:
    """Check shapes, dtypes and label range; raise DataError naming the first problem."""
    for key in ("x_train", "y_train", "x_test", "y_test"):
        if key not in arrays:
            raise DataError(f"{source}: array '{key}' is missing")
    for split in ("train", "test"):
        x, y = arrays[f"x_{split}"], arrays[f"y_{split}"]
        if x.ndim != 3 or x.shape[1:] != (28, 28):
            raise DataError(f"{source}: x_{split} has shape {x.shape}; expected (N, 28, 28)")
        if x.dtype != np.uint8:
            raise DataError(f"{source}: x_{split} has dtype {x.dtype}; expected uint8 grey levels 0-255")
        if y.ndim != 1 or len(y) != len(x):
            raise DataError(f"{source}: y_{split} has shape {y.shape}; expected ({len(x)},), one label per image")
        if not np.issubdtype(y.dtype, np.integer):
            raise DataError(f"{source}: y_{split} has dtype {y.dtype}; expected integer labels")
        if len(y) == 0:
            raise DataError(f"{source}: the {split} split is empty")
        if y.min() < 0 or y.max() > 9:
            raise DataError(f"{source}: y_{split} has labels from {y.min()} to {y.max()}; expected 0-9")
    return Mnist(
        arrays["x_train"],
        arrays["y_train"].astype(np.uint8),
        arrays["x_test"],
        arrays["y_test"].astype(np.uint8),
        source,
    )


def read_npz(path: Path) -> Mnist:
    """Read a Keras-format ``mnist.npz``."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise DataError(f"{path}: not a readable .npz file ({exc})") from None
    return validate(arrays, str(path))


def read_idx(path: Path) -> np.ndarray:
    """Read one IDX file (optionally gzipped) into a uint8 array."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:
            raw = f.read()
    except (OSError, EOFError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from None
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise DataError(f"{path}: not an IDX file of unsigned bytes")
    ndim = raw[3]
    header = 4 + 4 * ndim
    dims = tuple(int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    if len(raw) != header + int(np.prod(dims)):
        raise DataError(f"{path}: size does not match its header {dims} (truncated?)")
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)


def _find_idx(folder: Path, stem: str) -> Path:
    for name in (stem, stem + ".gz", stem.replace("-idx", ".idx"), stem.replace("-idx", ".idx") + ".gz"):
        if (folder / name).is_file():
            return folder / name
    raise DataError(f"{folder}: no file {stem} or {stem}.gz")


def read_idx_folder(folder: Path) -> Mnist:
    """Read the four MNIST IDX files from a folder."""
    arrays = {key: read_idx(_find_idx(folder, stem)) for key, stem in IDX_NAMES.items()}
    return validate(arrays, str(folder))


def read_path(path: Path) -> Mnist:
    """Read MNIST from an ``.npz`` file or an IDX folder."""
    if path.is_dir():
        return read_idx_folder(path)
    if not path.exists():
        raise DataError(f"{path}: no such file or folder")
    return read_npz(path)


def cache_candidates() -> list[Path]:
    """Cached copies that are checked before downloading."""
    return [user_cache_dir() / "mnist.npz", Path.home() / ".keras" / "datasets" / "mnist.npz"]


def _download() -> Mnist:
    from .tf_import import import_tensorflow

    import_tensorflow()
    import keras

    (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
    data = validate(
        {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test},
        "keras.datasets.mnist download",
    )
    keras_copy = Path.home() / ".keras" / "datasets" / "mnist.npz"
    target = user_cache_dir() / "mnist.npz"
    if keras_copy.is_file() and not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(keras_copy, target)
    return data


def load_mnist(path: str | os.PathLike | None = None, allow_download: bool | None = None) -> Mnist:
    """Load MNIST from the first source that works (see the module docstring).

    Raises
    ------
    DataError
        With one message that lists what was tried and how to fix it.
    """
    explicit = path if path is not None else os.environ.get(ENV_PATH) or None
    if explicit is not None:
        try:
            return read_path(Path(explicit).expanduser())
        except DataError as exc:
            origin = "" if path is not None else f" (from ${ENV_PATH})"
            raise DataError(f"Cannot load MNIST{origin}: {exc}") from None

    tried: list[str] = []
    for candidate in cache_candidates():
        if candidate.is_file():
            try:
                return read_npz(candidate)
            except DataError as exc:
                tried.append(str(exc))
        else:
            tried.append(f"{candidate}: not there")

    if allow_download is None:
        allow_download = os.environ.get(ENV_OFFLINE, "") not in ("1", "true", "yes")
    if allow_download:
        try:
            return _download()
        except Exception as exc:  # any network or format failure ends up in the message
            tried.append(f"download through keras.datasets.mnist failed: {type(exc).__name__}: {exc}")
    else:
        tried.append(f"download skipped (${ENV_OFFLINE} is set)")

    raise DataError(
        "Cannot find MNIST. Tried:\n  - "
        + "\n  - ".join(tried)
        + f"\nFix: pass --data PATH or set ${ENV_PATH} to a Keras-format mnist.npz or a folder "
        "with the four IDX files, or connect to the internet once so it can be downloaded."
    )
