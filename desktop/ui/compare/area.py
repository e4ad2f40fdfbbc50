"""The Compare area: conv versus dense as an experiment.

Your drawing, normalised as MNIST and then changed by the sliders (shift,
rotation, scale, thickness, noise, a square you drag), goes to two to four
models at once; each shows its reading and ten bars, live while you draw or
move a slider. A sweep measures the same models' MNIST test accuracy over a
range of one change and plots it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..draw.live_prediction import LivePrediction
from ..literal_text import plain_label
from ...core.locations import user_cache_dir
from ...core.model_files import ModelFileError, save_model
from .model_slot import TRAINED, ModelSlot, model_files
from .perturb_panel import PerturbedInput, PerturbPanel
from .sweep_view import SweepView

SLOTS = 4
DEFAULT_MODELS = ("seed-cnn", "mlp", "lenet5", None)  # the course CNN against a dense net of the same size


class CompareArea(QWidget):
    """See module docs. ``live`` is the canvas' LivePrediction (its 28x28 image is the input);
    the canvas itself is lent here by the main window (``dock_canvas``)."""

    def __init__(self, live: LivePrediction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawing: np.ndarray = live.current_image()  # the canvas' 28x28 image, as the live reading gives it
        self.input: np.ndarray = np.zeros((28, 28), np.float32)  # what every model received last
        files = model_files()
        self.trained = None  # the Train area's last model: (model, card, name), made a file when chosen
        self.trained_path: Path | None = None
        self.slots = [ModelSlot(files, name, self._resolve) for name in DEFAULT_MODELS[:SLOTS]]
        for slot in self.slots:
            slot.modelChanged.connect(self.refresh)
        self.perturb = PerturbPanel()
        self.perturb.changed.connect(self.refresh)
        self.input_view = PerturbedInput()
        self.input_view.occluderMoved.connect(self.perturb.move_square)
        self.sweep = SweepView(self.chosen_models)

        self.canvas_box = QVBoxLayout()
        self.canvas_hint = plain_label(self.tr("Draw on the canvas in the Draw area, or here."))
        self.canvas_hint.setWordWrap(True)
        self.canvas_box.addWidget(self.canvas_hint)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(self.canvas_box, 1)
        seen = QHBoxLayout()
        seen.addWidget(self.input_view, 0, Qt.AlignmentFlag.AlignTop)
        seen.addWidget(self.perturb, 1)
        left_layout.addLayout(seen)
        models = QWidget()
        grid = QGridLayout(models)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, slot in enumerate(self.slots):
            grid.addWidget(slot, i // 2, i % 2)
        self.views = QTabWidget()
        self.views.addTab(models, self.tr("Readings"))
        self.views.addTab(self.sweep, self.tr("Sweep"))
        self.views.setTabToolTip(0, self.tr("Each model's reading of the changed digit, live"))
        self.views.setTabToolTip(1, self.tr("Each model's MNIST test accuracy as a change grows, plotted"))
        right = self.views
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        live.updated.connect(self._on_drawing)

    def dock_canvas(self, canvas: QWidget) -> None:
        """Show the (shared) drawing canvas in this area."""
        self.canvas_box.insertWidget(0, canvas, 1)
        canvas.show()
        self.canvas_hint.setText(self.tr("Draw here: every model reads the same changed digit."))

    def offer_trained(self, model, card: dict, name: str) -> None:
        """Offer the Train area's newest model (not saved yet) in every column as ``name``."""
        self.trained, self.trained_path = (model, card, name), None
        for slot in self.slots:
            slot.offer(name, TRAINED)

    def _resolve(self, data: str) -> str | None:
        """The file of a listed model that is not one yet: the trained model, written to the cache once
        (the sweep loads its own copy from there, in its thread)."""
        if data != TRAINED or self.trained is None:
            return None
        if self.trained_path is None or not self.trained_path.is_file():
            model, card, _ = self.trained
            folder = user_cache_dir() / "compare"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                self.trained_path = save_model(model, folder / f"trained-{len(list(folder.glob('*.keras')))}.keras",
                                               card)
            except (OSError, ModelFileError) as exc:
                for slot in self.slots:
                    slot.details.setText(self.tr("The trained model could not be prepared: {0}").format(exc))
                return None
        for slot in self.slots:  # the file now stands for the trained entry in every column
            index = slot.combo.findData(TRAINED)
            if index >= 0:
                slot.combo.setItemData(index, str(self.trained_path))
        return str(self.trained_path)

    def chosen_models(self) -> dict[str, Path]:
        """Name -> file of the models chosen now, in column order (a name twice: the later one numbered)."""
        chosen: dict[str, Path] = {}
        for slot in self.slots:
            slot.load_chosen()
            if slot.path is not None:
                name = slot.name if slot.name not in chosen else f"{slot.name} ({len(chosen) + 1})"
                chosen[name] = slot.path
        return chosen

    @Slot(object, object)
    def _on_drawing(self, image, _probabilities) -> None:
        self.drawing = image  # kept while hidden too: shown, the area reads the drawing as it is now
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Perturb the current drawing and let every chosen model read it."""
        perturbation = self.perturb.perturbation()
        self.input = (perturbation.apply(self.drawing) if self.drawing.any()
                      else np.zeros((28, 28), np.float32))
        self.input_view.set_image(self.input)
        self.input_view.set_square(perturbation.occlusion)
        for slot in self.slots:
            slot.read(self.input)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for slot in self.slots:  # the default columns' models are read on first showing, not at start-up
            slot.load_chosen()
        self.refresh()

    def shutdown(self) -> None:
        """Stop a running sweep and wait for its thread (window closing)."""
        self.sweep.shutdown()


__all__ = ["CompareArea"]
