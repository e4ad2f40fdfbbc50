"""The Train area: a real training run in a worker thread, watched through signals and widgets."""

import gc
import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.smoothing import RunningEma, ema
from desktop.ui.active_model import ActiveModel
from desktop.ui.train import TrainArea


@pytest.fixture
def area(qtbot):
    widget = TrainArea(ActiveModel())
    qtbot.addWidget(widget)
    widget.form.subset_spin.setValue(300)
    widget.form.epochs_spin.setValue(1)
    widget.form.batch_spin.setValue(32)
    widget.form.val_spin.setValue(0.1)  # these tests check the validation curves (the default holds none out)
    widget.form.schedule_combo.setCurrentText("constant")
    yield widget
    widget.shutdown()


def test_start_emits_progress_fills_curves_and_finishes(qtbot, area):
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
        assert area.running and not area.form.start_button.isEnabled() and area.form.stop_button.isEnabled()
        assert gc.get_threshold()[2] == 1_000_000  # no full collections while training
    outcome = done.args[0]
    # 300 images, 30 held out for validation -> 270 -> 9 batches of 32
    assert len(area.series.batch_losses) == 9
    assert [e for e, _ in area.series.epoch_rows] == [0]
    x, y = area.curves.batch_raw.getData()
    assert len(x) == 9 and np.allclose(y, area.series.batch_losses)
    assert len(area.curves.val_loss.getData()[0]) == 1 and len(area.curves.epoch_acc.getData()[0]) == 1
    assert area.progress.value() == area.progress.maximum() == 9
    assert outcome.result.epochs_completed == 1 and outcome.evaluation.count == 10_000
    assert area.results.result_label.text().startswith("Test accuracy ")
    assert not area.running and area.form.start_button.isEnabled() and not area.form.stop_button.isEnabled()
    assert gc.get_threshold()[2] < 1_000_000  # full collections allowed again after training
    # Every redraw reuses the epoch markers' symbol: pyqtgraph's symbol cache does not grow.
    atlases = [item.scatter.fragmentAtlas for item in (area.curves.epoch_loss, area.curves.val_loss, area.curves.epoch_acc, area.curves.val_acc)]
    sizes = [len(atlas) for atlas in atlases]
    for value in (10, 20, 30):
        area.curves.smoothing.setValue(value)  # redraws every curve
    assert [len(atlas) for atlas in atlases] == sizes == [1, 1, 1, 1]


def _plot(area, title: str):
    return next(item for item in area.curves.plots.ci.items if getattr(item, "titleLabel", None)
                and item.titleLabel.text == title)


def test_stop_mid_epoch_keeps_a_usable_model(qtbot, area):
    area.form.subset_spin.setValue(3000)
    area.form.epochs_spin.setValue(50)
    area.form.batch_spin.setValue(16)
    area.form.start_button.click()
    qtbot.waitUntil(lambda: len(area.series.batch_losses) >= 3, timeout=60_000)
    with qtbot.waitSignal(area.trainingFinished, timeout=60_000) as done:
        area.form.stop_button.click()
    result = done.args[0].result
    assert result.stopped == "cancelled"
    assert len(area.series.batch_losses) < 50 * 169
    out = np.asarray(result.model(np.zeros((1, 28, 28, 1), np.float32), training=False))
    assert out.shape == (1, 10)
    assert "stopped by you" in area.progress_label.text()
    # A few batches of the first epoch span 0-0.1 epochs: the axis still reads "epoch", not "epoch (x0.001)".
    assert max(area.series.batch_x) < 0.1
    # The stopped epoch's figures sit where it stopped, not at a whole epoch.
    assert list(area.curves.epoch_loss.getData()[0]) == pytest.approx([area.series.batch_x[-1]])
    for plot in ("Loss", "Accuracy"):
        axis = _plot(area, plot).getAxis("bottom")
        assert axis.autoSIPrefixScale == 1.0 and "(x" not in axis.labelString() and "epoch" in axis.labelString()


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda a: a.form.epochs_spin.setValue(0), "epochs must be a whole number >= 1"),
        (lambda a: a.form.batch_spin.setValue(0), "batch size must be a whole number >= 1"),
        (lambda a: a.form.lr_edit.setText("-0.1"), "learning rate must be a number > 0"),
        (lambda a: a.form.lr_edit.setText("fast"), "learning rate must be a number, e.g. 0.001"),
        (lambda a: (a.form.val_spin.setValue(0), a.form.patience_spin.setValue(2)),
         "early stopping watches the validation loss: set a validation split above 0"),
    ],
)
def test_invalid_settings_keep_start_disabled(area, setup, message):
    assert area.form.start_button.isEnabled()
    setup(area)
    assert not area.form.start_button.isEnabled()
    assert message in area.form.problems_label.text()


def test_nan_loss_stops_with_a_message(qtbot, area, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    area.form.lr_edit.setText("1e12")
    area.form.optimizer_combo.setCurrentText("sgd")
    area.form.epochs_spin.setValue(3)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
    assert done.args[0].result.stopped == "nan"
    assert warnings and "NaN" in warnings[0]


def test_closing_during_training_leaves_no_thread(qtbot, area):
    area.form.subset_spin.setValue(3000)
    area.form.epochs_spin.setValue(50)
    area.form.start_button.click()
    qtbot.waitUntil(lambda: len(area.series.batch_losses) >= 2, timeout=60_000)
    thread = area.thread
    area.shutdown()
    assert not thread.isRunning() and area.thread is None
    assert not [t for t in threading.enumerate() if t.name == "training"]


def test_the_form_starts_at_the_measured_defaults_shared_with_the_cli(qtbot):
    from desktop.cli import build_parser

    widget = TrainArea(ActiveModel())
    qtbot.addWidget(widget)
    config = widget.form.config()
    # 2 epochs, batch 128, Adam 0.003 with cosine decay, no validation split: 99.11-99.20 % on three seeds.
    assert (config.epochs, config.batch_size, config.learning_rate, config.optimizer, config.lr_schedule,
            config.validation_split) == (2, 128, 0.003, "adam", "cosine", 0.0)
    assert widget.form.lr_edit.text() == "0.003" and widget.form.schedule_combo.currentText() == "cosine"
    args = build_parser().parse_args(["train"])
    assert (args.batch_size, args.lr, args.optimizer, args.lr_schedule, args.val_split) == (128, 0.003, "adam",
                                                                                             "cosine", 0.0)
    widget.form.schedule_combo.setCurrentText("constant")
    assert widget.form.config().lr_schedule == "constant"


def test_axes_hold_still_while_training_and_fit_the_curves_after(qtbot, area):
    """During a run the epoch axis spans the whole run and the loss axis starts at 0 (moving axes made every
    repaint regenerate their ticks); afterwards both fit the curves again."""
    area.form.epochs_spin.setValue(2)
    seen = []
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000):
        area.form.start_button.click()
        qtbot.waitUntil(lambda: area.curves.batch_raw.getData()[1] is not None, timeout=60_000)  # curves drawn
        drawn = area.curves.batch_raw.getData()[1]
        seen.append((area.curves.loss_plot.viewRange(), area.curves.loss_plot.getViewBox().autoRangeEnabled(), drawn.max()))
    (x_range, y_range), auto, highest = seen[0]
    assert x_range[0] == pytest.approx(-0.04) and x_range[1] == pytest.approx(2.04)
    assert y_range[0] == 0 and y_range[1] == pytest.approx(1.5 * highest)  # room to spare: it rarely moves
    assert auto == [False, False]
    assert area.curves.loss_plot.getViewBox().autoRangeEnabled() == [True, True]
    assert area.curves.acc_plot.getViewBox().autoRangeEnabled()[0]


def test_smoothing_matches_tensorboard_debiasing():
    assert np.allclose(ema([1.0, 1.0, 1.0], 0.9), [1.0, 1.0, 1.0])
    assert np.allclose(ema([0.0, 10.0], 0.5), [0.0, 10 * 0.5 / 0.75])
    assert np.allclose(ema([3.0, 4.0], 0.0), [3.0, 4.0])


def test_save_and_use_the_trained_model(qtbot, window, tmp_path, monkeypatch):
    import json

    area = window.train_area
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1)
    assert not area.results.save_button.isEnabled() and not area.results.use_button.isEnabled()
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
    model = done.args[0].result.model
    assert area.results.save_button.isEnabled() and area.results.use_button.isEnabled()

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert area.results.save_to(tmp_path / "missing-folder" / "x.keras") is None
    assert "does not exist" in warnings[0] and "still here" in warnings[0]

    path = area.results.save_to(tmp_path / "quick.keras")
    assert path == tmp_path / "quick.keras" and path.is_file()
    card = json.loads((tmp_path / "quick.card.json").read_text())
    # The default settings hold none of the 300 images out for validation.
    assert card["name"] == "quick" and card["train_images"] == 300 and card["test_images"] == 10_000

    with qtbot.waitSignal(window.active_model.changed, timeout=30_000):
        area.results.use_button.click()
    assert window.active_model.current.model is model
    assert window.model_label.text().startswith("Model: quick - MNIST test accuracy ")
    # The inspector follows at once; its probe is traced in the background when it is first shown.
    assert window.inspect_area.model is window.active_model.current
    assert window.active_model.current.predictor is not None and window.active_model.current.probe is None
    window.tabs.setCurrentWidget(window.inspect_area)
    qtbot.waitUntil(lambda: window.active_model.current.probe is not None, timeout=30_000)
    weights = model.layers[0].get_weights()[0]
    np.testing.assert_array_equal(window.inspect_area.filters.maps, weights.mean(axis=2))


def test_confusion_matrix_and_cell_images(qtbot, area):
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
    outcome = done.args[0]
    matrix = area.confusion.matrix
    assert matrix.shape == (10, 10) and matrix.sum() == 10_000
    assert np.trace(matrix) == round(outcome.evaluation.accuracy * 10_000)
    assert matrix.sum(axis=1).tolist() == np.bincount(outcome.test_labels, minlength=10).tolist()
    true, pred = np.unravel_index(np.argmax(matrix - np.diag(np.diag(matrix))), matrix.shape)
    with qtbot.waitSignal(area.confusion.cellClicked) as clicked:
        area.confusion.cellClicked.emit(int(true), int(pred))
    assert clicked.args == [true, pred]
    assert area.cell_strip.caption.text().startswith(f"{matrix[true, pred]} test images of {true} misread as {pred}")
    assert area.cell_strip.count == min(matrix[true, pred], 48)


def test_exports_png_csv_and_tensorboard_log(qtbot, area, tmp_path, monkeypatch):
    import csv

    from PySide6.QtGui import QImage

    area.form.epochs_spin.setValue(2)
    area.form.tensorboard_check.setChecked(True)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
    assert area.results.png_button.isEnabled() and area.results.csv_button.isEnabled()

    assert area.results.export_png(tmp_path / "curves")
    image = QImage(str(tmp_path / "curves.png"))
    assert not image.isNull() and image.width() > 100 and image.height() > 100

    assert area.results.export_csv(tmp_path / "history.csv")
    rows = list(csv.DictReader(open(tmp_path / "history.csv")))
    history = done.args[0].result.history
    assert [int(r["epoch"]) for r in rows] == [0, 1]
    assert [float(r["val_accuracy"]) for r in rows] == pytest.approx(history["val_accuracy"], rel=1e-5)

    tb_dir = done.args[0].result.config.tensorboard_dir
    assert any(__import__("pathlib").Path(tb_dir).rglob("events.out.tfevents.*"))
    assert f"tensorboard --logdir {tb_dir}" in area.results.result_label.text()

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert not area.results.export_csv(tmp_path / "nowhere" / "h.csv")
    assert "does not exist" in warnings[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curves.png", "history.csv"]


def test_running_smoothing_equals_the_whole_series():
    values = list(np.random.default_rng(0).random(50))
    running = RunningEma(0.8)
    running.extend(values[:7])
    assert np.allclose(running.extend(values[7:]), ema(values, 0.8))
