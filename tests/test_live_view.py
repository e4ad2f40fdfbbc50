"""Watch it learn: the Train area's live view of the network, and its replay after training."""

import threading

import numpy as np
import pytest

from desktop.ui.active_model import ActiveModel
from desktop.ui.train.live_view import RIGHT, WRONG
from desktop.ui.train_area import TrainArea


@pytest.fixture
def area(qtbot):
    widget = TrainArea(ActiveModel())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()  # the live view draws only while it is shown
    widget.subset_spin.setValue(600)
    widget.epochs_spin.setValue(2)
    widget.batch_spin.setValue(64)
    yield widget
    widget.shutdown()


def test_snapshots_arrive_while_training_and_replay_after(qtbot, area, mnist):
    view = area.live_view
    assert view.isVisible() and area.watch_check.isChecked()
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.start_button.click()
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
    assert area.moment.isVisible() and area.moment.value() == 0
    assert view.position_label.text().startswith("After 0 batches (epoch 1)")
    view.slider.setValue(view.slider.maximum())
    assert view.shown is snapshots[-1] and area.moment.value() == pytest.approx(2.0)
    np.testing.assert_array_equal(view.kernels.maps, kernels.reshape(3, 3, -1))
    np.testing.assert_allclose(view.probabilities.values(), snapshots[-1].probabilities, atol=1e-6)
    assert view.maps.tile_shape == (26, 26) and view.maps.tile_count == 32


def test_unwatched_runs_take_no_snapshots_and_closing_while_watching_ends_the_thread(qtbot, area):
    area.watch_check.setChecked(False)
    assert not area.live_view.isVisible()
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.start_button.click()
    assert done.args[0].snapshots == [] and area.live_view.snapshots == []
    area.watch_check.setChecked(True)
    area.subset_spin.setValue(3000)
    area.epochs_spin.setValue(50)
    area.start_button.click()
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
    area.subset_spin.setValue(300)
    area.epochs_spin.setValue(1)
    with qtbot.waitSignal(area.trainingFinished, timeout=120_000) as done:
        area.start_button.click()
    assert area.live_view.maps_caption.text() == "Probe, your drawing: feature maps"
    model = done.args[0].result.model
    expected = np.asarray(model(drawing.reshape(1, 28, 28, 1), training=False))[0]
    np.testing.assert_allclose(area.live_view.snapshots[-1].probabilities, expected, atol=1e-5)
