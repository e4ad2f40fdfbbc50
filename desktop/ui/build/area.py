"""The Build area: compose a network layer by layer with live shapes, parameter counts and errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.explain import spec_fields
from ...core.locations import save_models_dir
from ...core.memory import size_text
from ...core.names import file_stem
from ...core.spec import (
    ACTIVATIONS,
    DEFAULT_BATCH,
    HEAD,
    KINDS,
    LIMITS,
    PADDINGS,
    PRESETS,
    Analysis,
    LayerSpec,
    NetworkSpec,
    SpecError,
    analyse,
    load_spec,
    missing_head,
    preset,
    save_spec,
)
from ..colors import ERROR, set_text_color
from ..formula_text import formula_html, formula_label
from ..i18n import integer, number
from ..literal_text import escaped, literal, plain_label

INT_RANGES = {key: (1, limit) for key, limit in LIMITS.items()}
# Marked here, translated where shown (QCoreApplication.translate("BuildArea", ...)).
HINTS = {
    "filters": QT_TRANSLATE_NOOP("BuildArea", "K: how many filters (output channels)"),
    "kernel": QT_TRANSLATE_NOOP("BuildArea", "F: the filter is F x F pixels"),
    "stride": QT_TRANSLATE_NOOP("BuildArea", "s: how many pixels the window moves each step"),
    "padding": QT_TRANSLATE_NOOP("BuildArea", "valid: no padding; same: pad so that the output is ceil(n / s)"),
    "pool": QT_TRANSLATE_NOOP("BuildArea", "the pooling window is this many pixels square"),
    "rate": QT_TRANSLATE_NOOP("BuildArea", "share of the values set to zero during training"),
    "units": QT_TRANSLATE_NOOP("BuildArea", "N_out: how many outputs"),
    "activation": QT_TRANSLATE_NOOP("BuildArea", "the function applied to each output"),
}
#: The form's label of each setting (the key is what spec files and messages call it).
SETTING_LABELS = {
    "filters": QT_TRANSLATE_NOOP("BuildArea", "filters"),
    "kernel": QT_TRANSLATE_NOOP("BuildArea", "kernel"),
    "stride": QT_TRANSLATE_NOOP("BuildArea", "stride"),
    "padding": QT_TRANSLATE_NOOP("BuildArea", "padding"),
    "pool": QT_TRANSLATE_NOOP("BuildArea", "pool"),
    "rate": QT_TRANSLATE_NOOP("BuildArea", "rate"),
    "units": QT_TRANSLATE_NOOP("BuildArea", "units"),
    "activation": QT_TRANSLATE_NOOP("BuildArea", "activation"),
}


def _mega(n: int) -> str:
    """A count in millions past 100,000 ("0.10 M"), else whole, in the interface's locale."""
    if n < 100_000:
        return integer(n)
    return f"{number(n / 1e6, 2, group=False)} M"  # as f"{x:.2f}" writes 1234.56


def _within(value, low, high, default):
    """``value`` for a box from ``low`` to ``high``: clamped, or ``default`` when it is no number
    (bools, text, NaN)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return default
    return min(max(value, low), high)


class BuildArea(QWidget):
    """Layer list, a form for the selected layer, live analysis and the error list.

    Emits ``trainRequested(NetworkSpec)`` when the user wants to train the
    network, and ``analysed(object)`` with the :class:`Analysis` after every change.
    """

    trainRequested = Signal(object)
    analysed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = preset("seed-cnn")
        self.analysis: Analysis = analyse(self.spec)
        self.references = {name: analyse(preset(name)) for name in PRESETS}
        self._editors: dict[str, QWidget] = {}

        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Start from:")))
        for name in PRESETS:
            button = QPushButton(name)
            button.setToolTip(self.tr("Load the {0} architecture into the editor").format(name))
            button.clicked.connect(self._preset_slot(name))
            top.addWidget(button)
        top.addStretch(1)
        self.load_button = QPushButton(self.tr("Open spec..."))
        self.load_button.setToolTip(self.tr("Read a network saved as JSON"))
        self.load_button.clicked.connect(self.open_dialog)
        self.save_button = QPushButton(self.tr("Save spec..."))
        self.save_button.setToolTip(self.tr("Save this network as a small JSON file"))
        self.save_button.clicked.connect(self.save_dialog)
        self.train_button = QPushButton(self.tr("Train this network"))
        self.train_button.setToolTip(self.tr("Open the Train area with this network selected"))
        self.train_button.clicked.connect(self._request_training)
        for button in (self.load_button, self.save_button, self.train_button):
            top.addWidget(button)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["#", self.tr("Layer"), self.tr("Output shape"), self.tr("Param #"),
                                              self.tr("Total so far"), self.tr("Receptive field")])
        self.table.horizontalHeaderItem(5).setToolTip(self.tr(
            "How much of the 28x28 input one unit sees and how far apart neighbouring units' windows are (jump): "
            "{0}").format("r_out = r_in + (k - 1)*j_in, j_out = j_in*s"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._on_row_changed)

        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add layer"))
        self.add_button.setToolTip(self.tr("Insert a layer after the selected one (Insert)"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        for kind in KINDS:
            menu.addAction(kind).triggered.connect(self._add_slot(kind))
        self.add_button.setMenu(menu)
        self.remove_action = self._action(self.tr("Remove"), self.tr("Delete the selected layer (Delete)"),
                                          QKeySequence.StandardKey.Delete, self.remove_layer)
        self.up_action = self._action(self.tr("Move up"), self.tr("Move the selected layer up (Ctrl+Up)"), "Ctrl+Up",
                                      self.move_up)
        self.down_action = self._action(self.tr("Move down"), self.tr("Move the selected layer down (Ctrl+Down)"),
                                        "Ctrl+Down", self.move_down)
        self.head_button = QPushButton(self.tr("Add Dense(10, softmax)"))
        self.head_button.setToolTip(self.tr("Finish the network with the classifier: one probability per digit"))
        self.head_button.clicked.connect(self.add_head)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.add_button)
        for action in (self.remove_action, self.up_action, self.down_action):
            button = QToolButton()
            button.setDefaultAction(action)
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        edit_row.addWidget(self.head_button)

        self.totals_label = plain_label("")
        self.totals_label.setWordWrap(True)
        bold = self.totals_label.font()
        bold.setBold(True)
        self.totals_label.setFont(bold)
        self.compare_label = plain_label("")
        self.compare_label.setWordWrap(True)
        self.errors_label = plain_label("")
        self.errors_label.setWordWrap(True)
        set_text_color(self.errors_label, ERROR)
        left = QVBoxLayout()
        left.addLayout(edit_row)
        left.addWidget(self.table, 1)
        left.addWidget(self.totals_label)
        left.addWidget(self.compare_label)
        left.addWidget(self.errors_label)

        self.form_box = QGroupBox(self.tr("Layer"))
        self.form = QFormLayout(self.form_box)
        self.formula_label = formula_label()
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addWidget(self.formula_label, 1)
        right_panel = QWidget()
        right_panel.setLayout(right)
        right_panel.setMinimumWidth(320)
        right_panel.setMaximumWidth(460)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(right_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.set_spec(self.spec)

    def _action(self, text: str, tip: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _preset_slot(self, name: str):
        return lambda: self.set_spec(preset(name))

    def _add_slot(self, kind: str):
        return lambda: self.add_layer(kind)

    # -- editing --------------------------------------------------------------------------------

    @property
    def selected(self) -> int:
        return self.table.currentRow()

    def set_spec(self, spec: NetworkSpec, select: int = 0) -> None:
        """Show ``spec`` (a copy is edited) and select one of its layers."""
        self.spec = spec.copy()
        self.refresh(select)

    def add_layer(self, kind: str, params: dict | None = None) -> None:
        index = self.selected + 1 if self.selected >= 0 else len(self.spec.layers)
        self.spec.layers.insert(index, LayerSpec(kind, dict(params or {})))
        self.refresh(index)

    @Slot()
    def add_head(self) -> None:
        self.spec.layers.append(LayerSpec(*HEAD))
        self.refresh(len(self.spec.layers) - 1)

    @Slot()
    def remove_layer(self) -> None:
        i = self.selected
        if 0 <= i < len(self.spec.layers):
            del self.spec.layers[i]
            self.refresh(min(i, len(self.spec.layers) - 1))

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        i, j = self.selected, self.selected + step
        layers = self.spec.layers
        if 0 <= i < len(layers) and 0 <= j < len(layers):
            layers[i], layers[j] = layers[j], layers[i]
            self.refresh(j)

    def set_param(self, key: str, value) -> None:
        """Change one setting of the selected layer (what the form does on every keystroke)."""
        i = self.selected
        if 0 <= i < len(self.spec.layers):
            self.spec.layers[i].params[key] = value
            self.refresh(i, rebuild_form=False)

    # -- showing --------------------------------------------------------------------------------

    def refresh(self, select: int | None = None, rebuild_form: bool = True) -> None:
        """Analyse the spec and update the table, totals, errors and the form.

        The memory training needs is checked at the Train area's default batch size.
        """
        self.analysis = analyse(self.spec, batch_size=DEFAULT_BATCH)
        layers, results = self.spec.layers, self.analysis.layers
        self.table.blockSignals(True)
        self.table.setRowCount(len(layers))
        error_rows = {i for i, _ in self.analysis.errors if i is not None}
        self.fields = fields = spec_fields(layers)  # each layer's receptive field, with self.analysis
        running = 0
        for i, (layer, result) in enumerate(zip(layers, results)):
            running += result.params
            known = result.output_shape is not None
            shape = "(None, " + ", ".join(map(str, result.output_shape)) + ")" if known else self.tr("error")
            items = [QTableWidgetItem(str(i + 1)), QTableWidgetItem(layer.label()), QTableWidgetItem(shape),
                     QTableWidgetItem(integer(result.params) if known else ""),
                     QTableWidgetItem(integer(running) if known else ""),
                     QTableWidgetItem(fields[i].text() if known and fields[i] else "")]
            for item in items[3:5]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate(items):
                field_tip = fields[i].formula if col == 5 and known and fields[i] else ""
                item.setToolTip(literal(result.error or field_tip or result.formula))
                if i in error_rows or result.output_shape is None:
                    item.setForeground(QColor(ERROR))
                self.table.setItem(i, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        self.table.resizeColumnToContents(4)
        self.table.resizeColumnToContents(5)
        if select is not None and 0 <= select < len(layers):
            self.table.setCurrentCell(select, 0)
        self.table.blockSignals(False)

        a = self.analysis
        if a.ok:
            self.totals_label.setText(self.tr(
                "Total params: {total} (trainable {trainable}, non-trainable {fixed})"
                " · {macs} multiply-adds per image · weights {kb} KB (float32)"
                " · training needs about {memory} with batches of {batch}").format(
                total=integer(a.params), trainable=integer(a.trainable), fixed=integer(a.params - a.trainable),
                macs=_mega(a.macs), kb=number(a.weight_bytes / 1024, 1),
                memory=size_text(a.training_bytes(DEFAULT_BATCH)), batch=integer(DEFAULT_BATCH)))
        else:
            self.totals_label.setText(self.tr("Totals appear once the network is valid."))
        self.compare_label.setText(self.tr("For comparison: {0}").format("; ".join(
            self.tr("{name} {params} params, {macs} multiply-adds").format(
                name=name, params=integer(ref.params), macs=_mega(ref.macs))
            for name, ref in self.references.items())))
        self.errors_label.setText("\n".join(f"• {message}" for _, message in a.errors))
        self.head_button.setVisible(missing_head(self.spec))
        self.train_button.setEnabled(a.ok)
        self.train_button.setToolTip(self.tr("Open the Train area with this network selected") if a.ok
                                     else self.tr("Fix the errors listed under the table first"))
        self._show_layer(rebuild_form)
        self.analysed.emit(a)

    @Slot(int, int, int, int)
    def _on_row_changed(self, row: int, *_) -> None:
        self._show_layer(True)

    def _show_layer(self, rebuild_form: bool) -> None:
        i = self.selected
        has = 0 <= i < len(self.spec.layers)
        for action in (self.remove_action, self.up_action, self.down_action):
            action.setEnabled(has)
        if not has:
            self.form_box.setTitle(self.tr("Layer"))
            self._clear_form()
            self.formula_label.setText(self.tr("Add a layer to start.") if not self.spec.layers else "")
            return
        layer, result = self.spec.layers[i], self.analysis.layers[i]
        if rebuild_form:
            self._build_form(layer)
        self.form_box.setTitle(self.tr("Layer {0}: {1}").format(i + 1, layer.kind))
        source = self.tr("28x28x1 image") if i == 0 else self._shape_text(self.analysis.layers[i - 1].output_shape)
        if result.error:
            body = f"<p style='color:{ERROR}'>{escaped(result.error)}</p>"
        else:
            field = self.fields[i]
            # formula_html makes a bullet of each part between "; "
            body = formula_html(result.formula + ("; " + self.tr("receptive field: {0}").format(field.formula)
                                                  if field else ""))
            if result.macs:
                body += "<p>" + escaped(self.tr("{0} multiply-adds per image").format(integer(result.macs))) + "</p>"
        self.formula_label.setText(self.tr("<b>Input:</b> {0}").format(escaped(source)) + body)

    def _shape_text(self, shape) -> str:
        if shape is None:
            return self.tr("unknown (an earlier layer has an error)")
        return "x".join(map(str, shape)) if len(shape) == 3 else self.tr("{0} values").format(integer(shape[0]))

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._editors = {}

    def _build_form(self, layer: LayerSpec) -> None:
        self._clear_form()
        if not layer.params:
            self.form.addRow(plain_label(self.tr("This layer has no settings.")))
        for key, value in layer.params.items():
            if key in INT_RANGES:
                editor = QSpinBox()
                editor.setRange(*INT_RANGES[key])
                editor.setValue(_within(value, *INT_RANGES[key], 1))  # a file's value may not fit the box
                editor.valueChanged.connect(self._setter(key))
            elif key == "rate":
                editor = QDoubleSpinBox()
                editor.setRange(0.0, 0.95)
                editor.setSingleStep(0.05)
                editor.setValue(float(_within(value, 0.0, 0.95, 0.0)))
                editor.valueChanged.connect(self._setter(key))
            else:
                editor = QComboBox()
                editor.addItems(PADDINGS if key == "padding" else ACTIVATIONS)
                editor.setCurrentText(str(value))
                editor.currentTextChanged.connect(self._setter(key))
            editor.setToolTip(self.tr(HINTS[key]) if key in HINTS else "")
            self._editors[key] = editor
            self.form.addRow(self.tr(SETTING_LABELS[key]) if key in SETTING_LABELS else key, editor)

    def _setter(self, key: str):
        return lambda value: self.set_param(key, value)

    # -- files and training ---------------------------------------------------------------------

    @Slot()
    def save_dialog(self) -> None:
        start = str(save_models_dir() / f"{file_stem(self.spec.name)}.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save network spec"), start,
                                              self.tr("Network spec (*.json)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Path | None:
        """Save the spec as ``path``; the network takes the file's name, unless that is just its
        own name made fit for a file name (then the name stays as the user wrote it)."""
        stem = path.name[: -len(".json")] if path.suffix == ".json" else path.name  # save_spec adds .json
        spec = self.spec.copy()
        if stem != file_stem(spec.name):
            spec.name = stem
        try:
            if not path.parent.is_dir():
                raise OSError(self.tr("folder {0} does not exist").format(path.parent))
            saved = save_spec(spec, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save the spec"),
                                literal(self.tr("Cannot write {0}: {1}").format(path, exc.strerror or exc)))
            return None
        self.spec.name = spec.name
        return saved

    @Slot()
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open network spec"), str(save_models_dir()),
                                              self.tr("Network spec (*.json)") + ";;" + self.tr("All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        try:
            self.set_spec(load_spec(path))
        except SpecError as exc:
            QMessageBox.warning(self, self.tr("Could not open the spec"), literal(str(exc)))
            return False
        return True

    @Slot()
    def _request_training(self) -> None:
        if self.analysis.ok:
            self.trainRequested.emit(self.spec.copy())
