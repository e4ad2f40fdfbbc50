"""The Compare area: conv versus dense on the same (changed) digit, and accuracy sweeps."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.automation import draw_stroke
from desktop.core.locations import shipped_models_dir
from desktop.core.numpy_net import NumpyNet
from desktop.core.perturb import Perturbation


def _draw_a_seven(window) -> np.ndarray:
    canvas = window.draw_area.canvas
    draw_stroke(canvas, np.array([[30.0, 20.0], [70.0, 20.0], [45.0, 90.0]]) * canvas.square().width() / 100,
                canvas.square().topLeft())
    return window.draw_area.live.current_image()


@pytest.fixture
def compare(qtbot, window):
    drawing = _draw_a_seven(window)
    window.tabs.setCurrentWidget(window.compare_area)
    area = window.compare_area
    area.drawing = drawing
    yield area
    area.shutdown()


def test_the_shipped_dense_and_conv_models_are_compared_by_default(compare):
    names = [slot.name for slot in compare.slots]
    assert names == ["seed-cnn", "mlp", "lenet5", ""]
    for name in ("mlp", "mlp-deep", "lenet5", "seed-cnn"):  # all offline, with their cards
        assert (shipped_models_dir() / f"{name}.keras").is_file()
        assert (shipped_models_dir() / f"{name}.card.json").is_file()
    assert "101,770 parameters" in compare.slots[1].details.text()
    offered = [compare.slots[0].combo.itemText(i) for i in range(compare.slots[0].combo.count())]
    assert not any("path" in text for text in offered)  # the default's path network is part of it, not a model
    assert compare.window().draw_area.canvas.parent() is not compare.window().draw_area  # the canvas is lent here


def test_every_model_receives_the_same_input_and_reads_it_as_alone(compare):
    np.testing.assert_array_equal(compare.input, compare.drawing)  # no change yet: the normalised drawing
    for slot in compare.slots[:3]:
        expected = NumpyNet.from_file(slot.path)(compare.input)
        np.testing.assert_allclose(slot.chart.heights(), expected, atol=1e-6)
        assert slot.reading.text().startswith(f"{int(expected.argmax())}  (")
    assert compare.slots[3].reading.text() == "" and not compare.slots[3].chart.heights().any()


def test_a_shift_slider_moves_the_input_by_exactly_that_many_pixels_and_every_model_rereads(compare):
    compare.perturb.shift_x.setValue(4)
    compare.perturb.shift_y.setValue(-2)
    expected = Perturbation(shift_x=4, shift_y=-2).apply(compare.drawing)
    np.testing.assert_array_equal(compare.input, expected)
    np.testing.assert_array_equal(compare.input_view.image, expected)
    for slot in compare.slots[:3]:
        np.testing.assert_allclose(slot.chart.heights(), NumpyNet.from_file(slot.path)(expected), atol=1e-6)
    compare.perturb.reset()
    np.testing.assert_array_equal(compare.input, compare.drawing)


def test_the_occluding_square_follows_the_mouse(qtbot, compare):
    compare.perturb.occlude.setChecked(True)
    view = compare.input_view
    side = compare.perturb.occluder_size.value()
    assert view.square == (10, 10, side)
    scale = view.pixel_scale
    left = (view.width() - 28 * scale) / 2
    top = (view.height() - 28 * scale) / 2
    grab = QPoint(int(left + 11 * scale), int(top + 11 * scale))  # inside the square, one pixel in
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, QPoint(int(left + 5 * scale), int(top + 3 * scale)))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(int(left + 5 * scale), int(top + 3 * scale)))
    assert view.square == (4, 2, side)
    assert compare.input[2:2 + side, 4:4 + side].sum() == 0


def test_a_file_that_is_not_a_network_is_refused_with_a_reason(compare, tmp_path):
    bad = tmp_path / "notes.keras"
    bad.write_text("not a model")
    slot = compare.slots[3]
    assert not slot.choose(bad)
    assert "cannot be compared" in slot.details.text() and slot.path is None
    assert slot.choose(shipped_models_dir() / "mlp-deep.keras") and slot.name == "mlp-deep"
    assert list(compare.chosen_models()) == ["seed-cnn", "mlp", "lenet5", "mlp-deep"]


def test_the_sweeps_unchanged_point_is_each_models_plain_test_accuracy(qtbot, compare, mnist, tmp_path):
    from desktop.core.evaluation import evaluate
    from desktop.core.model_files import load_model

    compare.slots[2].choose(None)
    sweep = compare.sweep
    sweep.kind_combo.setCurrentText("shift right")
    sweep.count_spin.setValue(500)
    with qtbot.waitSignal(sweep.sweepFinished, timeout=120_000) as done:
        sweep.run_button.click()
        assert sweep.run_button.text() == "Stop"
    result = done.args[0]
    assert list(result.accuracy) == ["seed-cnn", "mlp"] and result.count == 500
    for name, accuracies in result.accuracy.items():
        model = load_model(shipped_models_dir() / f"{name}.keras").model
        plain = evaluate(model, mnist.x_test[:500], mnist.y_test[:500]).accuracy
        assert accuracies[0] == pytest.approx(plain, abs=1e-9)
        assert len(accuracies) == 9
    xs, ys = sweep.curves[1].getData()
    assert list(xs) == list(range(9)) and list(ys) == result.accuracy["mlp"]
    assert sweep.export_csv(tmp_path / "sweep.csv") and sweep.export_png(tmp_path / "sweep.png")
    assert (tmp_path / "sweep.csv").read_text().splitlines()[0] == "shift right (pixels),seed-cnn,mlp"
    assert (tmp_path / "sweep.png").stat().st_size > 1000


def test_a_sweep_can_be_stopped(qtbot, compare):
    sweep = compare.sweep
    sweep.kind_combo.setCurrentText("rotation")
    with qtbot.waitSignal(sweep.sweepFailed, timeout=120_000) as failed:
        sweep.run_button.click()
        qtbot.waitUntil(lambda: sweep.progress.value() >= 1, timeout=60_000)
        sweep.run_button.click()
    assert failed.args == ["stopped"] and sweep.status.text() == "Sweep stopped."
    assert not sweep.running and sweep.run_button.text() == "Run sweep"


def test_a_model_just_trained_can_be_compared_before_it_is_saved(qtbot, compare):
    window = compare.window()
    area = window.train_area
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
    model = done.args[0].result.model
    slot = compare.slots[3]
    index = slot.combo.findData("trained")
    assert index > 0 and slot.combo.itemText(index).startswith("trained seed-cnn (")
    slot.combo.setCurrentIndex(index)
    slot.combo.activated.emit(index)  # as a user picking it
    assert slot.name.startswith("trained seed-cnn (") and slot.path.is_file()
    compare.refresh()
    expected = np.asarray(model(compare.input[None, ..., None], training=False))[0]
    np.testing.assert_allclose(slot.chart.heights(), expected, atol=1e-5)
    assert slot.name in compare.chosen_models()
    # The other columns list the same file, not a second copy.
    assert compare.slots[0].combo.findData(str(slot.path)) > 0 and compare.slots[0].combo.findData("trained") < 0
