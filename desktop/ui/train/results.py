"""What a finished run leaves: its test accuracy, the trained model to save or use, the exports."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from ...core.locations import save_models_dir, user_data_dir
from ...core.model_files import DivergedModelError, LoadedModel, ModelFileError, save_model
from ...core.names import file_stem, stamped
from ..active_model import ActiveModel
from ..exports import ask_save_path, export_file, png_path
from ..i18n import integer, percent
from ..literal_text import literal, plain_label
from .curves import TrainingCurves
from .form import CUSTOM, button
from .worker import TrainOutcome


def new_run_dir() -> Path | None:
    """A fresh folder for a run's CSV (and TensorBoard) logs, or None if none can be made."""
    run_dir = user_data_dir() / "runs" / time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        candidate = run_dir.with_name(f"{run_dir.name}-{n}") if n else run_dir
        try:
            candidate.mkdir(parents=True)
            return candidate
        except FileExistsError:
            continue
        except OSError:
            return None
    return None


def outcome_text(outcome: TrainOutcome, warnings: list[str]) -> str:
    """The result line(s) shown under the curves after a run."""
    r = outcome.result
    lines = [QCoreApplication.translate("RunResults", "Test accuracy {0} on {1} MNIST test images").format(
        percent(outcome.evaluation.accuracy, 2), integer(outcome.evaluation.count))]
    if r.extra is not None:
        lines.append(QCoreApplication.translate(
            "RunResults", "Also trained on {0} of your samples ({1} images with their variations), "
                          "besides {2} MNIST images").format(
            integer(r.extra["samples"]), integer(r.extra["images"]), integer(r.n_train - r.extra["images"])))
    if r.config.tensorboard_dir:
        lines.append(f"TensorBoard: tensorboard --logdir {r.config.tensorboard_dir}")  # a command: not translated
    # beside the (likely poor) accuracy it explains
    lines += [QCoreApplication.translate("RunResults", "Warning: {0}").format(warning) for warning in warnings]
    return "\n".join(lines)


class RunResults(QWidget):
    """The last run's result, with Save / Use / PNG / CSV buttons (all off until a run ends).

    ``status(str)`` says what was saved where (the area shows it under the progress bar).
    """

    status = Signal(str)

    def __init__(self, active_model: ActiveModel, curves: TrainingCurves, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active_model = active_model
        self.curves = curves
        self.outcome: TrainOutcome | None = None
        self.run_dir: Path | None = None
        self.saved_path: Path | None = None
        self._saved_name = ""  # the model name in the card of saved_path
        self.result_label = plain_label("")
        self.result_label.setWordWrap(True)
        self.save_button = button(self.tr("Save model..."),
                                  self.tr("Save the trained model and its model card (.keras + .card.json)"),
                                  self.save_dialog, enabled=False)
        self.use_button = button(self.tr("Use this model"),
                                 self.tr("Make the trained model the one the canvas and inspector use"),
                                 self.use_model, enabled=False)
        self.png_button = button(self.tr("Curves as PNG..."), self.tr("Save both plots as one PNG image"),
                                 self.export_png_dialog, enabled=False)
        self.csv_button = button(self.tr("History as CSV..."),
                                 self.tr("Save the per-epoch loss and accuracy (Keras CSVLogger)"),
                                 self.export_csv_dialog, enabled=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.save_button)
        result_row.addWidget(self.use_button)
        layout.addLayout(result_row)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.png_button)
        export_row.addWidget(self.csv_button)
        layout.addLayout(export_row)

    def clear(self, run_dir: Path | None) -> None:
        """A new run starts (logging to ``run_dir``): the last one's result and buttons go."""
        self.outcome = None
        self.saved_path = None
        self.run_dir = run_dir
        for made in (self.save_button, self.use_button, self.png_button, self.csv_button):
            made.setEnabled(False)
        self.result_label.setText("")

    def show_outcome(self, outcome: TrainOutcome, warnings: list[str]) -> None:
        """The run ended with a model: say how good it is and offer to keep it."""
        self.outcome = outcome
        self.result_label.setText(outcome_text(outcome, warnings))
        for made in (self.save_button, self.use_button, self.png_button):
            made.setEnabled(True)
        self.csv_button.setEnabled(self.history_csv() is not None)

    # -- exports ------------------------------------------------------------------------------

    def history_csv(self) -> Path | None:
        """The CSVLogger file of the last run, if it was written."""
        if self.run_dir is None or not (self.run_dir / "history.csv").is_file():
            return None
        return self.run_dir / "history.csv"

    @Slot()
    def export_png_dialog(self) -> None:
        path = ask_save_path(self, self.tr("Save curves as PNG"), "training-curves.png", self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path)

    @Slot()
    def export_csv_dialog(self) -> None:
        path = ask_save_path(self, self.tr("Save history as CSV"), "training-history.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_png(self, path: Path) -> bool:
        """Both plots as one PNG, written atomically."""
        return self._export(png_path(path), self.curves.export_png)

    def export_csv(self, path: Path) -> bool:
        """The run's per-epoch history (written by Keras' CSVLogger), copied atomically."""
        source = self.history_csv()
        if source is None:
            return False
        return self._export(path, lambda tmp: shutil.copyfile(source, tmp))

    def _export(self, path: Path, write) -> bool:
        if not export_file(self, path, write):
            return False
        self.status.emit(self.tr("Saved {0}").format(path))
        return True

    # -- keeping the model ---------------------------------------------------------------------

    def card(self, name: str) -> dict:
        """The model card of the last run."""
        from ...core.model_card import build_card

        return build_card(self.outcome.result, self.outcome.evaluation, self.outcome.dataset, name=name)

    def network_name(self) -> str:
        """The name of the last run's network as the user gave it (an architecture's, or the spec's)."""
        config = self.outcome.result.config
        return str(config.spec.get("name") or CUSTOM) if config.spec is not None else config.arch

    def suggested_path(self) -> tuple[Path, str]:
        """The file offered for saving the last run's model, and the model's name if saved there.

        The file name is the network's name made safe for any file system;
        the model keeps the name as the user wrote it (both with the time appended).
        """
        file_name, model_name = stamped(self.network_name(), time.strftime("%Y%m%d-%H%M"))
        return save_models_dir() / file_name, model_name

    @Slot()
    def save_dialog(self) -> None:
        if self.outcome is None:
            return
        suggestion, name = self.suggested_path()
        suggestion.parent.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save trained model"), str(suggestion),
                                              self.tr("Keras models (*.keras)"))
        if path:
            # Kept as suggested: the model is named as the network; otherwise as the file the user chose.
            self.save_to(Path(path), name if Path(path).stem == suggestion.stem else None)

    def save_to(self, path: Path, name: str | None = None) -> Path | None:
        """Save the last trained model with its card (named ``name``, else as the file); on failure
        show why and keep it in memory."""
        try:
            self.saved_path = save_model(self.outcome.result.model, path, self.card(name or path.stem))
        except DivergedModelError as exc:  # no other file would take it either
            QMessageBox.warning(self, self.tr("Could not save the model"), literal(str(exc)))
            return None
        except ModelFileError as exc:
            QMessageBox.warning(self, self.tr("Could not save the model"), literal(
                self.tr("{0}\n\nThe trained model is still here: save it somewhere else.").format(exc)))
            return None
        self._saved_name = name or path.stem
        self.status.emit(self.tr("Saved {0}").format(self.saved_path))
        return self.saved_path

    @Slot()
    def use_model(self) -> None:
        """Make the trained model active for the canvas (and inspector)."""
        if self.outcome is None:
            return
        if self.saved_path:
            name, path = self._saved_name, self.saved_path
        else:
            name = f"trained {self.network_name()} (unsaved)"
            path = Path(file_stem(name))
        # Prepared in the background: tracing the fast paths takes a moment. Only models that
        # are used get them (TensorFlow keeps some memory for every traced function).
        self.active_model.load(LoadedModel(self.outcome.result.model, path, self.card(name)))


__all__ = ["RunResults", "new_run_dir", "outcome_text"]
