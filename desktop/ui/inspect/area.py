"""The Inspect area: the model's layers with their arithmetic, and what each layer makes of the drawing."""

from __future__ import annotations

import numpy as np
import time

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QGridLayout, QHBoxLayout, QHeaderView, QPushButton, QSpinBox, QSplitter, QStackedWidget,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...core.activations import Activations, first_conv_filters
from ...core.architectures import CONV_KINDS
from ...core.explain import (CONV_LAYERS, POOL_LAYERS, ConvUnit, InputWindow, Line, PoolUnit, as_text, conv_lines,
                             dense_text, explain_conv, explain_dense, explain_pool, input_window, pool_text,
                             receptive_fields)
from ...core.placement import Placement
from ...core.preprocess import raster_placement
from ...core.strokes import stroke_placement
from ...core.model_files import LoadedModel
from ...core.summary import LayerRow, layer_rows
from ..active_model import ActiveModel
from ..colors import ERROR, MUTED, set_text_color
from ..formula_text import formula_html, formula_label
from .views import ActivationBars, FeatureMapGrid, SaliencyView, WindowedMap, shown_word
from ..draw.live_prediction import LivePrediction
from ..i18n import integer, percent
from ..literal_text import escaped, literal, plain_label
from ..throttle import AdaptiveThrottle

REFRESH_MIN_GAP_MS = 15.0
FOLDED = Qt.ItemDataRole.UserRole + 1  # an explanation line's index among those with an expansion
_NOT_YET = object()  # the drawing's placement is worked out when first needed
# The saliency (a forward and backward pass per noisy copy: 3-16 ms) is computed once the drawing has
# paused this long, not on every refresh while the pen moves.
SALIENCY_PAUSE_MS = 120


def shape_text(shape: tuple[int, ...]) -> str:
    """A layer's output shape as Keras' summary writes it, batch axis included."""
    return "(" + ", ".join(["None"] + [str(d) for d in shape]) + ")"


class InspectArea(QWidget):
    """Summary table, formulas, feature maps, first-layer filters and saliency for the active model.

    Receives the :class:`ActiveModel` and the canvas' :class:`LivePrediction`
    (its 28x28 images drive the maps). The canvas itself is lent to this area
    while it is shown (``dock_canvas``), so one can draw and watch the maps.
    Refreshes are throttled and skipped while the area is hidden.
    Signal ``refreshed()`` fires after the maps were recomputed.
    """

    refreshed = Signal()
    saliencyShown = Signal()

    def __init__(self, active_model: ActiveModel, live: LivePrediction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active_model = active_model
        self.live = live
        self.model: LoadedModel | None = None
        self.rows: list[LayerRow] = []
        self.fields = []  # each layer's receptive field on the input (core.explain.ReceptiveField)
        self.image = np.zeros((28, 28), np.float32)
        self.activations: Activations | None = None
        self._stale = True
        self.throttle = AdaptiveThrottle(self.refresh_now, REFRESH_MIN_GAP_MS, self)
        # The saliency map follows the maps as an event of its own, once the drawing pauses.
        self._saliency_timer = QTimer(self)
        self._saliency_timer.setSingleShot(True)
        self._saliency_timer.setInterval(SALIENCY_PAUSE_MS)
        self._saliency_timer.timeout.connect(self.show_saliency)

        # Left: the canvas (when lent), the input with saliency, the first layer's filters.
        self.canvas_box = QVBoxLayout()
        self.canvas_hint = plain_label(self.tr("Draw a digit on the canvas (Draw tab, Alt+D) to see inside the "
                                               "network."))
        self.canvas_hint.setWordWrap(True)
        self.canvas_box.addWidget(self.canvas_hint)
        self.prediction_label = plain_label("")
        bold = self.prediction_label.font()
        bold.setBold(True)
        self.prediction_label.setFont(bold)
        self.saliency_view = SaliencyView(scale=5)
        self.saliency_check = QCheckBox(self.tr("Show saliency"))
        self.saliency_check.setChecked(True)
        self.saliency_check.setToolTip(self.tr("Colour the pixels that drove the current prediction "
                                               "(gradient saliency); it appears when you pause drawing"))
        self.saliency_check.toggled.connect(self._on_saliency_toggled)
        self.filters_label = plain_label("")
        self.filters_label.setWordWrap(True)
        self.filters = FeatureMapGrid("CET-D1", symmetric=True)
        self.filters.what = "filter"
        self.filters.setMinimumSize(200, 120)
        self.filters.setToolTip(self.tr("The first conv layer's kernels: blue negative, red positive weights"))
        left = QVBoxLayout()
        left.addLayout(self.canvas_box, 3)
        left.addWidget(self.prediction_label)
        input_row = QHBoxLayout()
        input_row.addWidget(self.saliency_view)
        input_row.addWidget(self.saliency_check, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(input_row)
        left.addWidget(self.filters_label)
        left.addWidget(self.filters, 2)
        left_panel = QWidget()
        left_panel.setLayout(left)
        left_panel.setMinimumWidth(240)
        left_panel.setMaximumWidth(340)

        # Middle: the summary table and the selected layer's formulas.
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Layer (type)"), self.tr("Output Shape"), self.tr("Param #"),
                                              self.tr("Receptive field")])
        self.table.horizontalHeaderItem(3).setToolTip(self.tr(
            "How much of the 28x28 input one unit of the layer sees, and how far apart neighbouring units' "
            "windows are (jump): r_out = r_in + (k - 1)*j_in, j_out = j_in*s"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Select a layer to see its formulas and what it makes of your digit"))
        self.table.currentCellChanged.connect(self._on_row_changed)
        self.totals_label = plain_label("")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setWordWrap(True)  # on a narrow window (or in a longer language) it takes two lines
        self.explanation = formula_label()
        self.zoom_label = plain_label("")
        self.zoom_label.setWordWrap(True)
        self.zoom_label.setVisible(False)
        self.zoom = WindowedMap()
        self.zoom.setMouseTracking(False)
        self.zoom.setMinimumSize(140, 140)
        self.zoom.cellClicked.connect(self._on_zoom_cell)
        self.zoom.cellHovered.connect(self._on_cell_hovered)
        self.zoom.setToolTip(self.tr("Click a cell to see how its value was made"))
        self.zoom_channel: int | None = None
        # The explained unit: where it is, its receptive field on the 28x28 input, its window on the layer's input.
        self._explained_at: tuple[int, ...] | None = None
        self._explained: tuple[int, int, int, int] | None = None
        self._unit: ConvUnit | PoolUnit | None = None
        self._input_channel: int | None = None  # the input channel chosen in the explanation (None: largest)
        self._placement: Placement | None | object = _NOT_YET  # where the 28x28 input lies on the drawing
        # The layer's input, with the window the explained unit looks at.
        self.input_label = plain_label("")
        self.input_label.setWordWrap(True)
        self.input_view = WindowedMap()
        self.input_view.setMouseTracking(False)
        self.input_view.setMinimumSize(140, 140)
        self.input_view.setToolTip(self.tr("The layer's input: the window the explained unit looks at is outlined "
                                           "(a max pool's chosen value in red)"))
        self.output_label = plain_label(self.tr("Output"))
        self.output_label.setWordWrap(True)
        self.zoom_row = QWidget()
        zoom_layout = QGridLayout(self.zoom_row)
        zoom_layout.setContentsMargins(0, 0, 0, 0)
        zoom_layout.addWidget(self.input_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        zoom_layout.addWidget(self.output_label, 0, 1, Qt.AlignmentFlag.AlignTop)
        zoom_layout.addWidget(self.input_view, 1, 0)
        zoom_layout.addWidget(self.zoom, 1, 1)
        zoom_layout.setRowStretch(1, 1)
        zoom_layout.setColumnStretch(0, 1)
        zoom_layout.setColumnStretch(1, 1)
        self._show_input_panel(False)
        self.zoom_row.setVisible(False)
        # Step through: the window slides over the input cell by cell, filling the enlarged map.
        self.animate_button = QPushButton(self.tr("Animate"))
        self.animate_button.setCheckable(True)
        self.animate_button.setToolTip(self.tr("Slide the window over the input cell by cell, filling this map and "
                                               "explaining each value as it is made"))
        self.animate_button.toggled.connect(self._on_animate_toggled)
        self.speed_spin = QSpinBox()
        self.speed_spin.setRange(1, 200)
        self.speed_spin.setValue(8)
        self.speed_spin.setSuffix(self.tr(" cells/s"))
        self.speed_spin.setToolTip(self.tr("How fast the window moves"))
        self.speed_spin.valueChanged.connect(self._on_speed_changed)
        self.animate_row = QWidget()
        row_layout = QHBoxLayout(self.animate_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.animate_button)
        row_layout.addWidget(self.speed_spin)
        row_layout.addStretch(1)
        self.animate_row.setVisible(False)
        self._animate_timer = QTimer(self)
        self._animate_timer.timeout.connect(self.animate_step)
        self._animate_cell = 0
        # One line per step of the arithmetic; a deeper conv's channels expand to their products.
        self.unit_text = QTreeWidget()
        self.unit_text.setHeaderHidden(True)
        self.unit_text.setWordWrap(True)
        self.unit_text.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.unit_text.setVisible(False)
        self.unit_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.unit_text.setMinimumHeight(120)
        # Long lines scroll sideways rather than being cut off.
        self.unit_text.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.unit_text.header().setStretchLastSection(False)
        self.unit_text.setToolTip(self.tr("Recomputed from the weights and your drawing; equals the network's own "
                                          "value. Click a channel's line to see its window on the input."))
        self.unit_text.currentItemChanged.connect(self._on_line_chosen)
        self.unit_text.itemExpanded.connect(self._unfold)
        self._folded: list[Line] = []  # lines whose expansion is made when first opened
        middle = QVBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self.totals_label)
        middle.addWidget(self.explanation, 2)
        middle.addWidget(self.unit_text, 3)
        middle_panel = QWidget()
        middle_panel.setLayout(middle)

        # Right: the selected layer's output for the drawing.
        self.maps_label = plain_label("")
        self.maps_label.setWordWrap(True)
        self.shared_check = QCheckBox(self.tr("Shared colour scale"))
        self.shared_check.setToolTip(self.tr("Colour all maps on one range (compare channels) instead of each on "
                                             "its own"))
        self.grid = FeatureMapGrid()
        self.shared_check.toggled.connect(self.grid.set_shared_scale)
        self.grid.tileClicked.connect(self._on_tile_clicked)
        self.grid.cellHovered.connect(self._on_cell_hovered)
        self.grid.setToolTip(self.tr("One tile per channel; hover for its values, click to enlarge"))
        self.bars = ActivationBars()
        self.bars.barClicked.connect(self._explain)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.bars)
        maps_header = QHBoxLayout()
        maps_header.addWidget(self.maps_label, 1)
        maps_header.addWidget(self.shared_check)
        maps_panel = QWidget()
        maps_box = QVBoxLayout(maps_panel)
        maps_box.setContentsMargins(0, 0, 0, 0)
        maps_box.addLayout(maps_header)
        maps_box.addWidget(self.stack, 1)
        # Under the maps, one enlarged: the layer's input with the window, and the output being explained.
        # A splitter keeps its share while it opens and closes, so the tiles do not move under the mouse.
        self.zoom_hint = plain_label(self.tr("Click a tile to enlarge it beside the layer's input, then click a "
                                             "cell to see how its value was made."))
        self.zoom_hint.setWordWrap(True)
        set_text_color(self.zoom_hint, MUTED)
        self.zoom_area = QWidget()
        zoom_box = QVBoxLayout(self.zoom_area)
        zoom_box.setContentsMargins(0, 0, 0, 0)
        zoom_box.addWidget(self.zoom_hint, 0, Qt.AlignmentFlag.AlignTop)
        zoom_box.addWidget(self.zoom_label)
        zoom_box.addWidget(self.animate_row)
        zoom_box.addWidget(self.zoom_row, 1)
        zoom_box.addStretch(0)
        right_panel = QSplitter(Qt.Orientation.Vertical)
        right_panel.addWidget(maps_panel)
        right_panel.addWidget(self.zoom_area)
        right_panel.setChildrenCollapsible(False)
        right_panel.setStretchFactor(0, 3)
        right_panel.setStretchFactor(1, 2)
        right_panel.setSizes([600, 400])  # in proportion: maps 3 to 2

        splitter = QSplitter()
        splitter.addWidget(middle_panel)
        splitter.addWidget(right_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # In proportion: the table and its formulas about 410 px beside 250 for the maps in a 1024 px window (they
        # may narrow further, the totals and formulas wrapping, so that the window fits an 800 px screen).
        splitter.setSizes([410, 250])
        layout = QHBoxLayout(self)
        layout.addWidget(left_panel)
        layout.addWidget(splitter, 1)

        live.updated.connect(self.set_input)
        active_model.changed.connect(self.set_model)
        active_model.probeReady.connect(self._on_probe_ready)
        active_model.probeFailed.connect(self._on_probe_failed)
        if active_model.current is not None:
            self.set_model(active_model.current)

    # -- canvas ---------------------------------------------------------------------------------

    def dock_canvas(self, canvas: QWidget) -> None:
        """Show the (shared) drawing canvas in this area."""
        self.canvas_box.insertWidget(0, canvas, 1)
        canvas.show()
        self.canvas_hint.setText(self.tr("Draw here: every layer below follows your digit."))

    # -- model ----------------------------------------------------------------------------------

    @Slot(object)
    def set_model(self, loaded: LoadedModel) -> None:
        """Show a newly active model: summary, filters, and maps for the current drawing."""
        self.model = loaded
        self.rows = layer_rows(loaded.model)
        self.fields = receptive_fields([(type(layer).__name__, layer.get_config()) for layer in loaded.model.layers])
        self.activations = None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            items = [QTableWidgetItem(f"{row.name} ({row.kind})"), QTableWidgetItem(shape_text(row.output_shape)),
                     QTableWidgetItem(integer(row.params)), QTableWidgetItem(self.fields[i].text())]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate(items):
                item.setToolTip(literal(row.formula if col < 3 else self.fields[i].formula))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        total = sum(r.params for r in self.rows)
        trainable = sum(r.trainable for r in self.rows)
        self.totals_label.setText(self.tr("Total params: {0}   Trainable: {1}   Non-trainable: {2}").format(
            integer(total), integer(trainable), integer(total - trainable)))
        filters = first_conv_filters(loaded.model)
        if filters is None:
            self.filters_label.setText(self.tr("This model has no conv layer, so there are no filters to show."))
            self.filters.set_maps(None)
        else:
            name, kernels = filters
            f = kernels.shape[0]
            self.filters_label.setText(self.tr("Filters of {0}: {1} kernels of {2}x{2}").format(
                name, kernels.shape[-1], f))
            self.filters.set_maps(kernels)
        default = next((i for i, r in enumerate(self.rows) if r.kind in CONV_KINDS), len(self.rows) - 1)
        self.table.setCurrentCell(default, 0)
        self._on_row_changed(default)
        self._stale = True
        if self.isVisible():
            self.active_model.request_probe()
            self.throttle.run_now()

    @property
    def selected_layer(self) -> int:
        return max(self.table.currentRow(), 0)

    def select_layer(self, name: str) -> None:
        """Select a layer by name (as the user would by clicking its row)."""
        index = [r.name for r in self.rows].index(name)
        self.table.setCurrentCell(index, 0)

    @Slot(int, int, int, int)
    def _on_row_changed(self, row: int, *_) -> None:
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        in_shape = "x".join(str(d) for d in (self.rows[row - 1].output_shape if row else
                                              self.model.model.input_shape[1:]))
        # Rich text: the name and everything from the formulas escaped (formula_html escapes its text).
        heading = self.tr("<b>{name}</b> ({kind}): input {input}, output {output}, {params} parameters").format(
            name=escaped(r.name), kind=escaped(r.kind), input=escaped(in_shape),
            output=escaped(shape_text(r.output_shape)), params=escaped(integer(r.params)))
        field = self.tr("receptive field: {0}").format(self.fields[row].formula)
        self.explanation.setText(heading + formula_html(r.formula + "; " + field))
        self._close_zoom()
        self._show_layer()

    # -- drawing ----------------------------------------------------------------------------------

    @Slot(object, object)
    def set_input(self, image: np.ndarray, _probs=None) -> None:
        """A new 28x28 image from the canvas: refresh (throttled) if shown, else later."""
        self.image = image
        self._stale = True
        self._placement = _NOT_YET
        if self.isVisible():
            self.throttle.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.active_model.request_probe()  # traced on first showing, in the background
        if self._stale:
            self.throttle.request()
        self._outline(self._explained)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.live.canvas.set_outline(None)  # the canvas goes back to the Draw area

    @property
    def preparing(self) -> bool:
        """True while the model's probe is still being traced (the maps follow when it is ready)."""
        return self.model is not None and self.model.model is not None and self.model.probe is None

    def refresh_now(self) -> None:
        """Run the drawing through the network and show the selected layer (via the throttle)."""
        self._stale = False
        probe = self.model.probe if self.model is not None else None
        self.activations = probe(self.image, saliency=False) if probe is not None and self.image.any() else None
        self._show_input()
        self._show_layer()
        if self.activations is not None and self.saliency_check.isChecked():
            self._saliency_timer.start()
        self.refreshed.emit()

    def saliency_pending(self) -> bool:
        """True between a refresh and the saliency map that follows it."""
        return self._saliency_timer.isActive()

    @Slot()
    def show_saliency(self) -> None:
        """Compute and show the saliency of the current drawing (after its maps are shown)."""
        self._saliency_timer.stop()
        acts = self.activations
        probe = self.model.probe if self.model is not None else None
        if acts is None or probe is None or not self.saliency_check.isChecked():
            return
        start = time.perf_counter()
        if acts.saliency is None:
            acts.saliency = probe.saliency(self.image, acts.digit)
        self._show_input()
        self.throttle.add_busy((time.perf_counter() - start) * 1000)  # the next refresh waits for this too
        self.saliencyShown.emit()

    @Slot(bool)
    def _on_saliency_toggled(self, on: bool) -> None:
        self._show_input()
        if on:
            self.show_saliency()

    @Slot(object)
    def _on_probe_ready(self, loaded: LoadedModel) -> None:
        if loaded is self.model:
            self._stale = True
            if self.isVisible():
                self.throttle.run_now()

    @Slot(str)
    def _on_probe_failed(self, message: str) -> None:
        self.maps_label.setText(literal(self.tr("The feature maps cannot be computed for this model: {0}").format(
            message)))
        set_text_color(self.maps_label, ERROR)

    @Slot()
    def _show_input(self) -> None:
        acts = self.activations
        show = acts is not None and self.saliency_check.isChecked()
        # Until the drawing pauses and its saliency is computed, the input is shown plain.
        self.saliency_view.set_input(self.image, acts.saliency if show else None)
        if acts is None:
            self.prediction_label.setText("")
            return
        p = acts.probabilities
        self.prediction_label.setText(self.tr("Prediction: {0} ({1})").format(acts.digit, percent(p[acts.digit], 1)))

    def _show_layer(self) -> None:
        if not self.rows:
            return
        row = self.rows[self.selected_layer]
        acts = self.activations
        out = None if acts is None else acts.outputs[self.selected_layer]
        if len(row.output_shape) == 3:
            self.stack.setCurrentWidget(self.grid)
            self.zoom_area.setVisible(True)
            self.shared_check.setEnabled(True)
            h, w, c = row.output_shape
            waiting = "" if out is not None else self._waiting(self.tr(" (draw a digit to see them)"))
            self.maps_label.setText(self.tr("{0}: {1} feature maps of {2}x{3}").format(row.name, c, h, w) + waiting)
            self.grid.set_maps(out)
            if self.zoom_channel is not None and out is not None:
                self._show_zoom()
                if self._explained_at is not None:  # the explained number follows the drawing
                    self._explain(*self._explained_at)
        else:
            self.stack.setCurrentWidget(self.bars)
            self.zoom_area.setVisible(False)
            self.shared_check.setEnabled(False)
            n = int(np.prod(row.output_shape))
            last = self.selected_layer == len(self.rows) - 1
            digits = last and n == 10
            if digits:
                what = self.tr("the probability of each digit 0-9")
            else:
                what = self.tr("{0} activations").format(integer(n))
            self.maps_label.setText(f"{row.name}: {what}"
                                    + ("" if out is not None else self._waiting(self.tr(" (draw a digit)"))))
            self.bars.set_values(np.zeros(n) if out is None else out, highlight_top=last,
                                 axis="digit" if digits else "unit")
            if self._explained_at is not None and len(self._explained_at) == 1 and out is not None:
                self._explain(*self._explained_at)
        set_text_color(self.maps_label, None if out is not None else MUTED)

    def _waiting(self, hint: str) -> str:
        if self.preparing and self.image.any():
            return self.tr(" (preparing the inspector: tracing the network...)")
        return hint

    # -- tiles ------------------------------------------------------------------------------------

    @Slot(int)
    def _on_tile_clicked(self, channel: int) -> None:
        """Enlarge one channel under the formulas (clicking it again closes it)."""
        if self.zoom_channel == channel:
            self._close_zoom()
            return
        self.zoom_channel = channel
        self.grid.selected = channel
        self.grid.update()
        self._show_zoom()
        self.zoom_row.setVisible(True)
        self.zoom_label.setVisible(True)
        self.zoom_hint.setVisible(False)

    def _show_zoom(self) -> None:
        channel = self.zoom_channel
        self.animate_button.setChecked(False)  # a new drawing or channel: the map as it is
        self.zoom.set_maps(self.grid.maps[..., channel:channel + 1])
        self.output_label.setText(self.tr("Output: {0}, {1} {2}").format(
            self.rows[self.selected_layer].name, shown_word(self.grid.what), channel + 1))
        self.animate_row.setVisible(self.rows[self.selected_layer].kind in CONV_LAYERS + POOL_LAYERS)
        about = self.grid.tooltip_for(channel)
        self.zoom_label.setText(self.tr("{0} (click a cell to explain it; click the tile again to close)").format(
            about[:1].upper() + about[1:]))

    @Slot()
    def _close_zoom(self, *_) -> None:
        self.zoom_channel = None
        self.grid.selected = None
        self.grid.update()
        self.animate_button.setChecked(False)
        self.zoom_row.setVisible(False)
        self.zoom_label.setVisible(False)
        self.zoom_hint.setVisible(True)
        self.animate_row.setVisible(False)
        self.unit_text.setVisible(False)
        self._show_input_panel(False)
        self._explained_at = None
        self._explained = None
        self._unit = None
        self.zoom.set_marks(None, None)
        self._outline(None)

    @Slot(bool)
    def _on_animate_toggled(self, on: bool) -> None:
        if on and self.zoom_channel is not None and self.activations is not None:
            self._animate_cell = 0
            self._on_speed_changed(self.speed_spin.value())
            self._animate_timer.start()
            self.animate_step()
        else:
            self._animate_timer.stop()
            if self.zoom_channel is not None and self.grid.maps is not None:
                self.zoom.set_maps(self.grid.maps[..., self.zoom_channel:self.zoom_channel + 1])

    @Slot(int)
    def _on_speed_changed(self, per_second: int) -> None:
        self._animate_timer.setInterval(max(1, round(1000 / per_second)))

    @Slot()
    def animate_step(self) -> None:
        """Make the next cell of the enlarged map: the maps so far, that cell's arithmetic and window."""
        channel, full = self.zoom_channel, self.grid.maps
        if channel is None or full is None or self.activations is None:
            self.animate_button.setChecked(False)
            return
        h, w = full.shape[:2]
        k = self._animate_cell
        row, col = divmod(k, w)
        partial = np.zeros((h, w, 1), np.float32)
        partial.reshape(-1)[:k + 1] = full[..., channel].reshape(-1)[:k + 1]
        self.zoom.set_maps(partial)
        self._explain(row, col, channel)
        self._animate_cell = k + 1
        if self._animate_cell >= h * w:
            self._animate_timer.stop()
            self.animate_button.blockSignals(True)
            self.animate_button.setChecked(False)
            self.animate_button.blockSignals(False)

    @Slot(int, int, int)
    def _on_zoom_cell(self, _tile: int, row: int, col: int) -> None:
        if self.zoom_channel is not None:
            self._explain(row, col, self.zoom_channel)

    def explain_unit(self, *position: int) -> str:
        """Show how one value of the selected layer was made for the current drawing: a (row, column,
        channel) of a map or a unit index of a 1-D layer. Returns the text shown ("" if none)."""
        return as_text(self._explain(*position))

    @Slot(int)
    def _explain(self, *position: int) -> list[Line]:
        """:meth:`explain_unit` without the text (which, expansions included, runs to hundreds of lines for a
        deep conv: the refresh and the animation do not need it). Returns the lines shown."""
        acts, index = self.activations, self.selected_layer
        if acts is None or self.model is None or self.model.model is None:
            return []
        layer = self.model.model.layers[index]
        kind, name = type(layer).__name__, layer.name
        layer_input = self._layer_input(index)
        unit = None
        try:
            if kind in CONV_LAYERS and len(position) == 3:
                unit = explain_conv(layer.get_config(), layer.get_weights(), layer_input, *position)
                lines = conv_lines(unit, name)
            else:
                if kind in POOL_LAYERS and len(position) == 3:
                    unit = explain_pool(kind, layer.get_config(), layer_input, *position)
                    text = pool_text(unit, name)
                elif kind == "Dense" and len(position) == 1:
                    text = dense_text(explain_dense(layer.get_config(), layer.get_weights(), layer_input, *position),
                                      name)
                else:
                    text = (self.tr("{0} ({1}) does no arithmetic of its own on one value: it passes its input "
                                    "through at inference.") if kind == "Dropout" else
                            self.tr("{0} ({1}) does no arithmetic of its own on one value: it rearranges or "
                                    "rescales it.")).format(name, kind)
                lines = [Line(t) for t in text.splitlines()]
        except (ValueError, IndexError) as exc:
            lines = [Line(self.tr("No explanation for this unit: {0}").format(exc))]
        if position != self._explained_at:
            self._input_channel = None  # a new unit: its largest channel first
        self._explained_at = position
        self._unit = unit
        self._show_lines(lines)
        self._explained = self.field_window(*position[:2]) if len(position) == 3 else None
        self.zoom.set_marks(None, tuple(position[:2]) if len(position) == 3 else None)
        self._show_input_window(self._input_channel)
        self._outline(self._explained)
        return lines

    def _show_input_window(self, channel: int | None) -> None:
        """Show the layer's input (one channel) with the explained unit's window on it."""
        unit, index = self._unit, self.selected_layer
        if unit is None or self.activations is None:
            self._show_input_panel(False)
            return
        window: InputWindow = input_window(unit, channel)
        layer_input = self._layer_input(index)
        self.input_view.set_maps(layer_input[..., window.channel:window.channel + 1])
        self.input_view.set_marks((window.top, window.left, window.height, window.width), window.marked)
        count = layer_input.shape[-1]
        if index == 0:
            source = self.tr("the 28x28 image")
        else:
            source = self.tr("{0}, channel {1} of {2}").format(self.rows[index - 1].name, window.channel + 1, count)
        note = ""
        if isinstance(unit, ConvUnit) and len(unit.channels) > 1:
            note = (self.tr(" (largest partial sum; click a channel's line for another)") if channel is None
                    else self.tr(" (click a channel's line for another)"))
        text = self.tr("Input: {source}; window rows {top}..{bottom}, columns {left}..{right}")
        self.input_label.setText(text.format(
            source=source, top=window.top, bottom=window.bottom, left=window.left, right=window.right) + note)
        self._show_input_panel(True)

    def _layer_input(self, index: int) -> np.ndarray:
        """What layer ``index`` takes for the current drawing: the 28x28 image, or the layer before's output."""
        return self.image.reshape(28, 28, 1) if index == 0 else self.activations.outputs[index - 1]

    def _show_input_panel(self, shown: bool) -> None:
        self.input_label.setVisible(shown)
        self.input_view.setVisible(shown)

    @Slot(object, object)
    def _on_line_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """A channel's line was chosen in the explanation: show that channel's window on the input."""
        channel = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        if channel is not None and self._unit is not None:
            self._input_channel = int(channel)
            self._show_input_window(self._input_channel)

    def _drawing_placement(self) -> Placement | None:
        """Where the 28x28 input lies on the canvas' drawing (worked out once per drawing)."""
        if self._placement is _NOT_YET:
            canvas = self.live.canvas
            if canvas.image is not None:
                self._placement = raster_placement(canvas.image)
            else:
                finished, stroke = canvas.segment_parts()
                self._placement = stroke_placement(finished + stroke)
        return self._placement

    def _outline(self, window: tuple[int, int, int, int] | None) -> None:
        """Outline a receptive field (rows, columns of the 28x28 input) on the input and on the drawing."""
        self.saliency_view.set_outline(window)
        placement = self._drawing_placement() if window is not None and self.isVisible() else None
        self.live.canvas.set_outline(None if placement is None else placement.pixels_to_source(*window))

    def _show_lines(self, lines: list[Line]) -> None:
        """Show the explanation; a line's expansion is made when it is first opened (a deep conv has
        hundreds of channels, each expanding to a dozen lines, and the tree is rebuilt as the drawing changes)."""
        tree = self.unit_text
        tree.blockSignals(True)  # rebuilding the tree chooses no channel
        tree.clear()
        self._folded = []
        items = []
        for line in lines:
            node = QTreeWidgetItem([line.text])
            node.setToolTip(0, line.text)
            if line.channel is not None:
                node.setData(0, Qt.ItemDataRole.UserRole, line.channel)
            if line.children:
                node.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                node.setData(0, FOLDED, len(self._folded))
                self._folded.append(line)
            items.append(node)
        tree.addTopLevelItems(items)
        tree.blockSignals(False)
        tree.setVisible(True)

    @Slot(QTreeWidgetItem)
    def _unfold(self, node: QTreeWidgetItem) -> None:
        """Fill in a line's expansion the first time it is opened."""
        index = node.data(0, FOLDED)
        if index is None or node.childCount():
            return
        for child in self._folded[index].children:
            leaf = QTreeWidgetItem([child.text])
            leaf.setToolTip(0, child.text)
            node.addChild(leaf)

    def unit_lines(self) -> list[str]:
        """The explanation's top-level lines as shown (expansions left out)."""
        return [self.unit_text.topLevelItem(i).text(0) for i in range(self.unit_text.topLevelItemCount())]

    def field_window(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        """The 28x28 input pixels (first row, last row, first column, last column) that unit (row, col) of the
        selected layer sees; None for a layer whose units see the whole image."""
        if not self.fields:
            return None
        field = self.fields[self.selected_layer]
        if field.jump == 0:
            return None
        return (*field.window(row), *field.window(col))

    @Slot(int, int, int)
    def _on_cell_hovered(self, channel: int, row: int, col: int) -> None:
        """Outline the hovered unit's receptive field on the input (the explained unit's when off the maps)."""
        self._outline(self.field_window(row, col) if channel >= 0 else self._explained)
