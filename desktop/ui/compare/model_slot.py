"""One model in the comparison: a picker, its reading of the (perturbed) input, and its ten bars."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QFrame, QVBoxLayout, QWidget

from ...core.locations import save_models_dir, shipped_models_dir
from ...core.model_files import read_card
from ...core.numpy_net import NumpyNet
from ...core.path_reading import PATH_SUFFIX
from ..colors import ERROR, set_text_color
from ..i18n import integer, percent
from ..literal_text import literal, plain_label
from ..prediction_views import ProbabilityChart

OPEN = "open a file"  # the item data of "Open a model file..." (files are listed by their path)
TRAINED = "trained"  # the item data of the Train area's last model, not saved yet (made a file when chosen)


def model_files() -> list[Path]:
    """The models to offer: the shipped ones, then those saved from the Train area (newest first); a model's
    path network (``NAME.path.keras``) is part of that model, not one to offer."""
    shipped = sorted(shipped_models_dir().glob("*.keras"))
    saved_dir = save_models_dir()
    saved = [] if saved_dir == shipped_models_dir() or not saved_dir.is_dir() else sorted(
        saved_dir.glob("*.keras"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [path for path in shipped + saved if not path.name.endswith(PATH_SUFFIX)]


def describe(path: Path) -> str:
    """A line on the model from its card: parameters and MNIST test accuracy (what the card says)."""
    try:
        card = read_card(path)
    except Exception:  # no card, or one that cannot be read: the model still compares
        card = {}
    parts = []
    if isinstance(card.get("params"), int):
        parts.append(QCoreApplication.translate("ModelSlot", "{0} parameters").format(integer(card["params"])))
    if isinstance(card.get("test_accuracy"), (int, float)):
        accuracy = percent(card["test_accuracy"], 2)
        parts.append(QCoreApplication.translate("ModelSlot", "MNIST test {0}").format(accuracy))
    return " · ".join(parts) or QCoreApplication.translate("ModelSlot", "no model card")


class ModelSlot(QFrame):
    """A model chosen from a list (or a file), run in numpy on the GUI thread (about a millisecond).

    ``modelChanged()`` fires when another model is chosen (or none); ``net`` is
    the chosen network (None: none), ``path`` its file; the first choice is read by ``load_chosen()``.
    """

    modelChanged = Signal()

    def __init__(self, files: list[Path], chosen: str | None, resolve=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resolve = resolve  # item data -> model file, for entries that are not files yet (TRAINED)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.net: NumpyNet | None = None
        self.path: Path | None = None
        self.combo = QComboBox()
        self.combo.setToolTip(self.tr("The model in this column: a shipped one, one you saved, or any .keras file"))
        self.combo.addItem(self.tr("(none)"), None)
        for path in files:
            self.combo.addItem(path.stem, str(path))
        self.combo.addItem(self.tr("Open a model file..."), OPEN)
        self.reading = plain_label("")
        font = self.reading.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.reading.setFont(font)
        self.details = plain_label("")
        self.details.setWordWrap(True)
        self.chart = ProbabilityChart()
        self.chart.setMinimumHeight(90)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(self.reading)
        layout.addWidget(self.details)
        layout.addWidget(self.chart, 1)
        self.combo.activated.connect(self._on_chosen)
        index = self.combo.findText(chosen) if chosen else 0
        self.combo.setCurrentIndex(max(index, 0))
        # Read from disk when the column is first needed (``load_chosen``), not while the app starts.
        self._pending: tuple[str | None] | None = (self.combo.currentData(),)

    def load_chosen(self) -> None:
        """Load the model chosen when the column was made, if not done yet."""
        if self._pending is not None:
            self._load(self._pending[0])

    @property
    def name(self) -> str:
        """The chosen model's name as listed (its file's name for a file), "" for none."""
        if self.path is None:
            return ""
        index = self.combo.findData(str(self.path))
        return self.combo.itemText(index) if index >= 0 else self.path.stem

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == OPEN:
            data, _ = QFileDialog.getOpenFileName(self, self.tr("Compare a model"), str(save_models_dir()),
                                                  self.tr("Keras models (*.keras);;All files (*)"))
        elif data == TRAINED:
            data = self.resolve(data) if self.resolve is not None else None
        if data:
            self.choose(data)
        else:  # cancelled, or nothing to compare: the list shows the model compared
            self._show_chosen()

    def _show_chosen(self) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(str(self.path)), 0) if self.path else 0)

    def offer(self, name: str, data: str) -> None:
        """List another model (``data``: its file, or TRAINED) as ``name``, or rename the one listed."""
        index = self.combo.findData(data)
        if index < 0:
            self.combo.insertItem(self.combo.count() - 1, name, data)
        else:
            self.combo.setItemText(index, name)

    def choose(self, path: str | Path | None, name: str | None = None) -> bool:
        """Compare the model in ``path`` (None: none); False, with the reason shown, if it cannot be run."""
        path = None if path is None else str(Path(path))  # as the list and ``self.path`` spell it
        ok = self._load(path)
        if path is not None and self.combo.findData(path) < 0:
            self.offer(name or Path(path).stem, path)
        self._show_chosen()
        self.modelChanged.emit()
        return ok

    def _load(self, path: str | None) -> bool:
        self._pending = None
        self.net, self.path = None, None
        set_text_color(self.details, None)
        if path is None:
            self.details.setText(self.tr("Choose a model to compare"))
            self.show_reading(None)
            return True
        net = NumpyNet.from_file(path)
        if net is None:
            set_text_color(self.details, ERROR)
            self.details.setText(literal(self.tr("{0} cannot be compared: it is not a Keras network of conv, "
                                                 "pooling and dense layers taking 28x28 digits and giving ten digits")
                                         .format(Path(path).name)))
            self.show_reading(None)
            return False
        self.net, self.path = net, Path(path)
        self.details.setText(describe(self.path))
        return True

    def read(self, image: np.ndarray | None) -> np.ndarray | None:
        """The chosen model's probabilities for the 28x28 ``image`` (None: no model, or a blank image), shown."""
        probs = self.net(image) if self.net is not None and image is not None and image.any() else None
        self.show_reading(probs)
        return probs

    def show_reading(self, probs: np.ndarray | None) -> None:
        self.chart.set_probabilities(probs)
        if probs is None or not np.isfinite(probs).all():
            self.reading.setText("–" if self.net is not None else "")
            return
        digit = int(np.argmax(probs))
        self.reading.setText(self.tr("{0}  ({1} sure)").format(digit, percent(probs[digit], 0)))


__all__ = ["ModelSlot", "model_files"]
