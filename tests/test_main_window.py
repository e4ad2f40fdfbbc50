"""The main window shell: areas, menus, model status, remembered geometry."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.app import create_main_window


def test_window_has_five_areas_and_the_default_model(window, default_model):
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["&Draw", "&Build", "&Train", "&Inspect", "&Compare",
                                                                 "My &samples"]
    assert window.active_model.current.name == "default"
    accuracy = default_model.card["test_accuracy"]
    assert window.model_label.text() == f"Model: default - MNIST test accuracy {accuracy:.2%}"
    assert not window.busy.isVisible()


def test_file_menu_actions_and_shortcuts(window):
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Open model...", "Use the &default model", "Use the &course CNN (seed-cnn, MNIST only)", "Open image...",
        "&Quit"]


def test_the_course_cnn_is_one_click_away_and_back(window, qtbot):
    with qtbot.waitSignal(window.active_model.changed, timeout=60_000):
        window.course_model_action.trigger()
    course = window.active_model.current
    assert course.name == "seed-cnn" and course.model.count_params() == 104_202
    assert course.calibration.reject_below == 0  # trained on MNIST alone: it always names a digit
    assert window.model_label.text().startswith("Model: seed-cnn - MNIST test accuracy 99.59%")
    with qtbot.waitSignal(window.active_model.changed, timeout=60_000):
        window.default_model_action.trigger()
    assert window.active_model.current.name == "default"
    assert window.active_model.current.calibration.reject_below > 0


def test_bad_model_keeps_the_previous_one(window, qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    bad = tmp_path / "broken.keras"
    bad.write_text("not a model")
    with qtbot.waitSignal(window.active_model.loadFailed, timeout=30_000) as failed:
        window.active_model.load(bad)
    assert failed.args == ["broken.keras is not a Keras .keras model file"]
    assert window.active_model.current.name == "default"
    assert window.model_label.text().startswith("Model: default")
    assert warnings == [("Could not open model", "broken.keras is not a Keras .keras model file\n\ndefault stays active.")]


def test_opening_another_model_switches_the_status(window, qtbot, tmp_path, tf):
    from desktop.core.architectures import build_lenet5
    from desktop.core.model_files import save_model

    path = save_model(build_lenet5(), tmp_path / "my-lenet.keras", {"test_accuracy": 0.9876})
    with qtbot.waitSignal(window.active_model.changed, timeout=30_000):
        window.active_model.load(path)
    assert window.model_label.text() == "Model: my-lenet - MNIST test accuracy 98.76%"


def test_window_geometry_is_remembered(qtbot):
    first = create_main_window()
    qtbot.addWidget(first)
    first.show()
    first.resize(703, 517)
    first.move(37, 21)
    expected = (first.width(), first.height(), first.x(), first.y())  # after the layout's minimum size
    first.close()
    assert QSettings().contains("window/geometry")
    second = create_main_window()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == expected[:2]
    assert abs(second.x() - expected[2]) <= 5 and abs(second.y() - expected[3]) <= 5  # frame rounding
    second.close()
