"""Saving and loading model files with their JSON model cards.

A model is a Keras ``.keras`` file; its card sits beside it as
``NAME.card.json``. Both are written to a temporary file in the target folder
and then renamed over the target, so a crash or a full disk never leaves a
half-written model under the real name.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from .architectures import INPUT_SHAPE, NUM_CLASSES
from .errors import first_line
from .reading import Calibration

INPUT_CONVENTION = "float32 (N, 28, 28, 1) in [0, 1], white digit on black"
OUTPUT_CONVENTION = "10 softmax probabilities, digits 0-9"
CARD_SUFFIX = ".card.json"


class ModelFileError(Exception):
    """A model could not be read or written; the message says why, in one line."""


@dataclass
class LoadedModel:
    """A model ready to use, with its card (empty dict when it has none)."""

    model: Any
    path: Path
    card: dict[str, Any]
    predictor: Any = None  # image -> probabilities, from core.predictor.fastest_predictor (loading thread)
    probe: Any = None  # a core.activations.ActivationProbe, likewise

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
        return float(value) if isinstance(value, (int, float)) else None


def card_path(model_path: Path) -> Path:
    """Where the card of ``model_path`` lives."""
    return model_path.with_name(model_path.stem + CARD_SUFFIX)


def read_card(model_path: Path) -> dict[str, Any]:
    """The card beside a model, or {} if it is missing or unreadable."""
    try:
        card = json.loads(card_path(model_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return card if isinstance(card, dict) else {}


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied (the folder is read-only for you)",
    errno.EPERM: "permission denied (the folder is read-only for you)",
    errno.EROFS: "permission denied (the folder is on a read-only disk)",
    errno.ENAMETOOLONG: "file name too long",
}


def _os_reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def write_atomic(*targets: tuple[Path, Callable[[Path], object]]) -> None:
    """Write files all or nothing: each ``write(tmp)`` goes to a temporary file beside its
    ``path``; only when every write succeeded are they renamed into place.

    The temporary names keep the suffix because Keras checks it. On any error
    the temporary files are removed and the targets are left as they were.
    """
    temps: list[Path] = []
    try:
        for path, write in targets:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp" + path.suffix, dir=path.parent)
            os.close(fd)
            temps.append(Path(tmp_name))
            write(temps[-1])
        for (path, _), tmp in zip(targets, temps):
            os.replace(tmp, path)
    except BaseException:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        raise


def save_model(model, path: str | os.PathLike, card: dict[str, Any]) -> Path:
    """Save ``model`` as ``path`` (.keras) and its card beside it; returns the final path.

    Raises
    ------
    ModelFileError
        For a bad name, a missing or read-only folder, or a full disk.
    """
    path = Path(path).expanduser()
    if path.suffix != ".keras":
        path = path.with_name(path.name + ".keras")
    if not path.stem or path.stem.startswith(".") or "\0" in path.name:
        raise ModelFileError(f"'{path.name}' is not a usable file name")
    if not path.parent.is_dir():
        raise ModelFileError(f"cannot save to {path}: folder {path.parent} does not exist")
    card = {**card, "name": card.get("name") or path.stem}
    text = json.dumps(card, indent=2, sort_keys=False) + "\n"
    try:
        write_atomic((path, model.save), (card_path(path), lambda tmp: tmp.write_text(text, encoding="utf-8")))
    except OSError as exc:
        raise ModelFileError(f"cannot save to {path}: {_os_reason(exc)}") from None
    return path


def check_io_shapes(model) -> None:
    """Raise ModelFileError unless the model maps (N, 28, 28, 1) to (N, 10)."""
    try:
        in_shape = tuple(model.input_shape)
        out_shape = tuple(model.output_shape)
    except (AttributeError, ValueError):
        raise ModelFileError("the model has no single input and output") from None
    if in_shape[1:] != INPUT_SHAPE:
        raise ModelFileError(f"the model expects input {in_shape[1:]}, not 28x28 grey images {INPUT_SHAPE}")
    if out_shape[1:] != (NUM_CLASSES,):
        raise ModelFileError(f"the model has output {out_shape[1:]}, not 10 digit probabilities")


def load_model(path: str | os.PathLike) -> LoadedModel:
    """Load a ``.keras`` model and its card and check it fits the app's convention.

    Raises
    ------
    ModelFileError
        For a missing file, a file that is not a Keras model, a truncated file,
        or a model with the wrong input or output shape.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise ModelFileError(f"no model file at {path}")
    if not zipfile.is_zipfile(path):
        raise ModelFileError(f"{path.name} is not a Keras .keras model file")
    import keras

    try:
        model = keras.saving.load_model(path, compile=False)
    except Exception as exc:  # Keras raises many types for damaged files
        raise ModelFileError(f"cannot read model {path.name}: {first_line(exc)}") from None
    check_io_shapes(model)
    return LoadedModel(model=model, path=path, card=read_card(path))
