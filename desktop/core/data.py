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

Files are checked before they are read: only regular files are opened (a
named pipe or a device would block or never end), and each array's size is
computed from its header and refused above ``MAX_ARRAY_BYTES`` before any of
its data is read or decompressed. Only the four arrays MNIST needs are read
from an ``.npz``.
"""

from __future__ import annotations

import gzip
import lzma
import math
import os
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .i18n import integer, translate
from .locations import user_cache_dir
from .memory import size_text
from .regular_files import file_kind, kind_text

ENV_PATH = "DIGITS_MNIST"
ENV_OFFLINE = "DIGITS_OFFLINE"

KEYS = ("x_train", "y_train", "x_test", "y_test")

# Far above any MNIST-like data set (MNIST's x_train is 47 MB, EMNIST's largest 0.55 GB), far below a
# size that could exhaust memory.
MAX_ARRAY_BYTES = 1_000_000_000
MAX_ARRAY_TEXT = "1 GB"

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
    warnings: tuple[str, ...] = ()  # oddities that do not stop training, one line each

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
            self.warnings,
        )


def to_model_input(images: np.ndarray) -> np.ndarray:
    """uint8 (N, 28, 28) -> float32 (N, 28, 28, 1) in [0, 1], the app's input convention."""
    return (images.astype(np.float32) / 255.0)[..., np.newaxis]


def _image_warnings(arrays: dict[str, np.ndarray], source: str) -> tuple[str, ...]:
    """A warning when the images look like 0/1 masks rather than 0-255 grey levels (they train to ~10 %)."""
    highest = {key: int(arrays[key].max()) for key in ("x_train", "x_test")}
    odd = [key for key, value in highest.items() if value <= 1]
    if not odd:
        return ()
    if all(highest[key] == 0 for key in odd):
        return (translate("data", "{0}: the images ({1}) are all black (every pixel is 0)")
                .format(source, ", ".join(odd)),)
    return (translate("data", "{0}: the images ({1}) hold only the values 0 and 1; pixels are expected "
                      "as 0-255 grey levels (multiply by 255?)").format(source, ", ".join(odd)),)


def validate(arrays: dict[str, np.ndarray], source: str) -> Mnist:
    """Check shapes, dtypes and label range; raise DataError naming the first problem."""
    for key in KEYS:
        if key not in arrays:
            raise DataError(translate("data", "{0}: array '{1}' is missing").format(source, key))
    for split in ("train", "test"):
        x, y = arrays[f"x_{split}"], arrays[f"y_{split}"]
        if x.ndim != 3 or x.shape[1:] != (28, 28):
            raise DataError(translate("data", "{0}: {1} has shape {2}; expected (N, 28, 28)")
                            .format(source, f"x_{split}", x.shape))
        if x.dtype != np.uint8:
            raise DataError(translate("data", "{0}: {1} has dtype {2}; expected uint8 grey levels 0-255")
                            .format(source, f"x_{split}", x.dtype))
        if y.ndim != 1 or len(y) != len(x):
            raise DataError(translate("data", "{0}: {1} has shape {2}; expected ({3},), one label per image")
                            .format(source, f"y_{split}", y.shape, len(x)))
        if not np.issubdtype(y.dtype, np.integer):
            raise DataError(translate("data", "{0}: {1} has dtype {2}; expected integer labels")
                            .format(source, f"y_{split}", y.dtype))
        if len(y) == 0:
            raise DataError((translate("data", "{0}: the train split is empty") if split == "train"
                             else translate("data", "{0}: the test split is empty")).format(source))
        if y.min() < 0 or y.max() > 9:
            raise DataError(translate("data", "{0}: {1} has labels from {2} to {3}; expected 0-9")
                            .format(source, f"y_{split}", y.min(), y.max()))
    return Mnist(
        arrays["x_train"],
        arrays["y_train"].astype(np.uint8),
        arrays["x_test"],
        arrays["y_test"].astype(np.uint8),
        source,
        _image_warnings(arrays, source),
    )


def _too_big(shape: tuple[int, ...], itemsize: int) -> str | None:
    """The size of an array of ``shape`` in words if it is above MAX_ARRAY_BYTES, else None."""
    n_bytes = math.prod(shape) * max(itemsize, 1)
    return size_text(n_bytes) if n_bytes > MAX_ARRAY_BYTES else None


def require_regular_file(path: Path) -> None:
    """Raise DataError unless ``path`` is a regular file: opening a pipe blocks, a device never ends."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise DataError(translate("data", "{0}: cannot read ({1})").format(path, exc.strerror or exc)) from None
    if kind := file_kind(mode):
        raise DataError(translate("data", "{0}: not a regular file ({1})").format(path, kind_text(kind)))


_ARCHIVE_ERRORS = (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, lzma.LZMAError,
                   NotImplementedError, RuntimeError)  # RuntimeError: an encrypted member


def _npz_member(archive: zipfile.ZipFile, key: str) -> str | None:
    names = set(archive.namelist())
    return next((name for name in (f"{key}.npy", key) if name in names), None)


def _check_npy_header(archive: zipfile.ZipFile, member: str, key: str, path: Path) -> None:
    """Refuse a member whose header announces an array bigger than MAX_ARRAY_BYTES, before reading its data."""
    with archive.open(member) as f:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            shape, _, dtype = np.lib.format.read_array_header_1_0(f)
        elif version == (2, 0):
            shape, _, dtype = np.lib.format.read_array_header_2_0(f)
        else:  # 3.0 only stores structured dtypes with non-Latin-1 field names: never MNIST
            raise DataError(translate("data", "{0}: array '{1}' is in .npy format {2}; expected 1.0 or 2.0")
                            .format(path, key, f"{version[0]}.{version[1]}"))
    size = _too_big(shape, dtype.itemsize)
    if size is not None:
        raise DataError(translate("data", "{0}: array '{1}' has shape {2} of {3}, {4}: far more than an "
                                  "MNIST-like data set needs (at most {5} per array)")
                        .format(path, key, shape, dtype, size, MAX_ARRAY_TEXT))


def read_npz(path: Path) -> Mnist:
    """Read a Keras-format ``mnist.npz``: only its four arrays, each after checking its size."""
    require_regular_file(path)
    arrays: dict[str, np.ndarray] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for key in KEYS:
                member = _npz_member(archive, key)
                if member is None:
                    break  # validate names the missing array
                _check_npy_header(archive, member, key, path)
                with archive.open(member) as f:
                    arrays[key] = np.lib.format.read_array(f, allow_pickle=False)
    except _ARCHIVE_ERRORS as exc:
        raise DataError(translate("data", "{0}: not a readable .npz file ({1})").format(path, exc)) from None
    return validate(arrays, str(path))


def _read_idx_dims(f, path: Path) -> tuple[int, ...]:
    """Read an IDX header; refuse any but unsigned bytes in 1 or 3 dimensions, or an absurd size."""
    magic = f.read(4)
    if len(magic) < 4 or magic[:3] != b"\0\0\x08":
        raise DataError(translate("data", "{0}: not an IDX file of unsigned bytes").format(path))
    ndim = magic[3]
    if ndim not in (1, 3):
        raise DataError(translate("data", "{0}: its header gives {1} dimensions; expected 1 (labels) or 3 (images)")
                        .format(path, ndim))
    raw = f.read(4 * ndim)
    if len(raw) < 4 * ndim:
        raise DataError(translate("data", "{0}: its header is cut short (truncated?)").format(path))
    dims = tuple(int.from_bytes(raw[i : i + 4], "big") for i in range(0, 4 * ndim, 4))
    size = _too_big(dims, 1)
    if size is not None:
        raise DataError(translate("data", "{0}: its header gives shape {1}, {2}: far more than an MNIST-like data "
                                  "set needs (at most {3} per file)").format(path, dims, size, MAX_ARRAY_TEXT))
    return dims


def _read_up_to(f, size: int, chunk: int = 1 << 24) -> bytearray:
    """Up to ``size`` bytes from ``f``, in chunks: a header that overstates the data costs nothing."""
    data = bytearray()
    while len(data) < size:
        piece = f.read(min(chunk, size - len(data)))
        if not piece:
            break
        data += piece
    return data


def read_idx(path: Path) -> np.ndarray:
    """Read one IDX file (optionally gzipped) into a uint8 array.

    Reads (and decompresses) only the header, then the bytes it announces and
    one more: a gzip bomb stops there.
    """
    require_regular_file(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:
            dims = _read_idx_dims(f, path)
            size = math.prod(dims)
            raw = _read_up_to(f, size)
            more = f.read(1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(translate("data", "{0}: cannot read ({1})").format(path, exc)) from None
    if len(raw) != size:
        raise DataError(translate("data", "{0}: size does not match its header {1} (truncated?)").format(path, dims))
    if more:
        raise DataError(translate("data", "{0}: size does not match its header {1}: there is more data after the "
                                  "{2} bytes it announces").format(path, dims, integer(size)))
    return np.frombuffer(raw, dtype=np.uint8).reshape(dims)


def _find_idx(folder: Path, stem: str) -> Path:
    dotted = stem.replace("-idx", ".idx")
    candidates = [folder / name for name in (stem, stem + ".gz", dotted, dotted + ".gz")]
    for path in candidates:
        if path.is_file():
            return path
    for path in candidates:
        if path.exists():  # a pipe, a device...: read_idx says what it is
            return path
    raise DataError(translate("data", "{0}: no file {1} or {1}.gz").format(folder, stem))


def read_idx_folder(folder: Path) -> Mnist:
    """Read the four MNIST IDX files from a folder."""
    arrays = {key: read_idx(_find_idx(folder, stem)) for key, stem in IDX_NAMES.items()}
    return validate(arrays, str(folder))


def read_path(path: Path) -> Mnist:
    """Read MNIST from an ``.npz`` file or an IDX folder."""
    if path.is_dir():
        return read_idx_folder(path)
    if not path.exists():
        raise DataError(translate("data", "{0}: no such file or folder").format(path))
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
            if path is not None:
                raise DataError(translate("data", "Cannot load MNIST: {0}").format(exc)) from None
            raise DataError(translate("data", "Cannot load MNIST (from ${0}): {1}").format(ENV_PATH, exc)) from None

    tried: list[str] = []
    for candidate in cache_candidates():
        if candidate.is_file():
            try:
                return read_npz(candidate)
            except DataError as exc:
                tried.append(str(exc))
        else:
            tried.append(translate("data", "{0}: not there").format(candidate))

    if allow_download is None:
        allow_download = os.environ.get(ENV_OFFLINE, "") not in ("1", "true", "yes")
    if allow_download:
        try:
            return _download()
        except Exception as exc:  # any network or format failure ends up in the message
            tried.append(translate("data", "download through keras.datasets.mnist failed: {0}: {1}")
                         .format(type(exc).__name__, exc))
    else:
        tried.append(translate("data", "download skipped (${0} is set)").format(ENV_OFFLINE))

    raise DataError(
        translate("data", "Cannot find MNIST. Tried:")
        + "\n  - " + "\n  - ".join(tried) + "\n"
        + translate("data", "Fix: pass --data PATH or set ${0} to a Keras-format mnist.npz or a folder "
                    "with the four IDX files, or connect to the internet once so it can be downloaded.")
        .format(ENV_PATH)
    )
