"""The main window: the Draw, Build, Train, Inspect, Compare and My samples areas, menus and status bar."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from ..core.locations import course_model_path, default_model_path, resources_dir, shipped_models_dir
from ..core.model_files import LoadedModel
from .active_model import ActiveModel
from .build.area import BuildArea
from .draw.area import DrawArea
from .i18n import LANGUAGES, current_language, percent, save_language, saved_language
from .compare import CompareArea
from .inspect.area import InspectArea
from .literal_text import literal, plain_label
from .samples.samples_area import SamplesArea
from .samples.store import SampleStore
from .train import TrainArea

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Digit Recognizer")


class MainWindow(QMainWindow):
    """Top-level window; receives the :class:`ActiveModel` it shows and controls.

    Signal ``predictionChanged(int, list)`` carries the shown digit and its 10
    probabilities (-1 and the 10 probabilities for "not a digit", -1 and []
    for an empty canvas).
    """

    predictionChanged = Signal(int, list)
    numberChanged = Signal(str, list)  # number mode: the digits read ("?": not a digit, "": empty) and confidences
    restartRequested = Signal()  # the user chose another language and asked to restart now

    def __init__(self, active_model: ActiveModel, samples: SampleStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active_model = active_model
        self.samples = samples if samples is not None else SampleStore(parent=self)
        self.setWindowTitle(self.tr(APP_TITLE))
        icon = resources_dir() / "icon.svg"
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.draw_area = DrawArea(active_model, self.samples)
        self.draw_area.predictionChanged.connect(self.predictionChanged)
        self.draw_area.numberChanged.connect(self.numberChanged)
        self.train_area = TrainArea(active_model, self.samples, self.draw_area.live)
        self.samples_area = SamplesArea(self.samples, active_model)
        self.inspect_area = InspectArea(active_model, self.draw_area.live)
        self.compare_area = CompareArea(self.draw_area.live)
        self.train_area.trainingFinished.connect(self._offer_trained)
        self.build_area = BuildArea()
        self.build_area.trainRequested.connect(self._train_spec)
        for i, (widget, name, tip) in enumerate(
            [
                (self.draw_area, self.tr("&Draw"), self.tr("Draw a digit and see the prediction live")),
                (self.build_area, self.tr("&Build"),
                 self.tr("Compose your own network with live shapes and parameter counts")),
                (self.train_area, self.tr("&Train"), self.tr("Train a network on MNIST with live curves")),
                (self.inspect_area, self.tr("&Inspect"), self.tr("Layers, shapes, parameter counts and feature maps")),
                (self.compare_area, self.tr("&Compare"),
                 self.tr("Conv versus dense: the same digit to several models, moved, turned, thickened or noisy, "
                         "and accuracy sweeps")),
                (self.samples_area, self.tr("My &samples"),
                 self.tr("Your kept drawings; adapt the model to your handwriting")),
            ]
        ):
            self.tabs.addTab(widget, name)
            self.tabs.setTabToolTip(i, f"{tip} (Alt+{name[name.index('&') + 1].upper()})")
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._lend_canvas)

        self._build_menus()
        self._build_status_bar()
        self.draw_area.statusMessage.connect(self._show_status)
        if self.samples.problem:
            self.statusBar().showMessage(
                self.tr("Your samples file could not be read: {0}").format(self.samples.problem), 20000)
        active_model.loadingStarted.connect(self._on_loading)
        active_model.changed.connect(self._on_model_changed)
        active_model.loadFailed.connect(self._on_load_failed)
        self._restore_geometry()

    # -- construction -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open model..."), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Load a .keras model trained for 28x28 digits"))
        self.open_action.triggered.connect(self.open_model_dialog)
        file_menu.addAction(self.open_action)
        self.default_model_action = QAction(self.tr("Use the &default model"), self)
        self.default_model_action.setStatusTip(self.tr("The shipped model: reads MNIST and pen input, says when a "
                                                       "drawing is not a digit"))
        self.default_model_action.triggered.connect(self.use_default_model)
        self.course_model_action = QAction(self.tr("Use the &course CNN (seed-cnn, MNIST only)"), self)
        self.course_model_action.setStatusTip(self.tr("The course's Conv32-Pool-Conv64-Pool-Conv128-Dense10, trained "
                                                      "on MNIST alone; it never says 'not a digit'"))
        self.course_model_action.triggered.connect(self.use_course_model)
        file_menu.addAction(self.default_model_action)
        file_menu.addAction(self.course_model_action)
        file_menu.addSeparator()
        file_menu.addAction(self.draw_area.open_image_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        area = self.draw_area
        for action in (area.undo_action, area.redo_action, area.clear_action, area.paste_action, area.eraser_action):
            edit_menu.addAction(action)

        self._build_language_menu()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_language_menu(self) -> None:
        """Language / Ngôn ngữ: each language named in its own words; takes effect at the next start."""
        menu = self.menuBar().addMenu(self.tr("&Language"))
        menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        chosen = saved_language() or current_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == chosen)
            action.setStatusTip(self.tr("Show the interface in {0} (from the next start)").format(name))
            action.setToolTip(action.statusTip())
            action.setData(code)
            action.triggered.connect(self._language_chosen)
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def restart_blockers(self) -> list[str]:
        """Why restarting now would lose work (a run, an adaptation, an unsaved trained model); [] if it would not."""
        reasons = []
        if self.train_area.running:
            reasons.append(self.tr("a network is training"))
        elif self.train_area.results.outcome is not None and self.train_area.results.saved_path is None:
            reasons.append(self.tr("the trained model is not saved"))
        if self.samples_area.adapting:
            reasons.append(self.tr("the model is being adapted to your samples"))
        return reasons

    @Slot()
    def _language_chosen(self) -> None:
        code = self.sender().data()
        self.choose_language(code)

    def choose_language(self, code: str, ask: bool = True) -> bool:
        """Remember ``code``; when it is not the language shown, offer to restart now (True if accepted)."""
        save_language(code)
        self.language_actions[code].setChecked(True)
        if code == current_language():
            return False
        name = LANGUAGES[code]
        blockers = self.restart_blockers()
        if blockers:
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The interface will be in {0} from the next start. It cannot restart now: {1}.").format(
                name, "; ".join(blockers)))
            return False
        if not ask:
            self.restartRequested.emit()
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("The interface will be in {0} from the next start. Restart now?").format(name),
                          parent=self)
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        if box.clickedButton() is restart:
            self.restartRequested.emit()
            return True
        return False

    def _build_status_bar(self) -> None:
        self.model_label = plain_label(self.tr("No model"))
        self.model_label.setToolTip(self.tr("The model the canvas and inspector use"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.model_label)

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    @Slot(object)
    def _train_spec(self, spec) -> None:
        """A network from the Build area: select it in the Train area and go there."""
        self.train_area.set_custom_spec(spec)
        self.tabs.setCurrentWidget(self.train_area)

    def set_reading_mode(self, mode: str) -> None:
        """Read the canvas as one digit ("digit") or as a number of several ("number"); remembered."""
        if mode not in ("digit", "number"):
            raise ValueError(f"reading mode must be 'digit' or 'number', not {mode!r}")
        self.draw_area.set_number_mode(mode == "number")

    @Slot(object)
    def _offer_trained(self, outcome) -> None:
        """A run ended: its model (unsaved) can be compared with the others."""
        name = self.tr("trained {0} ({1}, unsaved)").format(self.train_area.results.network_name(),
                                                              time.strftime('%H:%M'))
        self.compare_area.offer_trained(outcome.result.model, self.train_area.results.card(name), name)

    @Slot(int)
    def _lend_canvas(self, _index: int) -> None:
        """One canvas, shown in the Draw area, beside the Inspect area's maps or above the Compare area's sliders."""
        current = self.tabs.currentWidget()
        if current in (self.inspect_area, self.compare_area):
            current.dock_canvas(self.draw_area.canvas)
        else:
            self.draw_area.dock_canvas()
        self.draw_area.set_drawing_keys(current in (self.draw_area, self.inspect_area, self.compare_area))
        self.draw_area.set_keep_keys(current is self.draw_area)

    # -- model state --------------------------------------------------------------------------

    @Slot(str)
    def _on_loading(self, name: str) -> None:
        self.busy.setVisible(True)
        self.model_label.setText(self.tr("Loading {0}...").format(name))
        self.statusBar().showMessage(self.tr("Starting TensorFlow and loading the model..."))

    @Slot(object)
    def _on_model_changed(self, loaded: LoadedModel) -> None:
        self.busy.setVisible(False)
        acc = loaded.test_accuracy
        if acc is not None:
            text = self.tr("Model: {0} - MNIST test accuracy {1}").format(loaded.name, percent(acc, 2))
        else:
            text = self.tr("Model: {0} - test accuracy unknown").format(loaded.name)
        self.model_label.setText(text)
        self.model_label.setToolTip(literal(str(loaded.path)))
        self.statusBar().showMessage(self.tr("Model {0} ready").format(loaded.name), 4000)

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        self.busy.setVisible(False)
        current = self.active_model.current
        self.model_label.setText(self.tr("Model: {0}").format(current.name) if current else self.tr("No model"))
        self.statusBar().showMessage(self.tr("Could not load the model"), 6000)
        QMessageBox.warning(self, self.tr("Could not open model"), literal(message + (
            "\n\n" + self.tr("{0} stays active.").format(current.name) if current else "")))

    @Slot()
    def open_model_dialog(self) -> None:
        start = str(self.active_model.current.path.parent if self.active_model.current else shipped_models_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open model"), start,
                                              self.tr("Keras models (*.keras);;All files (*)"))
        if path:
            self.active_model.load(Path(path))

    @Slot()
    def use_default_model(self) -> None:
        self.active_model.load(default_model_path())

    @Slot()
    def use_course_model(self) -> None:
        self.active_model.load(course_model_path())

    @Slot()
    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {0}").format(self.tr(APP_TITLE)),
            self.tr("<p>Draw digits, train convolutional networks and look inside them.</p>"
                    "<p>Built with TensorFlow/Keras, PySide6 and pyqtgraph. MNIST by LeCun, Cortes and Burges.</p>"),
        )

    # -- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = QSettings().value("window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        self.resize(1000, 700)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.train_area.shutdown()
        self.compare_area.shutdown()
        self.samples_area.shutdown()
        self.samples.shutdown()
        self.active_model.shutdown()
        super().closeEvent(event)
