"""Views for the inspector: a grid of feature maps, activation bars and the saliency overlay."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..colors import WINDOW
from ..prediction_views import BAR, TOP_BAR, DigitImageView

GAP = 1  # pixels between tiles in the mosaic, before scaling
BACKGROUND = QColor(60, 60, 60)
HIGHLIGHT = QColor(255, 200, 0)
MARK = QColor(255, 60, 60)  # the cell being explained, or the value a max pool took
# What a tile or a bar is (``FeatureMapGrid.what``, the ``axis`` of ``ActivationBars.set_values``), as shown.
WORDS = {
    "channel": QT_TRANSLATE_NOOP("FeatureMapGrid", "channel"),
    "filter": QT_TRANSLATE_NOOP("FeatureMapGrid", "filter"),
    "unit": QT_TRANSLATE_NOOP("FeatureMapGrid", "unit"),
    "digit": QT_TRANSLATE_NOOP("FeatureMapGrid", "digit"),
    "activation": QT_TRANSLATE_NOOP("FeatureMapGrid", "activation"),
}


def shown_word(word: str) -> str:
    """One of :data:`WORDS` in the interface's language (any other word as it is)."""
    return QCoreApplication.translate("FeatureMapGrid", WORDS[word]) if word in WORDS else word


def short_number(value: float) -> str:
    """``value`` to 3 significant digits (``.3g``) with the locale's decimal point: 0.123 / 0,123."""
    return f"{value:.3g}".replace(".", QLocale().decimalPoint())


def _lookup_table(name: str) -> np.ndarray:
    """(256, 3) uint8 colours of one of pyqtgraph's bundled colour maps."""
    return np.asarray(pg.colormap.get(name).getLookupTable(nPts=256, alpha=False), dtype=np.uint8)


class FeatureMapGrid(QWidget):
    """One tile per channel of an (H, W, C) stack, each at its true H x W size, scaled up together.

    The mosaic is built in numpy and painted as one image, so a refresh is
    a single draw call whatever the number of channels. ``shared_scale``
    colours all tiles on one range (compare channels) instead of each on its
    own (see each channel's pattern). Hovering a tile shows its channel and
    value range; clicking emits ``tileClicked(channel)``.
    """

    tileClicked = Signal(int)
    cellClicked = Signal(int, int, int)  # channel, row, column of the map
    cellHovered = Signal(int, int, int)  # the same under the mouse; -1, -1, -1 when off the tiles

    def __init__(self, colormap: str = "viridis", symmetric: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setMinimumSize(120, 120)
        self.lut = _lookup_table(colormap)
        self.symmetric = symmetric  # colour 0 in the middle of the map (filters: signed weights)
        self.maps: np.ndarray | None = None
        self.shared_scale = False
        self.selected: int | None = None
        self.what = "channel"
        self._image: QImage | None = None
        self._cols = 1

    def sizeHint(self) -> QSize:
        return QSize(480, 480)

    # -- data ---------------------------------------------------------------------------------

    @property
    def tile_count(self) -> int:
        return 0 if self.maps is None else self.maps.shape[-1]

    @property
    def tile_shape(self) -> tuple[int, int]:
        return (0, 0) if self.maps is None else self.maps.shape[:2]

    @property
    def columns(self) -> int:
        return self._cols

    def set_maps(self, maps: np.ndarray | None) -> None:
        """Show an (H, W, C) stack (None: nothing)."""
        if maps is not None and maps.ndim != 3:
            raise ValueError(f"expected (H, W, C) maps, got shape {maps.shape}")
        # Non-finite values (a diverged network's) drawn as the ends of the scale, not as garbage.
        self.maps = None if maps is None else np.nan_to_num(np.asarray(maps, dtype=np.float32), posinf=1e30,
                                                               neginf=-1e30)
        if self.selected is not None and self.selected >= self.tile_count:
            self.selected = None
        self._cols = self._best_columns()
        self._render()
        self.update()

    def set_shared_scale(self, shared: bool) -> None:
        self.shared_scale = shared
        self._render()
        self.update()

    def value_range(self, channel: int) -> tuple[float, float]:
        tile = self.maps[..., channel]
        return float(tile.min()), float(tile.max())

    def tooltip_for(self, channel: int) -> str:
        lo, hi = self.value_range(channel)
        h, w = self.tile_shape
        # FeatureMapGrid's context named: a subclass' self.tr() would look in its own.
        text = QCoreApplication.translate("FeatureMapGrid",
                                          "{what} {index} of {count} ({h}x{w}): values {low} to {high}")
        return text.format(what=shown_word(self.what), index=channel + 1, count=self.tile_count, h=h, w=w,
                           low=short_number(lo), high=short_number(hi))

    def _ranges(self) -> tuple[np.ndarray, np.ndarray]:
        maps = self.maps
        if self.shared_scale:
            lo, hi = np.full(maps.shape[-1], maps.min()), np.full(maps.shape[-1], maps.max())
        else:
            lo, hi = maps.min(axis=(0, 1)), maps.max(axis=(0, 1))
        if self.symmetric:
            m = np.maximum(np.abs(lo), np.abs(hi))
            lo, hi = -m, m
        return lo, hi

    def _render(self) -> None:
        if self.maps is None or self.tile_count == 0:
            self._image = None
            return
        maps = self.maps
        h, w, c = maps.shape
        lo, hi = self._ranges()
        span = np.where(hi > lo, hi - lo, 1.0)
        levels = np.clip((maps - lo) / span * 255.0, 0, 255).astype(np.uint8)
        levels[..., hi <= lo] = 128 if self.symmetric else 0
        rgb = self.lut[levels]  # (h, w, c, 3)
        cols = self._cols
        rows = math.ceil(c / cols)
        tiles = np.full((rows * cols, h + GAP, w + GAP, 3), BACKGROUND.red(), np.uint8)
        tiles[:c, :h, :w] = np.moveaxis(rgb, 2, 0)
        mosaic = tiles.reshape(rows, cols, h + GAP, w + GAP, 3).transpose(0, 2, 1, 3, 4)
        mosaic = np.ascontiguousarray(mosaic.reshape(rows * (h + GAP), cols * (w + GAP), 3)[:-GAP, :-GAP])
        height, width = mosaic.shape[:2]
        self._image = QImage(mosaic.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()

    # -- layout -------------------------------------------------------------------------------

    def _best_columns(self) -> int:
        """Columns that make the tiles largest in the current widget size."""
        if self.maps is None or self.tile_count == 0:
            return 1
        h, w = self.tile_shape
        c = self.tile_count
        best, best_scale = 1, 0.0
        for cols in range(1, c + 1):
            rows = math.ceil(c / cols)
            scale = min(self.width() / (cols * (w + GAP)), self.height() / (rows * (h + GAP)))
            if scale > best_scale:
                best, best_scale = cols, scale
        return best

    def _target(self) -> QRectF:
        """Where the mosaic is painted: centred, as large as fits, keeping square pixels."""
        if self._image is None:
            return QRectF()
        iw, ih = self._image.width(), self._image.height()
        scale = min(self.width() / iw, self.height() / ih)
        if scale >= 2:
            scale = math.floor(scale)  # whole pixels stay crisp
        return QRectF((self.width() - iw * scale) / 2, (self.height() - ih * scale) / 2, iw * scale, ih * scale)

    def tile_rect(self, channel: int) -> QRectF:
        """Widget rectangle of one tile."""
        target = self._target()
        scale = target.width() / self._image.width()
        h, w = self.tile_shape
        row, col = divmod(channel, self._cols)
        return QRectF(target.x() + col * (w + GAP) * scale, target.y() + row * (h + GAP) * scale,
                      w * scale, h * scale)

    def tile_at(self, pos: QPointF) -> int | None:
        """The channel under a widget position, None between or outside tiles."""
        if self._image is None:
            return None
        target = self._target()
        if not target.contains(pos):
            return None
        scale = target.width() / self._image.width()
        h, w = self.tile_shape
        x, y = (pos.x() - target.x()) / scale, (pos.y() - target.y()) / scale
        col, row = int(x // (w + GAP)), int(y // (h + GAP))
        if x - col * (w + GAP) >= w or y - row * (h + GAP) >= h:
            return None
        channel = row * self._cols + col
        return channel if channel < self.tile_count else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        cols = self._best_columns()
        if cols != self._cols:
            self._cols = cols
            self._render()
        super().resizeEvent(event)

    # -- events -------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        channel = self.tile_at(event.position())
        if channel is None:
            QToolTip.hideText()
            self.cellHovered.emit(-1, -1, -1)
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(channel), self)
            self.cellHovered.emit(channel, *self.cell_at(channel, event.position()))

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self.cellHovered.emit(-1, -1, -1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        channel = self.tile_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and channel is not None:
            self.tileClicked.emit(channel)
            self.cellClicked.emit(channel, *self.cell_at(channel, event.position()))

    def cell_at(self, channel: int, pos: QPointF) -> tuple[int, int]:
        """The (row, column) of the map under a widget position inside tile ``channel``."""
        rect, (h, w) = self.tile_rect(channel), self.tile_shape
        row = int((pos.y() - rect.y()) / rect.height() * h)
        col = int((pos.x() - rect.x()) / rect.width() * w)
        return min(max(row, 0), h - 1), min(max(col, 0), w - 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._image is None:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(self.rect().adjusted(4, 4, -4, -4),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             QCoreApplication.translate("FeatureMapGrid", "No maps for this layer"))
            return
        painter.drawImage(self._target(), self._image)
        if self.selected is not None:
            painter.setPen(QPen(HIGHLIGHT, 2))
            painter.drawRect(self.tile_rect(self.selected).adjusted(-1, -1, 1, 1))


class WindowedMap(FeatureMapGrid):
    """One map, enlarged, with the window a unit looks at outlined and one cell marked.

    The inspector shows two side by side: the layer's input with the window
    on it (and, for a max pool, the value it took), and the layer's output
    with the cell being explained.
    """

    def __init__(self, colormap: str = "viridis", parent: QWidget | None = None) -> None:
        super().__init__(colormap, parent=parent)
        self.window: tuple[int, int, int, int] | None = None  # top, left, height, width (may pass the edges)
        self.cell: tuple[int, int] | None = None  # row, column

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def set_marks(self, window: tuple[int, int, int, int] | None, cell: tuple[int, int] | None) -> None:
        """Outline ``window`` and mark ``cell`` (either may be None)."""
        if (window, cell) != (self.window, self.cell):
            self.window, self.cell = window, cell
            self.update()

    def cell_rect(self, top: int, left: int, height: int = 1, width: int = 1) -> QRectF:
        """Widget rectangle of rows ``top``.. and columns ``left``.. of the map (outside it too)."""
        rect, (h, w) = self.tile_rect(0), self.tile_shape
        kx, ky = rect.width() / w, rect.height() / h
        return QRectF(rect.x() + left * kx, rect.y() + top * ky, width * kx, height * ky)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._image is None:
            return
        painter = QPainter(self)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.window is not None:
            painter.setPen(QPen(QColor(WINDOW), 2))
            painter.drawRect(self.cell_rect(*self.window))
        if self.cell is not None:
            painter.setPen(QPen(MARK, 2))
            painter.drawRect(self.cell_rect(*self.cell).adjusted(1, 1, -1, -1))


class ActivationBars(pg.PlotWidget):
    """A 1-D layer output (Dense, Flatten, softmax) as bars; the bar item is created once.

    Clicking a bar emits ``barClicked(index)``.
    """

    barClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=None)
        self.setMenuEnabled(False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.setLabel("bottom", shown_word("unit"))
        plot.setLabel("left", shown_word("activation"))
        self.bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=0.8, pen=None, brush=BAR)
        plot.addItem(self.bars)
        self._axes: tuple[int, str] | None = None
        self._fixed: tuple[float, float] | None = None  # the value axis' fixed range, if one was asked for
        self.scene().sigMouseClicked.connect(self._on_click)

    @Slot(object)
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = self.getPlotItem().vb.mapSceneToView(event.scenePos()).x()
        index = int(round(x))
        if 0 <= index < len(self.values()) and abs(x - index) <= 0.45:
            self.barClicked.emit(index)

    def set_values(self, values: np.ndarray, highlight_top: bool = False, axis: str = "unit",
                   y_range: tuple[float, float] | None = None) -> None:
        """Show the values; ``highlight_top`` colours the largest, ``axis`` names the x axis; ``y_range``
        fixes the value axis (else it fits the values: redrawing its ticks costs more than the bars)."""
        values = np.asarray(values, dtype=float).ravel()
        n = len(values)
        brushes = None  # one brush for all: per-bar brushes cost 10 ms for Flatten's 1,152 bars
        if highlight_top and n:
            brushes = [BAR] * n
            brushes[int(values.argmax())] = TOP_BAR
        self.bars.setOpts(x=np.arange(n), height=values, width=0.8, brush=BAR, brushes=brushes)
        if (n, axis) != self._axes:  # axes only change with the layer
            self._axes = (n, axis)
            plot = self.getPlotItem()
            plot.setLabel("bottom", shown_word(axis))
            plot.setXRange(-0.6, n - 0.4, padding=0)
            ticks = [(i, str(i)) for i in range(n)] if n <= 20 else None
            plot.getAxis("bottom").setTicks([ticks] if ticks else None)
        if y_range is None:
            lo, hi = min(0.0, float(values.min(initial=0))), max(float(values.max(initial=0)), 1e-6)
            self.getPlotItem().setYRange(lo, hi, padding=0.05)
        elif y_range != self._fixed:
            self._fixed = y_range
            self.getPlotItem().setYRange(*y_range, padding=0.05)

    def values(self) -> np.ndarray:
        return np.asarray(self.bars.opts["height"], dtype=float)


class SaliencyView(DigitImageView):
    """The 28x28 input with its saliency over it: red ink supported the prediction, blue argued against it."""

    def __init__(self, scale: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(scale, parent)
        self.setToolTip(self.tr("The 28x28 input the network sees. Red: ink that pushed the prediction up; "
                                "blue: ink that pushed it down (SmoothGrad x input)"))
        self.saliency: np.ndarray | None = None
        self.rgb = np.zeros((28, 28, 3), np.uint8)
        self.outline: tuple[int, int, int, int] | None = None  # first row, last row, first col, last col

    def set_outline(self, window: tuple[int, int, int, int] | None) -> None:
        """Outline the input pixels one unit sees (its receptive field), or nothing."""
        if window != self.outline:
            self.outline = window
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.outline is None:
            return
        top, bottom, left, right = self.outline
        s, origin = self.pixel_scale, self.image_rect().topLeft()
        painter = QPainter(self)
        painter.setPen(QPen(QColor(WINDOW), 2))
        painter.drawRect(QRectF(origin.x() + left * s + 1, origin.y() + top * s + 1,
                                (right - left + 1) * s - 2, (bottom - top + 1) * s - 2))
        painter.end()

    def set_input(self, image: np.ndarray, saliency: np.ndarray | None) -> None:
        self.image, self.saliency = image, saliency
        rgb = np.clip(image, 0, 1)[..., None] * np.array([230.0, 230.0, 230.0])
        if saliency is not None:
            rgb *= 0.5
            up, down = np.clip(saliency, 0, 1)[..., None], np.clip(-saliency, 0, 1)[..., None]
            rgb = rgb * (1 - up - down) + up * np.array([255.0, 40.0, 40.0]) + down * np.array([50.0, 110.0, 255.0])
        self.rgb = np.ascontiguousarray(np.clip(rgb, 0, 255).astype(np.uint8))
        self.show_pixels(self.rgb)
