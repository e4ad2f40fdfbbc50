"""Saving and loading model files with their JSON model cards.

A model is a Keras ``.keras`` file; its card sits beside it as
``NAME.card.json``. Both are written to a temporary file in the target folder
and then renamed over the target, so a crash or a full disk never leaves a
half-written model under the real name.

Model files may come from anywhere: a zip that would unpack to gigabytes, a
FIFO named like a card, weights that are NaN are refused (or, for a card,
ignored) before they can freeze or mislead the app.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import secrets
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from .architectures import INPUT_SHAPE, NUM_CLASSES
from .errors import first_line
from .i18n import QT_TRANSLATE_NOOP, integer, number, translate
from .memory import size_text
from .reading import Calibration
from .regular_files import file_kind, open_regular

INPUT_CONVENTION = "float32 (N, 28, 28, 1) in [0, 1], white digit on black"
OUTPUT_CONVENTION = "10 softmax probabilities, digits 0-9"
CARD_SUFFIX = ".card.json"

# A model here is about 1 MB (config 7 KB, weights 1 MB); the limits leave room for any network the
# Build area makes and stop a zip bomb before Keras unpacks it.
MAX_CARD_BYTES = 1_000_000
MAX_JSON_MEMBER_BYTES = 8_000_000  # config.json, metadata.json
MAX_UNPACKED_BYTES = 500_000_000  # any member, and all of them together
MAX_MEMBERS = 1000
MAX_PACKING_RATIO = 100  # Keras stores members as they are; 1 MB of zeros deflates about 1000 times
RATIO_CHECKED_FROM = 1_000_000

STALE_TEMP_SECONDS = 60
# The temporary files write_atomic makes (and tempfile.mkstemp made before): ".STEM.RANDOM.tmp.SUFFIX".
_TEMP_NAME = re.compile(r"\..*\.[a-z0-9_]{8}\.tmp(\.[^.]+)?")
_TEMP_TAIL = "." + "r" * 8 + ".tmp"  # as long as ".RANDOM.tmp"


class ModelFileError(Exception):
    """A model could not be read or written; the message says why, in one line."""


class DivergedModelError(ModelFileError):
    """The model's weights are NaN or infinite (training diverged): no file can make it read digits."""


@dataclass
class LoadedModel:
    """A model ready to use, with its card (empty dict when it has none)."""

    model: Any
    path: Path
    card: dict[str, Any]
    predictor: Any = None  # image -> probabilities, from core.predictor.fastest_predictor (loading thread)
    probe: Any = None  # a core.activations.ActivationProbe, likewise
    # A core.path_reading.PathReader when the card names a path network saved beside the model: drawings
    # with strokes are then read with it (its own calibration), pictures from the image alone.
    path_reader: Any = None

    @property
    def name(self) -> str:
        return self.card.get("name") or self.path.stem

    @cached_property
    def calibration(self) -> Calibration:
        """The card's calibration (temperature, "not a digit" threshold); none for a model without one.

        Read once: the live canvas asks for it on every update."""
        return Calibration.from_dict(self.card.get("calibration"))

    @property
    def test_accuracy(self) -> float | None:
        value = self.card.get("test_accuracy")
        return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


def card_path(model_path: Path) -> Path:
    """Where the card of ``model_path`` lives."""
    return model_path.with_name(model_path.stem + CARD_SUFFIX)


def read_card(model_path: Path) -> dict[str, Any]:
    """The card beside a model, or {} if it is missing, unreadable, over 1 MB or not a regular file.

    A card only describes the model, so the model loads without one. It is
    opened without blocking and checked before it is read: a FIFO or a device
    named like a card would otherwise hang the loader.
    """
    try:
        with open_regular(card_path(model_path)) as f:
            if os.fstat(f.fileno()).st_size > MAX_CARD_BYTES:
                return {}
            data = f.read(MAX_CARD_BYTES + 1)
        card = json.loads(data.decode("utf-8")) if len(data) <= MAX_CARD_BYTES else None
    except (OSError, ValueError):
        return {}
    return card if isinstance(card, dict) else {}


def _strict_json(value: Any) -> Any:
    """``value`` with every float that is not a number (NaN, infinity) as None, which strict JSON can hold."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _strict_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_strict_json(item) for item in value]
    return value


_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("ModelFiles", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("ModelFiles", "the disk quota is used up"),
    errno.EACCES: QT_TRANSLATE_NOOP("ModelFiles", "permission denied (the folder is read-only for you)"),
    errno.EPERM: QT_TRANSLATE_NOOP("ModelFiles", "permission denied (the folder is read-only for you)"),
    errno.EROFS: QT_TRANSLATE_NOOP("ModelFiles", "permission denied (the folder is on a read-only disk)"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ModelFiles", "file name too long"),
    errno.EISDIR: QT_TRANSLATE_NOOP("ModelFiles", "it is a folder"),
}


def _os_reason(exc: OSError) -> str:
    if exc.errno in _REASONS:
        return translate("ModelFiles", _REASONS[exc.errno])
    return exc.strerror or str(exc)


def _name_max(folder: Path) -> int:
    """The longest file name (bytes) the file system of ``folder`` takes."""
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):
        return 255
    return limit if limit > 0 else 255


def _new_temp(path: Path) -> Path:
    """A new empty file ``.STEM.RANDOM.tmp.SUFFIX`` beside ``path``, no longer than the file system allows.

    The suffix is kept because Keras checks it; the stem is shortened when the
    name would be too long. The file is created with mode 0o666, so the umask
    gives it the mode any new file gets (tempfile's 0o600 would survive the rename).
    """
    room = _name_max(path.parent) - len(os.fsencode(_TEMP_TAIL + path.suffix)) - 1
    stem = path.stem
    while stem and len(os.fsencode(stem)) > room:
        stem = stem[:-1]
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = path.with_name(f".{stem}.{secrets.token_hex(4)}.tmp{path.suffix}")
        try:
            os.close(os.open(tmp, flags, 0o666))
        except FileExistsError:
            continue
        return tmp
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path.parent))


def clear_stale_temps(folder: Path, older_than_s: float = STALE_TEMP_SECONDS) -> None:
    """Remove the temporary files a killed :func:`write_atomic` left in ``folder``.

    Only regular files named as write_atomic names them and untouched for
    ``older_than_s`` seconds: a save running now in another window keeps its file.
    """
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            stale = [entry.path for entry in entries if _TEMP_NAME.fullmatch(entry.name)
                     and entry.is_file(follow_symlinks=False)
                     and now - entry.stat(follow_symlinks=False).st_mtime > older_than_s]
    except OSError:
        return
    for name in stale:
        try:
            os.unlink(name)
        except OSError:
            pass


def write_atomic(*targets: tuple[Path, Callable[[Path], object]]) -> None:
    """Write files all or nothing: each ``write(tmp)`` goes to a temporary file beside its
    ``path``; only when every write succeeded are they renamed into place.

    The files get the mode new files get (0o666 less the umask). Temporary
    files that an earlier, killed write left in the folders are removed first.
    On any error the temporary files are removed and the targets are left as
    they were.
    """
    for folder in {path.parent for path, _ in targets}:
        clear_stale_temps(folder)
    temps: list[Path] = []
    try:
        for path, write in targets:
            temps.append(_new_temp(path))
            write(temps[-1])
        for (path, _), tmp in zip(targets, temps):
            os.replace(tmp, path)
    except BaseException:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        raise


def _save_target(path: str | os.PathLike) -> Path:
    """The ``.keras`` path a model given ``path`` is saved as; ModelFileError for a name or folder that cannot be."""
    path = Path(path).expanduser()
    if path.suffix != ".keras":
        path = path.with_name(path.name + ".keras")
    if not path.stem or path.stem.startswith(".") or "\0" in path.name:
        raise ModelFileError(translate("ModelFiles", "'{0}' is not a usable file name").format(path.name))
    if not path.parent.is_dir():
        raise ModelFileError(translate("ModelFiles", "cannot save to {0}: folder {1} does not exist").format(
            path, path.parent))
    try:
        longest = max(len(os.fsencode(p.name)) for p in (path, card_path(path)))
    except UnicodeError:  # e.g. a lone surrogate: no file system takes it
        raise ModelFileError(translate("ModelFiles", "'{0}' is not a usable file name").format(path.name)) from None
    if longest > _name_max(path.parent):
        raise ModelFileError(translate("ModelFiles", "cannot save to {0}: {1}").format(
            path, translate("ModelFiles", _REASONS[errno.ENAMETOOLONG])))
    return path


def check_can_save(path: str | os.PathLike) -> Path:
    """Raise ModelFileError unless a model and its card can be saved as ``path`` now; returns the final path.

    For callers that would otherwise find out only after a long training run:
    checks the name and the folder and makes (and removes) a real temporary
    file for both files.
    """
    path = _save_target(path)
    for target in (path, card_path(path)):
        if target.is_dir():
            raise ModelFileError(translate("ModelFiles", "cannot save to {0}: {1} is a folder").format(
                path, translate("ModelFiles", "it") if target == path else target.name))
        try:
            _new_temp(target).unlink()
        except OSError as exc:
            raise ModelFileError(translate("ModelFiles", "cannot save to {0}: {1}").format(path, _os_reason(exc))) from None
    return path


def save_model(model, path: str | os.PathLike, card: dict[str, Any], path_network=None) -> Path:
    """Save ``model`` as ``path`` (.keras) and its card beside it; returns the final path.

    The card is strict JSON: figures that are not numbers are written as null. A ``path_network``
    (``core/path_network.py``) is saved with them as ``NAME.path.keras``, all three or none; the
    card's ``"path_network"`` entry then says how to read it.

    Raises
    ------
    DivergedModelError
        For a model whose weights are NaN or infinite (nothing is written).
    ModelFileError
        For a bad name, a missing or read-only folder, or a full disk.
    """
    path = _save_target(path)
    kind = nonfinite_weights(model)
    if kind:
        raise DivergedModelError(translate(
            "ModelFiles", "cannot save {0}: the model has weights that are {1} (training diverged); train again "
            "with a lower learning rate").format(path.name, translate("ModelFiles", kind)))
    card = {**card, "name": card.get("name") or path.stem}
    text = json.dumps(_strict_json(card), indent=2, sort_keys=False, allow_nan=False) + "\n"
    targets = [(path, model.save), (card_path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"))]
    if path_network is not None:
        from .path_reading import path_file

        targets.insert(0, (path_file(path), path_network.save))
    try:
        write_atomic(*targets)
    except OSError as exc:
        raise ModelFileError(translate("ModelFiles", "cannot save to {0}: {1}").format(path, _os_reason(exc))) from None
    return path


def check_io_shapes(model) -> None:
    """Raise ModelFileError unless the model maps (N, 28, 28, 1) to (N, 10)."""
    try:
        in_shape = tuple(model.input_shape)
        out_shape = tuple(model.output_shape)
    except (AttributeError, ValueError):
        raise ModelFileError(translate("ModelFiles", "the model has no single input and output")) from None
    if in_shape[1:] != INPUT_SHAPE:
        raise ModelFileError(translate("ModelFiles", "the model expects input {0}, not 28x28 grey images {1}").format(
            in_shape[1:], INPUT_SHAPE))
    if out_shape[1:] != (NUM_CLASSES,):
        raise ModelFileError(translate("ModelFiles", "the model has output {0}, not 10 digit probabilities").format(
            out_shape[1:]))


def nonfinite_weights(model) -> str | None:
    """"not numbers (NaN)" or "infinite" when some weight of ``model`` is, else None."""
    import numpy as np

    weights = getattr(model, "get_weights", list)()  # anything with a save() and no weights has none to check
    arrays = [a for a in map(np.asarray, weights) if a.dtype.kind in "fc"]
    if any(np.isnan(a).any() for a in arrays):
        return QT_TRANSLATE_NOOP("ModelFiles", "not numbers (NaN)")
    if any(np.isinf(a).any() for a in arrays):
        return QT_TRANSLATE_NOOP("ModelFiles", "infinite")
    return None


def check_finite_weights(model, name: str) -> None:
    """Raise DivergedModelError when a weight of ``model`` (called ``name``) is NaN or infinite."""
    kind = nonfinite_weights(model)
    if kind:
        raise DivergedModelError(translate("ModelFiles", "{0} has weights that are {1}; it cannot read digits").format(
            name, translate("ModelFiles", kind)))


def _unusable(path: Path, why: str) -> ModelFileError:
    return ModelFileError(translate("ModelFiles", "{0} is not a usable model file: {1}").format(path.name, why))


def check_archive(path: Path) -> None:
    """Raise ModelFileError unless ``path`` is a regular file holding a zip of the sizes a model has.

    Read from the zip's directory only, before anything is unpacked: a file of
    a few MB can say it unpacks to gigabytes (a zip bomb), which Keras would do
    in memory.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        raise ModelFileError(translate("ModelFiles", "no model file at {0}").format(path)) from None
    if kind := file_kind(mode):  # a FIFO would block the reader, a device never end
        raise _unusable(path, translate("ModelFiles", "it is a folder") if kind == "a folder"
                        else translate("ModelFiles", "it is not a regular file"))
    if not zipfile.is_zipfile(path):
        raise ModelFileError(translate("ModelFiles", "{0} is not a Keras .keras model file").format(path.name))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise ModelFileError(translate("ModelFiles", "cannot read model {0}: {1}").format(path.name, first_line(exc))) from None
    if len(members) > MAX_MEMBERS:
        raise _unusable(path, translate("ModelFiles", "it holds {0} files").format(integer(len(members))))
    for info in members:
        limit = MAX_JSON_MEMBER_BYTES if info.filename.endswith(".json") else MAX_UNPACKED_BYTES
        if info.file_size > limit:
            raise _unusable(path, translate("ModelFiles", "its {0} would unpack to {1}").format(
                info.filename, size_text(info.file_size)))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_CHECKED_FROM and ratio > MAX_PACKING_RATIO:
            raise _unusable(path, translate("ModelFiles", "its {0} would unpack {1} times larger than it is stored").format(
                info.filename, number(ratio, 0)))
    total = sum(info.file_size for info in members)
    if total > MAX_UNPACKED_BYTES:
        raise _unusable(path, translate("ModelFiles", "it would unpack to {0}").format(size_text(total)))


def load_model(path: str | os.PathLike) -> LoadedModel:
    """Load a ``.keras`` model and its card and check it fits the app's convention.

    Raises
    ------
    ModelFileError
        For a missing file, a file that is not a Keras model, a truncated file,
        a FIFO or device, a zip that would unpack to more than a model can be,
        or a model with the wrong input or output shape.
    DivergedModelError
        For a model whose weights are NaN or infinite.
    """
    path = Path(path).expanduser()
    check_archive(path)
    import keras

    from . import grouped_conv  # noqa: F401  (registers the layer that joined readers' files name)

    try:
        model = keras.saving.load_model(path, compile=False)
    except Exception as exc:  # Keras raises many types for damaged files
        raise ModelFileError(translate("ModelFiles", "cannot read model {0}: {1}").format(path.name, first_line(exc))) from None
    check_io_shapes(model)
    check_finite_weights(model, path.name)
    card = read_card(path)
    return LoadedModel(model=model, path=path, card=card, path_reader=path_reader_of(path, card))


def load_path_network(path: str | os.PathLike) -> LoadedModel:
    """Load a path network (``core/path_network.py``: (N, 64, 5) -> (N, 11)) and its card, checked as
    :func:`load_model` checks a model."""
    from .pen_path import FEATURES, POINTS

    path = Path(path).expanduser()
    check_archive(path)
    import keras

    try:
        model = keras.saving.load_model(path, compile=False)
        shapes = (tuple(model.input_shape)[1:], tuple(model.output_shape)[1:])
    except Exception as exc:  # Keras raises many types for damaged files
        raise ModelFileError(translate("ModelFiles", "cannot read model {0}: {1}").format(path.name, first_line(exc))) from None
    if shapes != ((POINTS, FEATURES), (NUM_CLASSES + 1,)):
        raise _unusable(path, "it is not a path network")
    check_finite_weights(model, path.name)
    return LoadedModel(model=model, path=path, card=read_card(path))


def path_reader_of(model_path: Path, card: dict[str, Any]):
    """The :class:`~.path_reading.PathReader` of a model whose card has a usable ``"path_network"`` entry and
    whose ``NAME.path.keras`` loads; None otherwise (the model is then read from its images alone)."""
    from .path_reading import NumpyPathNet, PathReader, path_file

    settings = PathReader.settings(card.get("path_network"))
    if settings is None or not path_file(model_path).is_file():
        return None
    net = NumpyPathNet.from_file(path_file(model_path))  # numpy only: also before TensorFlow has loaded
    return PathReader(net, *settings) if net is not None else None
