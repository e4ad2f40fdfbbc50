"""The Train area's settings: architecture, hyperparameters, data, and the Start/Stop buttons."""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...core.architectures import ARCHITECTURES, preset_description
from ...core.data import ENV_PATH
from ...core.extra_samples import COPIES, digit_samples
from ...core.spec import NetworkSpec
from ...core.training import OPTIMIZERS, SCHEDULES, TrainConfig, tensorboard_available
from ..colors import ERROR, set_color, set_text_color
from ..i18n import integer
from ..literal_text import plain_label

CUSTOM = "custom"  # the architecture picker's entry for a network from the Build area
#: the learning-rate schedules as the picker shows them (the setting keeps the English name)
SCHEDULE_NAMES = {"constant": QT_TRANSLATE_NOOP("TrainForm", "constant"),
                  "cosine": QT_TRANSLATE_NOOP("TrainForm", "cosine")}


def button(text: str, tip: str, slot=None, enabled: bool = True) -> QPushButton:
    """A push button with its tooltip, connected to ``slot``."""
    made = QPushButton(text)
    made.setToolTip(tip)
    made.setEnabled(enabled)
    if slot is not None:
        made.clicked.connect(slot)
    return made


class TrainForm(QGroupBox):
    """The settings of the next run (``config()``), checked as they are typed (``validate()``).

    ``samples`` (optional): the user's own samples, an object with
    ``snapshot() -> tuple[PenSample, ...]`` and a no-argument Qt signal
    ``changed`` (the My samples area's store); "Add my samples" adds its digit
    samples to the training images. The area connects ``start_button`` and
    ``stop_button`` and says when a run is going (``set_running``).
    """

    def __init__(self, samples=None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TrainForm", "Training"), parent)
        self.samples = samples
        self.data_path: str | None = None
        self.custom_spec: NetworkSpec | None = None
        self._running = False
        self.setMaximumWidth(330)
        form = QFormLayout(self)
        self.arch_combo = QComboBox()
        for arch in ARCHITECTURES.values():
            self.arch_combo.addItem(arch.name, arch.name)
            self.arch_combo.setItemData(self.arch_combo.count() - 1, preset_description(arch.name),
                                        Qt.ItemDataRole.ToolTipRole)
        defaults = TrainConfig()  # the same defaults as the CLI's
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(0, 1000)
        self.epochs_spin.setValue(defaults.epochs)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(0, 8192)
        self.batch_spin.setValue(defaults.batch_size)
        self.lr_edit = QLineEdit(f"{defaults.learning_rate:g}")
        self.lr_edit.setToolTip(self.tr("Step size of the optimizer, e.g. 0.001"))
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.addItems(list(OPTIMIZERS))
        self.optimizer_combo.setCurrentText(defaults.optimizer)
        self.optimizer_combo.setToolTip(self.tr("adam, sgd (momentum 0.9) or rmsprop"))
        self.schedule_combo = QComboBox()
        for schedule in SCHEDULES:  # shown in the interface's language, the setting's own name as data
            self.schedule_combo.addItem(QCoreApplication.translate("TrainForm", SCHEDULE_NAMES.get(schedule, schedule)),
                                        schedule)
        self.schedule_combo.setCurrentIndex(max(self.schedule_combo.findData(defaults.lr_schedule), 0))
        self.schedule_combo.setToolTip(self.tr("constant: the same learning rate throughout; cosine: it falls "
                                               "smoothly to 2 % of the rate by the end of the last epoch"))
        self.val_spin = QDoubleSpinBox()
        self.val_spin.setRange(0.0, 0.99)
        self.val_spin.setSingleStep(0.05)
        self.val_spin.setValue(defaults.validation_split)
        self.val_spin.setToolTip(self.tr("Share of the training images held out to measure validation "
                                         "loss/accuracy (0: none, all train; early stopping needs some)"))
        self.augment_check = QCheckBox(self.tr("rotate, scale, shift, thicken"))
        self.patience_spin = QSpinBox()
        self.patience_spin.setRange(0, 100)
        self.patience_spin.setSpecialValueText(self.tr("off"))
        self.patience_spin.setToolTip(self.tr("Stop when validation loss has not improved for this many epochs"))
        self.subset_spin = QSpinBox()
        self.subset_spin.setRange(0, 60_000)
        self.subset_spin.setSingleStep(1000)
        self.subset_spin.setSpecialValueText(self.tr("all {0}").format(integer(60_000)))
        self.subset_spin.setToolTip(self.tr("Train on only this many images, for a quick demo"))
        self.samples_check = QCheckBox()
        self.samples_check.setToolTip(self.tr("Your own drawings from the My samples area, each with {0} stroke "
                                              "variations, added to the training images; never to validation or "
                                              "test. Drawings marked 'not a digit' are left out.").format(COPIES))
        self.tensorboard_check = QCheckBox(self.tr("write a TensorBoard log"))
        if tensorboard_available():
            self.tensorboard_check.setToolTip(self.tr("Log to a folder you can open with: "
                                                      "tensorboard --logdir FOLDER"))
        else:
            self.tensorboard_check.setEnabled(False)
            self.tensorboard_check.setToolTip(self.tr("Needs the tensorboard package: pip install tensorboard"))
        self.watch_check = QCheckBox(self.tr("watch the network learn"))
        self.watch_check.setChecked(True)
        self.watch_check.setToolTip(self.tr("Show the first layer's filters, a probe digit's maps and 20 test "
                                            "digits' readings changing as the network learns, and replay them "
                                            "afterwards"))
        self.data_label = plain_label(self._data_text())
        self.data_label.setWordWrap(True)
        data_button = button(self.tr("Choose data..."), self.tr("A Keras-format mnist.npz (a folder of IDX files: "
                                                                "choose any file in it)"), self.choose_data)
        self.problems_label = plain_label("")
        set_text_color(self.problems_label, ERROR)
        self.problems_label.setWordWrap(True)
        self.start_button = button(self.tr("Start"), self.tr("Start training in the background (Ctrl+Return)"))
        self.stop_button = button(self.tr("Stop"), self.tr("Stop after the current batch, keeping what was trained"),
                                  enabled=False)

        form.addRow(self.tr("Architecture"), self.arch_combo)
        form.addRow(self.tr("Epochs"), self.epochs_spin)
        form.addRow(self.tr("Batch size"), self.batch_spin)
        form.addRow(self.tr("Learning rate"), self.lr_edit)
        form.addRow(self.tr("Optimizer"), self.optimizer_combo)
        form.addRow(self.tr("Schedule"), self.schedule_combo)
        form.addRow(self.tr("Validation split"), self.val_spin)
        form.addRow(self.tr("Augmentation"), self.augment_check)
        form.addRow(self.tr("Early stopping"), self.patience_spin)
        form.addRow(self.tr("Training subset"), self.subset_spin)
        form.addRow(self.tr("My samples"), self.samples_check)
        form.addRow(self.tr("TensorBoard"), self.tensorboard_check)
        form.addRow(self.tr("Live view"), self.watch_check)
        form.addRow(self.tr("Data"), self.data_label)
        form.addRow("", data_button)
        form.addRow(self.problems_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        form.addRow(buttons)
        for widget in (self.epochs_spin, self.batch_spin, self.val_spin, self.patience_spin, self.subset_spin):
            widget.valueChanged.connect(self.validate)
        self.lr_edit.textChanged.connect(self.validate)
        if samples is not None:
            samples.changed.connect(self._update_samples_check)
        self._update_samples_check()
        self.validate()

    def _data_text(self) -> str:
        if self.data_path:
            return self.data_path
        if os.environ.get(ENV_PATH):
            return f"${ENV_PATH}: {os.environ[ENV_PATH]}"
        return self.tr("MNIST from the user cache, or downloaded once")

    def digit_sample_count(self) -> int:
        """How many of the user's samples "Add my samples" would add (digits only; 0 without samples)."""
        return len(digit_samples(self.samples.snapshot())) if self.samples is not None else 0

    @Slot()
    def _update_samples_check(self) -> None:
        """Show how many digit samples there are; with none, the box is off and cannot be ticked."""
        count = self.digit_sample_count()
        self.samples_check.setText(self.tr("Add my samples ({0})").format(integer(count)))
        if not count:
            self.samples_check.setChecked(False)
        self.samples_check.setEnabled(count > 0)

    def samples_to_add(self) -> tuple | None:
        """The snapshot of the user's samples to train on too, or None when "Add my samples" is off."""
        if self.samples is None or not (self.samples_check.isChecked() and self.samples_check.isEnabled()):
            return None
        return tuple(self.samples.snapshot())

    @Slot()
    def choose_data(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose MNIST"), str(Path.home()),
                                              self.tr("MNIST (*.npz *ubyte *.gz);;All files (*)"))
        if path:
            self.data_path = path if path.endswith(".npz") else str(Path(path).parent)
            self.data_label.setText(self._data_text())

    def set_custom_spec(self, spec: NetworkSpec) -> None:
        """Offer a network from the Build area as the architecture "custom: NAME" and select it."""
        self.custom_spec = spec
        index = self.arch_combo.findData(CUSTOM)
        if index < 0:
            self.arch_combo.addItem("", CUSTOM)
            index = self.arch_combo.count() - 1
        self.arch_combo.setItemText(index, self.tr("custom: {0}").format(spec.name))
        self.arch_combo.setItemData(index, self.tr("Built in the Build area: {0}").format(
            ", ".join(l.label() for l in spec.layers)), Qt.ItemDataRole.ToolTipRole)
        self.arch_combo.setCurrentIndex(index)
        self.validate()

    def config(self) -> TrainConfig | None:
        """The settings in the form, or None when the learning rate is not a number."""
        try:
            lr = float(self.lr_edit.text())
        except ValueError:
            return None
        arch = self.arch_combo.currentData()
        return TrainConfig(
            arch=arch,
            spec=self.custom_spec.to_dict() if arch == CUSTOM and self.custom_spec else None,
            epochs=self.epochs_spin.value(),
            batch_size=self.batch_spin.value(),
            learning_rate=lr,
            optimizer=self.optimizer_combo.currentText(),
            lr_schedule=self.schedule_combo.currentData(),
            validation_split=round(self.val_spin.value(), 4),
            augment=self.augment_check.isChecked(),
            patience=self.patience_spin.value(),
            subset=self.subset_spin.value() or None,
        )

    @Slot()
    def validate(self) -> list[str]:
        """Show what is wrong with the settings (nothing: Start is enabled unless a run is going)."""
        config = self.config()
        problems = [self.tr("learning rate must be a number, e.g. 0.001")] if config is None else config.problems()
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        bad_lr = config is None or not (math.isfinite(config.learning_rate) and config.learning_rate > 0)
        set_color(self.lr_edit, QPalette.ColorRole.Base, "#f6d5d1" if bad_lr else None)
        self.start_button.setEnabled(not problems and not self._running)
        return problems

    def set_running(self, running: bool) -> None:
        """A run started (Start off, Stop on) or ended (Start back if the settings are valid)."""
        self._running = running
        self.stop_button.setEnabled(running)
        self.validate()


__all__ = ["CUSTOM", "TrainForm", "button"]
