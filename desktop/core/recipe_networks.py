"""The finished networks of a recipe run, kept in a folder so that a stopped or killed run goes on.

The default recipe trains three networks one after the other, an hour or more
each on a slow machine. :class:`NetworkStore` saves each one as it finishes
(atomically, with what was recorded about it and a key of everything it was
trained from); run again with the same options and data, the recipe takes the
networks found there instead of training them again. A network whose key
differs (other options, other data) is trained anew and replaces it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .pen_samples import PenSample

#: The card entry a kept network's key and record are stored under.
CARD_ENTRY = "recipe_network"


def inputs_key(mnist_images: np.ndarray, digits: Sequence[PenSample], nondigits: Sequence[PenSample]) -> str:
    """A hash of the training inputs: the MNIST images used and the pen samples' labels, writers and strokes."""
    digest = hashlib.sha256()
    digest.update(np.ascontiguousarray(mnist_images).tobytes())
    for part in (digits, nondigits):
        digest.update(f"{len(part)} samples|".encode())
        for sample in part:
            digest.update(f"{sample.label}/{sample.writer}/{sample.symbol}/".encode())
            for stroke in sample.strokes:
                points = np.asarray(stroke, np.float64)
                digest.update(f"{points.shape}".encode() + points.tobytes())
    return digest.hexdigest()[:24]


def network_key(options: dict[str, Any], inputs: str) -> str:
    """The key of one network: its options (seed, averaging, epochs, ...) and the inputs' hash."""
    text = json.dumps({"options": options, "inputs": inputs}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class NetworkStore:
    """Trained networks of one recipe run in ``folder`` (made when the first is saved)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder).expanduser()

    def path(self, number: int) -> Path:
        return self.folder / f"network-{number}.keras"

    def load(self, number: int, key: str, loader=None) -> tuple[Any, dict[str, Any]] | None:
        """Network ``number`` and its record if it was kept with this ``key``; None if absent, other or unreadable.

        ``loader``: ``model_files.load_model`` (an image network) or another function of the same kind."""
        from .model_files import ModelFileError, load_model

        if not self.path(number).is_file():
            return None
        try:
            loaded = (loader or load_model)(self.path(number))
        except ModelFileError:
            return None
        entry = loaded.card.get(CARD_ENTRY)
        if not isinstance(entry, dict) or entry.get("key") != key or not isinstance(entry.get("record"), dict):
            return None
        return loaded.model, entry["record"]

    def save(self, number: int, model, record: dict[str, Any], key: str) -> Path:
        """Keep network ``number`` (atomically, with its card); returns its path."""
        from .model_files import save_model

        self.folder.mkdir(parents=True, exist_ok=True)
        card = {"name": self.path(number).stem, CARD_ENTRY: {"number": number, "key": key, "record": record}}
        return save_model(model, self.path(number), card)

    def clear(self) -> None:
        """Remove the kept networks, and the folder if nothing else is in it."""
        from .model_files import card_path

        for path in sorted(self.folder.glob("network-*.keras")):
            path.unlink(missing_ok=True)
            card_path(path).unlink(missing_ok=True)
        try:
            self.folder.rmdir()
        except OSError:  # absent, or holds something that is not ours
            pass


__all__ = ["CARD_ENTRY", "NetworkStore", "inputs_key", "network_key"]
