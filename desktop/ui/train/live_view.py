"""Watch it learn: the network as it trains, from snapshots taken on the training thread, and a replay.

Shows one :class:`~desktop.core.snapshots.Snapshot` at a time: the first conv
layer's kernels, each layer's mean weight change since the snapshot before,
a probe digit's feature maps in a chosen layer and its ten probabilities,
and a strip of fixed test digits with the network's reading under each
(green right, red wrong). The probe is the canvas drawing (else MNIST test
digit 0) or a strip digit the user clicks, also while training runs.
While training it shows the newest snapshot (only while it is visible);
afterwards a slider scrubs through the kept ones.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QSizePolicy, QSlider, QVBoxLayout, QWidget

from ...core.snapshots import Snapshot
from ..i18n import integer, number
from ..inspect.views import ActivationBars, FeatureMapGrid
from ..literal_text import plain_label
from ..prediction_views import BAR

RIGHT = QColor(60, 170, 80)
WRONG = QColor(210, 60, 60)


class DigitStrip(QWidget):
    """A row of test digits with the network's reading under each: green when right, red when wrong.

    ``digitClicked(i)`` fires when digit ``i`` is clicked; ``marked`` (or None) is outlined.
    """

    digitClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = np.zeros((0, 28, 28), np.uint8)
        self.labels = np.zeros(0, int)
        self.guesses: np.ndarray | None = None
        self.marked: int | None = None
        self._picture: QImage | None = None
        self.setMinimumHeight(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Fixed MNIST test digits and the network's reading of each now: green right, "
                                "red wrong. Click one to watch it as the probe digit."))

    def set_digits(self, images: np.ndarray, labels: np.ndarray) -> None:
        """The digits to show (uint8 (N, 28, 28)) and their true labels; readings are cleared."""
        self.images = np.asarray(images, dtype=np.uint8)
        self.labels = np.asarray(labels, dtype=int)
        self.guesses = None
        grey = np.ascontiguousarray(np.hstack([np.pad(img, 1) for img in self.images]))
        self._picture = QImage(grey.data, grey.shape[1], grey.shape[0], grey.shape[1],
                               QImage.Format.Format_Grayscale8).copy()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(30 * len(self.images), 64)

    def set_guesses(self, guesses: np.ndarray | None) -> None:
        self.guesses = None if guesses is None else np.asarray(guesses, dtype=int)
        self.update()

    def mark(self, index: int | None) -> None:
        """Outline digit ``index`` (None: none)."""
        self.marked = index
        self.update()

    def _cell(self) -> float:
        return min(self.width() / max(len(self.images), 1), float(self.height() - 20))

    def digit_at(self, x: float) -> int | None:
        """The digit under horizontal position ``x`` (None past the last)."""
        index = int(x // self._cell()) if self._cell() > 0 else -1
        return index if 0 <= index < len(self.images) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.digit_at(event.position().x())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.digitClicked.emit(index)

    def colours(self) -> list[QColor]:
        """The colour of each reading (none before the first snapshot)."""
        if self.guesses is None:
            return []
        return [RIGHT if g == t else WRONG for g, t in zip(self.guesses, self.labels)]

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._picture is None:
            return
        painter = QPainter(self)
        n = len(self.images)
        cell = self._cell()
        painter.drawImage(QRectF(0, 0, cell * n, cell), self._picture)
        if self.marked is not None:
            painter.setPen(QPen(QColor(230, 160, 0), 2))
            painter.drawRect(QRectF(self.marked * cell + 1, 1, cell - 2, cell - 2))
        if self.guesses is None:
            return
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        for i, (guess, colour) in enumerate(zip(self.guesses, self.colours())):
            painter.setPen(colour)
            painter.drawText(QRectF(i * cell, cell, cell, 18), Qt.AlignmentFlag.AlignCenter, str(guess))


class StatusLine(QWidget):
    """One line of text painted by the widget itself: changing it repaints the line only, where a
    QLabel's new text would lay the whole window out again (a few times a second while training)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setFixedHeight(self.fontMetrics().height() + 4)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setToolTip(text)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


def change_axis_top(top: float, largest: float) -> float:
    """The weight-change axis' top for bars up to ``largest``: kept while they fit and fill a quarter
    of it (so it rarely moves: each move redraws its ticks), else the largest with room to grow."""
    if 0 < largest <= top and largest >= top / 4:
        return top
    return max(largest * 1.5, 1e-9)


class LiveNetworkView(QWidget):
    """The network while it learns (see module docs). ``positionChanged(step)`` fires when the replay
    slider shows another snapshot; ``probeChosen(index)`` when the user picks another probe digit
    (0: the drawing or test digit 0, i: strip digit i - 1)."""

    positionChanged = Signal(int)
    probeChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshots: list[Snapshot] = []
        self.shown: Snapshot | None = None
        self._drawn = False  # whether the run's own probe (index 0) is the canvas drawing
        self._latest: Snapshot | None = None  # arrived while hidden: shown when the view is
        self.caption = plain_label(self.tr("Press Start: the network's filters, maps and readings appear here as "
                                           "it learns."))
        self.caption.setWordWrap(True)
        self.kernels = FeatureMapGrid("CET-D1", symmetric=True)
        self.kernels.what = self.tr("filter")
        self.kernels.setMinimumSize(120, 80)
        self.kernels.setToolTip(self.tr("The first conv layer's kernels now: blue negative, red positive weights"))
        self.change = pg.PlotWidget(background=None)
        self.change.setMenuEnabled(False)
        self.change.hideButtons()
        self.change.setMinimumHeight(90)
        self.change.getPlotItem().setLabel("left", self.tr("mean |Δw|"))
        self.change.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.change_bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=0.7, pen=None, brush=BAR)
        self.change.addItem(self.change_bars)
        self.change.setToolTip(self.tr("How much each layer's weights moved since the last update: where "
                                       "learning happens now"))
        self._change_names: tuple[str, ...] = ()
        self.maps = FeatureMapGrid()
        self.maps.setMinimumSize(120, 80)
        self.maps.setToolTip(self.tr("The probe digit's feature maps in the chosen layer"))
        self.probe_combo = QComboBox()
        self.probe_combo.setToolTip(self.tr("The digit whose maps and probabilities are shown: your drawing (draw "
                                            "one to watch it), or one of the test digits below (or click one). "
                                            "Taken from the next snapshot on."))
        self.probe_combo.addItem("")
        for i in range(20):
            self.probe_combo.addItem(self.tr("test digit {0}").format(i + 1))
        self.probe_combo.currentIndexChanged.connect(self._on_probe)
        self.layer_combo = QComboBox()
        self.layer_combo.setToolTip(self.tr("The layer whose feature maps are shown (every snapshot keeps them all)"))
        self.layer_combo.setEnabled(False)
        self.layer_combo.currentTextChanged.connect(self._on_layer)
        for combo in (self.probe_combo, self.layer_combo):  # long entries must not widen the whole window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.probabilities = ActivationBars()
        self.probabilities.setMinimumHeight(90)
        self.probabilities.getPlotItem().setLabel("left", self.tr("probability"))
        self.probabilities.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.probabilities.setToolTip(self.tr("The probe digit's ten probabilities"))
        self.strip = DigitStrip()
        self.strip.digitClicked.connect(self._on_strip_click)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setEnabled(False)
        self.slider.setToolTip(self.tr("After training: scrub back through the snapshots (the curves mark the "
                                       "moment)"))
        self.slider.valueChanged.connect(self._on_slider)
        self.position_label = StatusLine()
        self._change_top = 0.0
        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("First-layer filters")), 0, 0)
        grid.addWidget(plain_label(self.tr("Weight change per layer")), 0, 1)
        grid.addWidget(self.kernels, 1, 0)
        grid.addWidget(self.change, 1, 1)
        self.maps_caption = plain_label("")
        self.maps_caption.setWordWrap(True)
        self.probabilities_caption = plain_label(self.tr("Its probabilities"))
        choices = QHBoxLayout()
        choices.addWidget(plain_label(self.tr("Probe")))
        choices.addWidget(self.probe_combo, 1)
        choices.addWidget(plain_label(self.tr("maps of")))
        choices.addWidget(self.layer_combo, 1)
        grid.addLayout(choices, 2, 0, 1, 2)
        grid.addWidget(self.maps_caption, 3, 0)
        grid.addWidget(self.probabilities_caption, 3, 1)
        grid.addWidget(self.maps, 4, 0)
        grid.addWidget(self.probabilities, 4, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(grid, 1)
        layout.addWidget(plain_label(self.tr("20 test digits, as read now")))
        layout.addWidget(self.strip)
        layout.addWidget(self.slider)
        layout.addWidget(self.position_label)
        self.set_drawn(False)

    # -- during training --------------------------------------------------------------------

    @Slot(object, object)
    def set_strip(self, images: np.ndarray, labels: np.ndarray) -> None:
        """The run's fixed test digits (uint8 images) and their labels."""
        self.strip.set_digits(images, labels)
        self._mark_probe()

    def set_drawn(self, drawn: bool) -> None:
        """Whether the next run's first probe choice is the canvas drawing (else MNIST test digit 0)."""
        self._drawn = drawn
        # Short, so that it fits beside the layer list; the tooltip says a drawing would be watched instead.
        self.probe_combo.setItemText(0, self.tr("your drawing") if drawn else self.tr("test digit {0}").format(0))

    def probe_name(self, index: int) -> str:
        """What probe ``index`` is, as a caption starts: "Your drawing", "Test digit 4 (a 4)"."""
        if index == 0:
            return self.tr("Your drawing") if self._drawn else self.tr("Test digit {0}").format(0)
        if index <= len(self.strip.labels):
            return self.tr("Test digit {0} (a {1})").format(index, self.strip.labels[index - 1])
        return self.tr("Test digit {0}").format(index)

    def probe_index(self) -> int:
        """The probe chosen: 0 the drawing (or test digit 0), i strip digit i - 1."""
        return self.probe_combo.currentIndex()

    @Slot(int)
    def _on_strip_click(self, index: int) -> None:
        self.probe_combo.setCurrentIndex(index + 1)

    @Slot(int)
    def _on_probe(self, index: int) -> None:
        self._mark_probe()
        self.probeChosen.emit(index)
        if self.snapshots and self.shown is not None and self.shown.probe != index:
            self._set_caption(self.tr("The replay shows the probe watched during the run; this one is watched "
                                      "in the next run."))

    def _mark_probe(self) -> None:
        index = self.probe_combo.currentIndex()
        self.strip.mark(index - 1 if index > 0 else None)
        for i in range(min(len(self.strip.labels), 20)):
            self.probe_combo.setItemText(i + 1, self.probe_name(i + 1).lower())

    @Slot(str)
    def _on_layer(self, name: str) -> None:
        if name and self.shown is not None:
            self._show_maps(self.shown)

    def start(self) -> None:
        """A run begins: forget the last one's snapshots."""
        self.snapshots = []
        self._latest = None
        self._change_top = 0.0
        self.slider.setEnabled(False)
        self.caption.setText(self.tr("Training: the newest snapshot of the network, a few times a second."))

    @Slot(object)
    def add_live(self, snapshot: Snapshot) -> None:
        """The newest snapshot from the training thread: shown now if the view is visible, else later."""
        if self.isVisible():
            self.show_snapshot(snapshot)
            self._latest = None
        else:
            self._latest = snapshot

    def finish(self, snapshots: list[Snapshot]) -> None:
        """The run ended: the kept snapshots to scrub through; the last (the trained network) shown."""
        self.snapshots = list(snapshots)
        self._latest = None
        if not self.snapshots:
            return
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.snapshots) - 1)
        self.slider.setValue(len(self.snapshots) - 1)
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(self.snapshots) > 1)
        self.caption.setText(self.tr("Replay: {0} snapshots kept; drag the slider to go back in time.")
                             .format(integer(len(self.snapshots))))
        self.show_snapshot(self.snapshots[-1])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._latest is not None:
            self.show_snapshot(self._latest)
            self._latest = None

    # -- showing ----------------------------------------------------------------------------

    @Slot(int)
    def _on_slider(self, index: int) -> None:
        if 0 <= index < len(self.snapshots):
            self.show_snapshot(self.snapshots[index])
            self.positionChanged.emit(self.snapshots[index].step)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.shown = snapshot
        if snapshot.kernels is not None:
            k = snapshot.kernels
            self.kernels.set_maps(k.reshape(k.shape[0], k.shape[1], -1))
        self._show_maps(snapshot)
        self.probabilities.set_values(snapshot.probabilities, highlight_top=True, axis="digit", y_range=(0.0, 1.0))
        names = tuple(name for name, _ in snapshot.change)
        values = np.array([v for _, v in snapshot.change], dtype=float)
        self.change_bars.setOpts(x=np.arange(len(values)), height=values, width=0.7)
        top = change_axis_top(self._change_top, float(values.max(initial=0.0)))
        if top != self._change_top:
            self._change_top = top
            self.change.setYRange(0, top, padding=0)
        if names != self._change_names:
            self._change_names = names
            # Long names would hide each other under narrow bars: shortened here, whole in the tooltip.
            short = [(i, n if len(n) <= 8 else n[:6] + "…") for i, n in enumerate(names)]
            self.change.getPlotItem().getAxis("bottom").setTicks([short])
            self.change.setXRange(-0.6, len(names) - 0.4, padding=0)
            self.change.setToolTip(self.tr("How much each layer's weights moved since the last update (where "
                                           "learning happens now): {0}").format(", ".join(names)))
        self.strip.set_guesses(snapshot.guesses)
        right = int((snapshot.guesses == self.strip.labels).sum())
        if snapshot.loss is None:
            said = self.tr("After {0} batches (epoch {1}): {3} of {4} test digits read right")
        else:
            said = self.tr("After {0} batches (epoch {1}, batch loss {2}): {3} of {4} test digits read right")
        self.position_label.setText(said.format(integer(snapshot.step), snapshot.epoch + 1,
                                                "" if snapshot.loss is None else number(snapshot.loss, 3, group=False),
                                                right, len(self.strip.labels)))

    def _set_caption(self, text: str) -> None:
        if text != self.maps_caption.text():  # a label's new text lays the window out again
            self.maps_caption.setText(text)

    def _show_maps(self, snapshot: Snapshot) -> None:
        """The probe's maps in the chosen layer (the layer list follows the snapshot's network)."""
        names = [name for name, _ in snapshot.maps]
        if names != [self.layer_combo.itemText(i) for i in range(self.layer_combo.count())]:
            chosen = self.layer_combo.currentText()
            self.layer_combo.blockSignals(True)
            self.layer_combo.clear()
            self.layer_combo.addItems(names)
            self.layer_combo.setCurrentIndex(max(names.index(chosen) if chosen in names else 0, 0))
            self.layer_combo.blockSignals(False)
            self.layer_combo.setEnabled(bool(names))
        layer = self.layer_combo.currentText()
        maps = snapshot.layer_maps(layer) if layer else None
        self.maps.set_maps(maps)
        self._set_caption(self.tr("{0} in {1}: {2} maps of {3}x{4}").format(
            self.probe_name(snapshot.probe), layer, maps.shape[-1], maps.shape[0], maps.shape[1])
            if maps is not None else self.tr("This network has no layer with feature maps"))
