"""The My samples area: the user's kept drawings per digit, and adapting the model to them."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.locations import save_models_dir
from ...core.model_files import LoadedModel
from ...core.names import stamped
from ...core.path_reading import drawing_reader
from ...core.pen_samples import NOT_A_DIGIT, PenSample, SampleFileError
from ...core.personal_samples import fingerprint
from ...core.strokes import to_mnist
from ..active_model import ActiveModel
from ..colors import MUTED, set_text_color
from ..i18n import percent
from ..literal_text import escaped, literal, plain_label
from ..worker_thread import finish_worker, start_worker
from .adapt_worker import AdaptJob, AdaptOutcome, AdaptWorker
from .gallery import ICON_PX, drawn_pixmap, placeholder_pixmap, seen_pixmap
from .store import SampleStore

SAMPLE_SETS = QT_TRANSLATE_NOOP("SamplesArea", "Sample sets")
ALL_FILES = QT_TRANSLATE_NOOP("SamplesArea", "All files")
CHUNK = 24  # thumbnails (and readings) made per turn of the event loop, so a big set never freezes the window
UNSURE_BELOW = 0.9  # calibrated confidence under which a reading counts as unsure
ENOUGH = 2  # samples per digit below which a digit is suggested anyway


def label_name(label: int) -> str:
    return QCoreApplication.translate("SamplesArea", "not a digit") if label == NOT_A_DIGIT else str(label)


def label_combo(first: str, template: str = "{0}") -> QComboBox:
    """A combo box of ``first`` (data None), then every label 0-9 and "not a digit" (data: the label),
    each shown through ``template`` ("{0}": the label's name)."""
    combo = QComboBox()
    combo.addItem(first, None)
    for label in (*range(10), NOT_A_DIGIT):
        combo.addItem(template.format(label_name(label)), label)
    return combo


def sample_filter() -> str:
    """The file dialogs' filter in the interface's language (the patterns stay)."""
    sets, every = (QCoreApplication.translate("SamplesArea", text) for text in (SAMPLE_SETS, ALL_FILES))
    return f"{sets} (*.json *.json.gz);;{every} (*)"


def _percent(value: float | None) -> str:
    return "-" if value is None else percent(value, 1)


class SamplesArea(QWidget):
    """Gallery of the user's samples with delete, relabel, import/export, and Adapt.

    Receives the :class:`SampleStore` and the :class:`ActiveModel`. Signals:
    ``adaptStarted()``, ``adaptEnded(str)`` with "finished", "stopped" or
    "failed"; ``readingsDone()`` when every sample's thumbnail and reading by
    the active model are made (the suggestion is then up to date).
    """

    adaptStarted = Signal()
    adaptEnded = Signal(str)
    readingsDone = Signal()

    def __init__(self, store: SampleStore, active_model: ActiveModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.active_model = active_model
        self._thumbs: dict[tuple[str, str], QIcon] = {}  # (fingerprint, view) -> icon
        self._reads: dict[str, tuple[int, float]] = {}  # fingerprint -> (reading, confidence) by the active model
        self._read_by: LoadedModel | None = None
        self._todo: list[QListWidgetItem] = []
        self._thread: QThread | None = None
        self._worker: AdaptWorker | None = None
        self.adapted_path: Path | None = None
        self._before_html = ""
        self.last_outcome: AdaptOutcome | None = None

        self.counts_label = plain_label("")
        self.counts_label.setWordWrap(True)
        self.suggestion_label = plain_label("")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setToolTip(self.tr("Digits the active model gets wrong or is unsure about in your "
                                                 "samples, and digits with fewer than {0} samples").format(ENOUGH))

        self.filter_combo = label_combo(self.tr("All samples"), self.tr("Only {0}"))
        self.filter_combo.setToolTip(self.tr("Show the samples of one digit"))
        self.view_combo = QComboBox()
        self.view_combo.addItem(self.tr("As the network sees them (28x28)"), "seen")
        self.view_combo.addItem(self.tr("As drawn"), "drawn")
        self.view_combo.setToolTip(self.tr("Thumbnails as the network gets them, or your strokes as drawn"))
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.view_combo.currentIndexChanged.connect(self.refresh)

        self._placeholder = QIcon(placeholder_pixmap())  # each item's icon until its thumbnail is made
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(ICON_PX, ICON_PX))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setSpacing(4)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.gallery.setToolTip(self.tr("Your kept samples, grouped by digit. Select some to delete or relabel them"))
        self.gallery.itemSelectionChanged.connect(self._selection_changed)

        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcuts([QKeySequence.StandardKey.Delete, QKeySequence("Backspace")])
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip(self.tr("Delete the selected samples (Delete)"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.delete_action.toolTip())
        self.delete_button.clicked.connect(self.delete_selected)
        self.relabel_combo = label_combo(self.tr("Relabel as..."))
        self.relabel_combo.setToolTip(self.tr("Give the selected samples another label"))
        self.relabel_combo.activated.connect(self._relabel_chosen)
        self.import_button = QPushButton(self.tr("Import..."))
        self.import_button.setToolTip(self.tr("Add the samples of a .json or .json.gz file (drawings you have "
                                              "already are left out)"))
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setToolTip(self.tr("Save all your samples as one .json file (the format of adapt "
                                              "--samples)"))
        self.export_button.clicked.connect(self.export_dialog)

        tools = QHBoxLayout()
        tools.addWidget(self.filter_combo)
        tools.addWidget(self.view_combo)
        tools.addStretch(1)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.relabel_combo)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)

        self.adapt_button = QPushButton(self.tr("Adapt the model to my handwriting"))
        self.adapt_button.setToolTip(self.tr("Fine-tune a copy of the active model on your samples (a few seconds "
                                             "to a minute); the model in use stays as it is until you choose the "
                                             "new one"))
        self.adapt_button.clicked.connect(self.start_adapt)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the adaptation; nothing is saved and the model in use stays"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop_adapt)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%p %"))
        self.use_button = QPushButton(self.tr("Use the adapted model"))
        self.use_button.setToolTip(self.tr("Make the adapted model the one the canvas and inspector use"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_adapted)
        self.figures_label = plain_label("")
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        adapt_row = QHBoxLayout()
        adapt_row.addWidget(self.adapt_button)
        adapt_row.addWidget(self.stop_button)
        adapt_row.addWidget(self.progress, 1)
        adapt_row.addWidget(self.use_button)
        adapt_box = QGroupBox(self.tr("Adapt"))
        adapt_layout = QVBoxLayout(adapt_box)
        adapt_layout.addLayout(adapt_row)
        adapt_layout.addWidget(self.figures_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.suggestion_label)
        layout.addLayout(tools)
        layout.addWidget(self.gallery, 1)
        layout.addWidget(adapt_box)

        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._make_some)
        store.changed.connect(self.refresh)
        store.saveFailed.connect(self._save_failed)
        active_model.changed.connect(self._model_changed)
        self._selection_changed()
        self.refresh()

    # -- gallery ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Rebuild the gallery (thumbnails come in over the next turns of the event loop)."""
        wanted = self.filter_combo.currentData()
        samples = self.store.samples.samples
        order = sorted(range(len(samples)), key=lambda i: (samples[i].label == NOT_A_DIGIT, samples[i].label, i))
        self.gallery.clear()
        self._todo = []
        for index in order:
            sample = samples[index]
            if wanted is not None and sample.label != wanted:
                continue
            item = QListWidgetItem(label_name(sample.label) if sample.label != NOT_A_DIGIT else self.tr("not"))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setIcon(self._placeholder)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.gallery.addItem(item)
            self._todo.append(item)
        self._show_counts()
        self._timer.start()

    def _show_counts(self) -> None:
        counts = self.store.samples.counts()
        total = len(self.store)
        if not total:
            self.counts_label.setText(self.tr("No samples yet. In the Draw area, draw a digit and press its key "
                                              "(0-9, or N for not a digit) to keep it here."))
            return
        parts = [f"{label_name(d)}: {counts[d]}" for d in range(10)]
        parts.append(self.tr("not a digit: {0}").format(counts[NOT_A_DIGIT]))
        self.counts_label.setText(self.tr("{0} samples - {1}").format(total, ", ".join(parts)))

    @Slot()
    def _make_some(self) -> None:
        """Make the next few thumbnails and readings; the suggestion when all are made."""
        view = self.view_combo.currentData()
        loaded = self.active_model.current
        if loaded is not self._read_by:
            self._reads.clear()
            self._read_by = loaded
        samples = self.store.samples.samples
        read_drawing = (drawing_reader(loaded.predictor, loaded.calibration, loaded.path_reader)
                        if loaded is not None and loaded.predictor is not None else None)
        for item in self._todo[:CHUNK]:
            index = item.data(Qt.ItemDataRole.UserRole)
            sample = samples[index]
            key = fingerprint(sample)
            image = None
            if (key, view) not in self._thumbs:
                if view == "seen":
                    image = to_mnist(list(sample.strokes))
                    self._thumbs[(key, view)] = QIcon(seen_pixmap(image))
                else:
                    self._thumbs[(key, view)] = QIcon(drawn_pixmap(sample))
            item.setIcon(self._thumbs[(key, view)])
            if read_drawing is not None and key not in self._reads:
                image = to_mnist(list(sample.strokes)) if image is None else image
                read, probs = read_drawing(image, list(sample.strokes))
                self._reads[key] = (read, float(probs.max()))
            item.setToolTip(self._tip(sample, key))
        del self._todo[:CHUNK]
        if not self._todo:
            self._timer.stop()
            self._suggest()
            self.readingsDone.emit()

    def _tip(self, sample: PenSample, key: str) -> str:
        text = self.tr("Kept as {0}").format(label_name(sample.label))
        if key in self._reads:
            read, confidence = self._reads[key]
            text = self.tr("Kept as {0}; {1} reads {2} ({3} sure)").format(
                label_name(sample.label), self._read_by.name, label_name(read), percent(confidence, 0))
        return literal(text)

    def readings(self) -> list[tuple[int, int, float] | None]:
        """(label, reading, confidence) of every sample by the active model; None where not made yet."""
        out = []
        for sample in self.store.samples.samples:
            got = self._reads.get(fingerprint(sample))
            out.append(None if got is None else (sample.label, got[0], got[1]))
        return out

    def suggested_digits(self) -> list[int]:
        """Digits that need more samples, most needed first: misread, then unsure, then too few."""
        counts = self.store.samples.counts()
        wrong = {d: 0 for d in range(10)}
        unsure = {d: 0 for d in range(10)}
        for got in self.readings():
            if got is None or got[0] == NOT_A_DIGIT:
                continue
            label, read, confidence = got
            wrong[label] += read != label
            unsure[label] += read == label and confidence < UNSURE_BELOW
        ranked = sorted(range(10), key=lambda d: (-wrong[d], -unsure[d], counts[d], d))
        return [d for d in ranked if wrong[d] or unsure[d] or counts[d] < ENOUGH]

    def _suggest(self) -> None:
        if self.active_model.current is None:
            self.suggestion_label.setText("")
            return
        counts = self.store.samples.counts()
        reads = [r for r in self.readings() if r is not None and r[0] != NOT_A_DIGIT]
        notes = []
        for d in self.suggested_digits():
            mine = [r for r in reads if r[0] == d]
            wrong = sum(r[1] != d for r in mine)
            unsure = sum(r[1] == d and r[2] < UNSURE_BELOW for r in mine)
            if wrong:
                notes.append(self.tr("{0} (misread {1} of {2})").format(d, wrong, len(mine)))
            elif unsure:
                notes.append(self.tr("{0} (unsure of {1} of {2})").format(d, unsure, len(mine)))
            elif not counts[d]:
                notes.append(self.tr("{0} (none yet)").format(d))
            else:
                notes.append(self.tr("{0} (only {1})").format(d, counts[d]))
        if notes:
            self.suggestion_label.setText(self.tr("Draw more of: {0}").format(
                ", ".join(notes[:6]) + ("..." if len(notes) > 6 else "")))
        else:
            self.suggestion_label.setText(self.tr("{0} reads all your samples surely; more samples of the digits "
                                                  "you write unusually help most.").format(
                self.active_model.current.name))
        set_text_color(self.suggestion_label, None if notes else MUTED)

    @Slot(object)
    def _model_changed(self, _loaded) -> None:
        self._todo = [self.gallery.item(i) for i in range(self.gallery.count())]
        self._timer.start()

    # -- editing ------------------------------------------------------------------------------

    def selected_indices(self) -> list[int]:
        return sorted(item.data(Qt.ItemDataRole.UserRole) for item in self.gallery.selectedItems())

    @Slot()
    def _selection_changed(self) -> None:
        any_selected = bool(self.gallery.selectedItems())
        self.delete_button.setEnabled(any_selected)
        self.delete_action.setEnabled(any_selected)
        self.relabel_combo.setEnabled(any_selected)

    @Slot()
    def delete_selected(self) -> int:
        return self.store.remove(self.selected_indices())

    def relabel_selected(self, label: int) -> int:
        return self.store.relabel(self.selected_indices(), label)

    @Slot(int)
    def _relabel_chosen(self, index: int) -> None:
        label = self.relabel_combo.itemData(index)
        self.relabel_combo.setCurrentIndex(0)
        if label is not None:
            self.relabel_selected(label)

    @Slot()
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import samples"), str(Path.home()), sample_filter())
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        """Merge a sample file into the set; False (with a message, the set untouched) if it cannot be used."""
        try:
            added, duplicates = self.store.import_file(path)
        except SampleFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot import samples"),
                                literal(self.tr("{0}.\n\nYour samples are unchanged.").format(exc)))
            return False
        if duplicates:
            text = self.tr("{0} samples added ({1} you have already were left out).").format(added, duplicates)
        else:
            text = self.tr("{0} samples added.").format(added)
        QMessageBox.information(self, self.tr("Samples imported"), literal(text))
        return True

    @Slot()
    def export_dialog(self) -> None:
        start = str(Path.home() / "my-samples.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export samples"), start, sample_filter())
        if path:
            self.export_file(path)

    def export_file(self, path: str | Path) -> bool:
        """Write the set to ``path``; False (with a message) if it cannot be written."""
        try:
            self.store.export(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export samples"),
                                literal(self.tr("Cannot write {0}: {1}.").format(path, exc.strerror or exc)))
            return False
        return True

    @Slot(str)
    def _save_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot save your samples"),
                            literal(self.tr("{0}.\n\nThey are kept while the app runs; the next change tries "
                                            "again.").format(message)))

    # -- adapt --------------------------------------------------------------------------------

    @property
    def adapting(self) -> bool:
        return self._thread is not None

    def _before_text(self, loaded: LoadedModel) -> str:
        reads = self.readings()
        mnist = _percent(loaded.test_accuracy)
        if not reads or None in reads:  # Adapt pressed before the gallery has read every sample
            return self.tr("<b>Before</b> ({0}): your samples are still being read; MNIST test {1} "
                           "(model card).").format(escaped(loaded.name), mnist)
        right = sum(r[0] == r[1] for r in reads)
        own = self.tr("{0} of {1} ({2})").format(right, len(reads), percent(right / len(reads), 1))
        return self.tr("<b>Before</b> ({0}): your samples read right {1}; MNIST test {2} (model card).").format(
            escaped(loaded.name), own, mnist)

    @Slot()
    def start_adapt(self, out: str | Path | None = None) -> bool:
        """Start adapting a copy of the active model to the samples; False (with a message) if it cannot."""
        loaded = self.active_model.current
        if self.adapting:
            return False
        if loaded is None:
            QMessageBox.information(self, self.tr("No model"), self.tr("Wait for the model to load, or open one "
                                                                       "(Ctrl+O)."))
            return False
        samples = self.store.snapshot()
        usable = [s for s in samples if loaded.calibration.reject_below > 0 or s.label != NOT_A_DIGIT]
        if not usable:
            QMessageBox.information(self, self.tr("No samples to adapt to"), literal(
                self.tr("Keep a few of your digits first: in the Draw area, draw one and press its key (0-9).")
                if not samples else self.tr("{0} never says 'not a digit', and all your samples are labelled "
                                            "so.").format(loaded.name)))
            return False
        if out is None:
            file_name, _ = stamped(f"{loaded.name}-adapted", _dt.datetime.now().strftime("%Y%m%d-%H%M%S"))
            out = save_models_dir() / file_name
        out = Path(out)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot adapt"), literal(
                self.tr("Cannot make the folder {0} for the adapted model: {1}.").format(out.parent,
                                                                                          exc.strerror or exc)))
            return False
        job = AdaptJob(loaded.model.to_json(), loaded.model.get_weights(), loaded.calibration, dict(loaded.card),
                       loaded.name, samples, out, source_path=loaded.path if loaded.path_reader else None,
                       path_reader=loaded.path_reader)
        self._before_html = self._before_text(loaded)
        self.figures_label.setText(self._before_html + "<br>" + self.tr("Adapting on {0} samples...").format(
            len(usable)))
        self.adapted_path = None
        self.use_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self._worker = AdaptWorker(job)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.stopped.connect(self._on_stopped)
        self._worker.failed.connect(self._on_failed)
        self._thread = start_worker(self._worker, self, "adapt")
        self.adapt_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.adaptStarted.emit()
        return True

    @Slot()
    def stop_adapt(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self.stop_button.setEnabled(False)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self, how: str) -> None:
        finish_worker(self._thread)
        self._thread = None
        self._worker = None
        self.adapt_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if how == "finished" else 0)
        self.adaptEnded.emit(how)

    @Slot(object)
    def _on_finished(self, outcome: AdaptOutcome) -> None:
        self.last_outcome = outcome
        self.adapted_path = outcome.path
        f = outcome.figures
        if f["own_scored"]:
            own = self.tr("{0} before, <b>{1} after</b> ({2}-fold cross-validation over {3} samples: each scored "
                          "by a model adapted without it)").format(
                _percent(f["own_before"]), _percent(f["own_after_cross_validated"]), f["cross_validation_folds"],
                f["own_scored"])
        else:
            own = self.tr("not measured (too few samples to hold some out)")
        if f["mnist_test_after"] is not None:
            mnist = self.tr("MNIST test {0} before, {1} after").format(_percent(f["mnist_test_before"]),
                                                                       _percent(f["mnist_test_after"]))
        else:
            mnist = self.tr("MNIST not measured ({0})").format(escaped(outcome.mnist_missing))
        self.figures_label.setText(self._before_html + "<br>" + self.tr(
            "<b>After</b>: your samples read right {0}; {1}; {2} s.<br>Saved as {3}; the model in use is unchanged "
            "until you choose it.").format(own, mnist, f"{f['seconds']:.0f}", escaped(outcome.path.name)))
        self.use_button.setEnabled(True)
        self._end("finished")

    @Slot()
    def _on_stopped(self) -> None:
        current = self.active_model.current
        self.figures_label.setText(
            self.tr("Stopped; nothing was saved and {0} is still in use.").format(escaped(current.name)) if current
            else self.tr("Stopped; nothing was saved."))
        self._end("stopped")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.figures_label.setText(escaped(self.tr("Could not adapt: {0}").format(message)))
        self._end("failed")
        QMessageBox.warning(self, self.tr("Could not adapt"), literal(f"{message}."))

    @Slot()
    def use_adapted(self) -> None:
        if self.adapted_path is not None:
            self.active_model.load(self.adapted_path)

    def shutdown(self) -> None:
        """Stop an adaptation and wait for its thread (the window is closing); nothing is saved."""
        if self._worker is not None:
            self._worker.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None
