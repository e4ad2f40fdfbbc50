"""Watch it learn: the Train area's live view of the network, and its replay after training."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.ui.active_model import ActiveModel
from desktop.ui.train.live_view import RIGHT, WRONG
from desktop.ui.train import TrainArea


@pytest.fixture
def area(qtbot):
    widget = TrainArea(ActiveModel())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()  # the live view draws only while it is shown
    widget.form.subset_spin.setValue(600)
    widget.form.epochs_spin.setValue(2)
    widget.form.batch_spin.setValue(64)
    yield widget
    widget.shutdown()


def test_snapshots_arrive_while_training_and_replay_after(qtbot, area, mnist):
    view = area.live_view
    assert view.isVisible() and area.form.watch_check.isChecked()
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
        with qtbot.waitSignal(area.worker.snapshotTaken, timeout=60_000) as live:
            pass
    assert live.args[0].step == 0  # the untrained network first
    outcome = done.args[0]
    model = outcome.result.model
    snapshots = view.snapshots
    assert snapshots is not None and len(snapshots) >= 3 and snapshots[0].step == 0
    assert snapshots[-1].step == 2 * 10  # 600 images, none held out: 10 batches of 64 an epoch
    # The strip: 20 fixed test digits; the colours are the last readings against the labels.
    strip = view.strip
    np.testing.assert_array_equal(strip.images, mnist.x_test[1:21])
    readings = np.asarray(model(mnist.x_test[1:21, ..., None] / 255.0, training=False)).argmax(axis=1)
    np.testing.assert_array_equal(strip.guesses, readings)
    assert strip.colours() == [RIGHT if r == t else WRONG for r, t in zip(readings, mnist.y_test[1:21])]
    # The replay: first and last snapshot; the last is the trained network's weights exactly.
    kernels = model.layers[0].get_weights()[0]
    assert view.slider.isEnabled() and view.slider.maximum() == len(snapshots) - 1
    np.testing.assert_array_equal(view.kernels.maps, kernels.reshape(3, 3, -1))
    view.slider.setValue(0)
    assert view.shown is snapshots[0] and not np.array_equal(view.kernels.maps, kernels.reshape(3, 3, -1))
    assert area.curves.moment.isVisible() and area.curves.moment.value() == 0
    assert view.position_label.text().startswith("After 0 batches (epoch 1)")
    view.slider.setValue(view.slider.maximum())
    assert view.shown is snapshots[-1] and area.curves.moment.value() == pytest.approx(2.0)
    np.testing.assert_array_equal(view.kernels.maps, kernels.reshape(3, 3, -1))
    np.testing.assert_allclose(view.probabilities.values(), snapshots[-1].probabilities, atol=1e-6)
    assert view.maps.tile_shape == (26, 26) and view.maps.tile_count == 32


def test_unwatched_runs_take_no_snapshots_and_closing_while_watching_ends_the_thread(qtbot, area):
    area.form.watch_check.setChecked(False)
    assert not area.live_view.isVisible()
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
    assert done.args[0].snapshots == [] and area.live_view.snapshots == []
    area.form.watch_check.setChecked(True)
    area.form.subset_spin.setValue(3000)
    area.form.epochs_spin.setValue(50)
    area.form.start_button.click()
    qtbot.waitUntil(lambda: area.live_view.shown is not None and area.live_view.shown.step > 0, timeout=60_000)
    thread = area.thread
    area.shutdown()
    assert not thread.isRunning() and area.thread is None
    assert not [t for t in threading.enumerate() if t.name == "training"]


def test_the_probe_is_the_drawing_on_the_canvas(qtbot, window):
    from desktop.automation import draw_stroke

    canvas = window.draw_area.canvas
    draw_stroke(canvas, np.array([[30.0, 20.0], [70.0, 20.0], [45.0, 90.0]]) * canvas.square().width() / 100,
                canvas.square().topLeft())  # a 7
    drawing = window.draw_area.live.current_image()
    area = window.train_area
    window.tabs.setCurrentWidget(area)
    area.form.subset_spin.setValue(300)
    area.form.epochs_spin.setValue(1)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
    assert area.live_view.maps_caption.text() == "Your drawing in conv1: 32 maps of 26x26"
    model = done.args[0].result.model
    expected = np.asarray(model(drawing.reshape(1, 28, 28, 1), training=False))[0]
    np.testing.assert_allclose(area.live_view.snapshots[-1].probabilities, expected, atol=1e-5)


def test_a_test_digit_picked_during_training_becomes_the_probe_and_any_layer_is_shown(qtbot, area, mnist):
    view = area.live_view
    area.form.epochs_spin.setValue(3)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.form.start_button.click()
        qtbot.waitUntil(lambda: view.shown is not None and view.shown.step > 0, timeout=60_000)
        # The user clicks the fourth digit of the strip (MNIST test digit 4) while the network trains.
        cell = min(view.strip.width() / 20, view.strip.height() - 20)
        qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=QPoint(int(3.5 * cell), int(cell / 2)))
        assert view.probe_index() == 4 and view.strip.marked == 3
        assert view.probe_combo.currentText() == f"test digit 4 (a {mnist.y_test[4]})"
    model = done.args[0].result.model
    last = view.snapshots[-1]
    assert view.snapshots[0].probe == 0 and last.probe == 4
    expected = np.asarray(model(mnist.x_test[4][None, ..., None] / 255.0, training=False))[0]
    np.testing.assert_allclose(view.probabilities.values(), expected, atol=1e-5)
    assert view.maps_caption.text() == f"Test digit 4 (a {mnist.y_test[4]}) in conv1: 32 maps of 26x26"
    # Another layer's maps, in the replay too: the choice holds while scrubbing.
    assert [view.layer_combo.itemText(i) for i in range(view.layer_combo.count())] == [
        "conv1", "pool1", "conv2", "pool2", "conv3"]
    view.layer_combo.setCurrentText("conv2")
    assert view.maps.tile_shape == (11, 11) and view.maps.tile_count == 64
    np.testing.assert_array_equal(view.maps.maps, last.layer_maps("conv2").astype(np.float32))
    view.slider.setValue(0)
    assert view.layer_combo.currentText() == "conv2" and view.maps.maps.shape == (11, 11, 64)
    np.testing.assert_array_equal(view.maps.maps, view.snapshots[0].layer_maps("conv2").astype(np.float32))
    assert view.maps_caption.text() == "Test digit 0 in conv2: 64 maps of 11x11"  # no canvas: test digit 0


def test_the_weight_change_axis_moves_only_when_the_bars_outgrow_or_shrink_far_below_it():
    from desktop.ui.train.live_view import change_axis_top

    assert change_axis_top(0.0, 0.02) == pytest.approx(0.03)  # the first snapshot with change
    assert change_axis_top(0.03, 0.025) == 0.03 and change_axis_top(0.03, 0.008) == 0.03  # fits: kept
    assert change_axis_top(0.03, 0.04) == pytest.approx(0.06)  # outgrown
    assert change_axis_top(0.03, 0.001) == pytest.approx(0.0015)  # learning slowed: the bars stay readable
