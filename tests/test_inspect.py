"""The Inspect area: summary and formulas, feature maps of the drawn digit, filters, saliency."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from desktop.automation import draw_stroke
from desktop.core.model_files import LoadedModel
from desktop.core.summary import explain, layer_rows

RING = np.array([[50 + 40 * np.cos(t), 60 + 55 * np.sin(t)] for t in np.linspace(0, 2 * np.pi, 50)])
SEED_ROWS = [
    ("conv1", "Conv2D", (26, 26, 32), 320),
    ("pool1", "MaxPooling2D", (13, 13, 32), 0),
    ("conv2", "Conv2D", (11, 11, 64), 18_496),
    ("pool2", "MaxPooling2D", (5, 5, 64), 0),
    ("conv3", "Conv2D", (3, 3, 128), 73_856),
    ("flatten", "Flatten", (1152,), 0),
    ("probabilities", "Dense", (10,), 11_530),
]


# -- core ---------------------------------------------------------------------------------------


def _rows(model):
    return [(r.name, r.kind, r.output_shape, r.params) for r in layer_rows(model)]


def test_summary_rows_equal_the_hand_computed_values(tf):
    from desktop.core.architectures import get_architecture

    assert _rows(get_architecture("seed-cnn").build()) == SEED_ROWS
    lenet = _rows(get_architecture("lenet5").build())
    assert [(kind, shape, params) for _, kind, shape, params in lenet] == [
        ("ZeroPadding2D", (32, 32, 1), 0),
        ("Conv2D", (28, 28, 6), (5 * 5 * 1 + 1) * 6),       # 156
        ("AveragePooling2D", (14, 14, 6), 0),
        ("Conv2D", (10, 10, 16), (5 * 5 * 6 + 1) * 16),     # 2,416
        ("AveragePooling2D", (5, 5, 16), 0),
        ("Flatten", (400,), 0),
        ("Dense", (120,), (400 + 1) * 120),                  # 48,120
        ("Dense", (84,), (120 + 1) * 84),                    # 10,164
        ("Dense", (10,), (84 + 1) * 10),                     # 850
    ]


def test_formulas_show_the_right_numbers_where_the_course_table_slipped(tf):
    import keras

    # The course's LeNet-5 table prints 208 for this layer; (5*5*3 + 1)*8 = 608.
    model = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Conv2D(8, 5, strides=1)])
    text = explain(model.layers[0], (32, 32, 3))
    assert "(32 + 2*0 - 5)/1 + 1 = 28" in text
    assert "(5*5*3 + 1)*8 = 608" in text
    assert "would need 19,273,856" in text  # (32*32*3 + 1) * (28*28*8)
    same = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(4, 5, strides=2, padding="same")])
    assert "'same' padding p = 3/2: (28 + 2*3/2 - 5)/2 + 1 = 14" in explain(same.layers[0], (28, 28, 1))
    norm = keras.Sequential([keras.Input((5, 5, 16)), keras.layers.BatchNormalization()])
    assert "4*C = 4*16 = 64" in explain(norm.layers[0], (5, 5, 16))
    assert "2*C = 32 trainable" in explain(norm.layers[0], (5, 5, 16))


@pytest.fixture(scope="module")
def course_model():
    from desktop.core.locations import course_model_path
    from desktop.core.model_files import load_model

    return load_model(course_model_path())


def test_probe_gives_every_layer_and_agrees_with_the_predictor(course_model, default_model, mnist):
    from desktop.core.activations import ActivationProbe
    from desktop.core.predictor import Predictor

    probe = ActivationProbe(course_model.model)
    image = mnist.x_test[0].astype(np.float32) / 255
    acts = probe(image)
    assert [a.shape for a in acts.outputs] == [shape for _, _, shape, _ in SEED_ROWS]
    np.testing.assert_allclose(acts.probabilities, Predictor(course_model.model)(image), atol=1e-5)
    # The default (three networks side by side): their hidden layers as one 3x3 conv, dropout, eleven outputs
    # (ten digits and "not a digit") and the fixed layer that shares the eleventh out over the ten digits.
    # Where numpy runs the network the maps come from it (several times faster): equal to TensorFlow's.
    for model in (course_model.model, default_model.model):
        each = ActivationProbe(model)
        assert each._numpy is not None
        tensors, digit = each._maps(image.reshape(1, 28, 28, 1))
        from_numpy = each(image, saliency=False)
        assert from_numpy.digit == int(digit)
        for numpy_map, tf_map in zip(from_numpy.outputs, tensors, strict=True):
            assert numpy_map.shape == tuple(tf_map.shape) and numpy_map.dtype == np.float32
            np.testing.assert_allclose(numpy_map, tf_map.numpy(), atol=2e-5)
    reader = ActivationProbe(default_model.model)(image)
    assert [a.shape for a in reader.outputs][-5:] == [(1, 1, 384), (384,), (384,), (11,), (10,)]
    eleven = reader.outputs[-2]
    np.testing.assert_allclose(reader.probabilities, eleven[:10] + eleven[10] / 10, atol=1e-6)
    assert reader.digit == int(mnist.y_test[0])
    assert acts.digit == int(mnist.y_test[0]) == int(acts.probabilities.argmax())
    # Saliency: gradient x input, so it lives on the ink only; scaled to [-1, 1]; the same every time.
    assert acts.saliency.shape == (28, 28)
    assert np.abs(acts.saliency).max() == pytest.approx(1.0)
    assert not acts.saliency[image == 0].any()
    assert (acts.saliency > 0.2).sum() >= 5
    np.testing.assert_array_equal(probe(image).saliency, acts.saliency)
    # The maps alone (what a refresh computes first) are the same outputs; the map follows as its own call.
    maps = probe(image, saliency=False)
    assert maps.saliency is None and maps.digit == acts.digit
    for alone, together in zip(maps.outputs, acts.outputs):
        np.testing.assert_array_equal(alone, together)
    np.testing.assert_array_equal(probe.saliency(image, acts.digit), acts.saliency)


def test_filters_of_the_first_conv_layer(default_model, tf):
    import keras

    from desktop.core.activations import first_conv_filters

    name, kernels = first_conv_filters(default_model.model)
    assert name == "conv1" and kernels.shape == (3, 3, 96)  # 32 from each of the three networks
    np.testing.assert_array_equal(kernels[..., 5], default_model.model.layers[0].get_weights()[0][:, :, 0, 5])
    dense_only = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)])
    assert first_conv_filters(dense_only) is None


# -- GUI ----------------------------------------------------------------------------------------


def open_inspect(qtbot, window):
    """The Inspect area with the course CNN (seed-cnn) loaded, as a class would use it."""
    with qtbot.waitSignal(window.active_model.changed, timeout=60_000):
        window.course_model_action.trigger()
    window.tabs.setCurrentWidget(window.inspect_area)
    qtbot.waitUntil(lambda: not window.inspect_area.preparing, timeout=60_000)  # the probe, traced on showing
    return window.inspect_area


def draw_ring(qtbot, window):
    area = window.inspect_area
    canvas = window.draw_area.canvas
    with qtbot.waitSignal(area.refreshed, timeout=5000):
        draw_stroke(canvas, RING * canvas.square().width() / 100, canvas.square().topLeft())
    qtbot.waitUntil(lambda: not area.throttle.pending() and not window.draw_area.live.pending()
                    and not area.saliency_pending(), timeout=5000)
    return area


def test_summary_table_and_totals_for_the_course_cnn(qtbot, window):
    area = open_inspect(qtbot, window)
    table = area.table
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells == [[f"{name} ({kind})", "(None, " + ", ".join(map(str, shape)) + ")", f"{params:,}"]
                     for name, kind, shape, params in SEED_ROWS]
    assert area.totals_label.text().split() == ["Total", "params:", "104,202", "Trainable:", "104,202",
                                                "Non-trainable:", "0"]
    # Receptive fields on the 28x28 input, with the formula and its numbers for the selected layer.
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == [
        "3x3, jump 1", "4x4, jump 2", "8x8, jump 2", "10x10, jump 4", "18x18, jump 4", "whole image", "whole image"]
    area.select_layer("conv2")
    assert "receptive field: r_out = r_in + (k - 1)*j_in = 4 + (3 - 1)*2 = 8" in area.explanation.text()
    assert table.item(2, 3).toolTip() == "r_out = r_in + (k - 1)*j_in = 4 + (3 - 1)*2 = 8; j_out = j_in*s = 2*1 = 2"


def test_selecting_a_layer_shows_its_formulas(qtbot, window):
    area = open_inspect(qtbot, window)
    area.table.selectRow(2)
    assert area.selected_layer == 2
    text = area.explanation.text()
    assert "conv2" in text and "input 13x13x32" in text
    assert "(13 + 2*0 - 3)/1 + 1 = 11" in text
    assert "(F*F*C + 1)*K = (3*3*32 + 1)*64 = 18,496" in text
    area.select_layer("probabilities")
    assert "(N_in + 1)*N_out = (1152 + 1)*10 = 11,530" in area.explanation.text()
    area.select_layer("pool1")
    assert "(26 + 2*0 - 2)/2 + 1 = 13" in area.explanation.text()


def test_the_canvas_moves_to_the_inspect_area_and_back(qtbot, window):
    canvas = window.draw_area.canvas
    open_inspect(qtbot, window)
    assert window.inspect_area.isAncestorOf(canvas) and canvas.isVisible()
    window.tabs.setCurrentWidget(window.draw_area)
    assert window.draw_area.isAncestorOf(canvas) and canvas.isVisible()


def test_the_probe_is_traced_when_the_inspect_area_is_first_shown_not_at_load(qtbot, window):
    with qtbot.waitSignal(window.active_model.changed, timeout=60_000):
        window.course_model_action.trigger()
    loaded = window.active_model.current
    assert loaded.predictor is not None and loaded.probe is None  # the canvas reads; the inspector waits
    draw_stroke(window.draw_area.canvas, RING * window.draw_area.canvas.square().width() / 100,
                window.draw_area.canvas.square().topLeft())
    area = window.inspect_area
    with qtbot.waitSignal(window.active_model.probeReady, timeout=60_000) as ready:
        window.tabs.setCurrentWidget(area)
        assert area.preparing and "preparing the inspector" in area.maps_label.text()
        assert window.active_model._probe_thread.objectName() == "probe-builder"
    assert ready.args[0] is loaded and loaded.probe is not None and not area.preparing
    qtbot.waitUntil(lambda: area.grid.tile_count == 32, timeout=5000)  # the maps follow at once
    assert area.maps_label.text() == "conv1: 32 feature maps of 26x26"
    assert window.active_model._probe_thread is None  # its thread has ended
    assert window.active_model.request_probe() is True  # built once per model


def test_feature_maps_of_a_drawn_digit(qtbot, window):
    area = open_inspect(qtbot, window)
    area.table.selectRow(0)
    assert area.grid.tile_count == 0  # nothing drawn yet
    draw_ring(qtbot, window)
    assert area.grid.tile_count == 32 and area.grid.tile_shape == (26, 26)
    assert area.maps_label.text() == "conv1: 32 feature maps of 26x26"
    assert area.prediction_label.text().startswith("Prediction: 0 (")
    assert window.shown_predictions[-1][0] == 0
    # Each layer's tiles come straight from the probe, at their true size.
    expected = area.model.probe(area.image).outputs
    for index, (name, _, shape, _) in enumerate(SEED_ROWS[:5]):
        area.select_layer(name)
        assert (area.grid.tile_count, area.grid.tile_shape) == (shape[2], shape[:2])
        np.testing.assert_allclose(area.grid.maps, expected[index], atol=1e-6)
    area.select_layer("probabilities")
    assert area.stack.currentWidget() is area.bars
    np.testing.assert_allclose(area.bars.values(), window.shown_predictions[-1][1], atol=1e-5)
    # Saliency drawn over the input: red/blue only where there is ink.
    assert area.saliency_view.saliency is not None
    ink = area.image > 0
    coloured = np.abs(area.saliency_view.rgb[..., 0].astype(int) - area.saliency_view.rgb[..., 2]) > 30
    assert coloured.any() and not (coloured & ~ink).any()
    area.saliency_check.setChecked(False)
    assert area.saliency_view.saliency is None


def test_saliency_follows_the_maps_in_its_own_event_and_only_while_shown(qtbot, window):
    area = open_inspect(qtbot, window)
    area.saliency_check.setChecked(False)
    draw_ring(qtbot, window)
    assert area.grid.tile_count == 32 and area.activations.saliency is None  # hidden: never computed
    assert area.saliency_view.saliency is None
    with qtbot.waitSignal(area.saliencyShown, timeout=5000):
        area.saliency_check.setChecked(True)
    expected = area.model.probe.saliency(area.image, area.activations.digit)
    np.testing.assert_array_equal(area.saliency_view.saliency, expected)
    # A new drawing: its maps at once, the input plain; its saliency once the drawing pauses.
    with qtbot.waitSignal(area.refreshed, timeout=5000):
        area.set_input(np.roll(area.image, 2, axis=1))
    assert area.saliency_pending() and area.saliency_view.saliency is None
    np.testing.assert_array_equal(area.saliency_view.image, area.image)
    with qtbot.waitSignal(area.saliencyShown, timeout=5000):
        pass
    np.testing.assert_array_equal(area.saliency_view.saliency,
                                  area.model.probe.saliency(area.image, area.activations.digit))


def test_tiles_hover_click_and_colour_scale(qtbot, window):
    area = open_inspect(qtbot, window)
    area.select_layer("conv1")
    draw_ring(qtbot, window)
    grid = area.grid
    centre = grid.tile_rect(5).center()
    assert grid.tile_at(centre) == 5
    lo, hi = grid.value_range(5)
    assert grid.tooltip_for(5) == f"channel 6 of 32 (26x26): values {lo:.3g} to {hi:.3g}"
    before = grid._image.copy()
    area.shared_check.setChecked(True)
    assert grid._image != before  # one range for all tiles recolours them
    with qtbot.waitSignal(grid.tileClicked) as clicked:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert clicked.args == [5]
    assert area.zoom.isVisible() and area.zoom.tile_count == 1 and area.zoom.tile_shape == (26, 26)
    np.testing.assert_array_equal(area.zoom.maps[..., 0], grid.maps[..., 5])
    assert area.zoom_label.text().startswith("Channel 6 of 32")
    assert grid.tile_rect(5).center() == centre  # the tiles stay where they were
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre.toPoint())  # the same tile again closes it
    assert not area.zoom.isVisible()
    assert grid.tile_at(QPointF(-5, -5)) is None


def test_clicking_a_cell_or_a_bar_explains_its_value(qtbot, window):
    area = open_inspect(qtbot, window)
    area.select_layer("conv1")
    draw_ring(qtbot, window)
    grid = area.grid
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.tile_rect(5).center().toPoint())
    zoom = area.zoom
    rect = zoom.tile_rect(0)
    # The cell at 3/8 across and 5/8 down of the enlarged 26x26 map.
    point = QPointF(rect.x() + rect.width() * 3 / 8, rect.y() + rect.height() * 5 / 8)
    row, col = zoom.cell_at(0, point)
    assert (row, col) == (int(26 * 5 / 8), int(26 * 3 / 8))
    qtbot.mouseClick(zoom, Qt.MouseButton.LeftButton, pos=point.toPoint())
    text = "\n".join(area.unit_lines())
    assert area.unit_text.isVisible() and text.startswith(f"conv1, filter 6, cell (row {row}, column {col})")
    assert "input patch:" in text and "kernel:" in text and "sum of the 9 products" in text
    value = float(text.splitlines()[-1].rsplit("=", 1)[1])
    assert value == pytest.approx(float(grid.maps[row, col, 5]), abs=1e-4)  # relu(...) = the map's own value
    assert zoom.isVisible()  # the enlarged map stays; clicking its tile on the right closes it
    # Its receptive field is outlined on the 28x28 input: conv1's 3x3 window at (row, col).
    assert area.saliency_view.outline == (row, row + 2, col, col + 2)
    area.select_layer("conv3")  # 18x18 windows, 4 pixels apart: cell (1, 2) sees rows 4-21, columns 8-25
    qtbot.mouseMove(grid, pos=grid.tile_rect(0).center().toPoint())
    r, c = grid.cell_at(0, grid.tile_rect(0).center())
    assert area.saliency_view.outline == (4 * r, 4 * r + 17, 4 * c, 4 * c + 17)
    canvas = window.draw_area.canvas  # and on the drawing itself
    assert canvas.outline is not None and canvas.source_rect(canvas.outline).intersects(canvas.square())
    area.grid.cellHovered.emit(-1, -1, -1)  # the mouse leaves the maps
    assert area.saliency_view.outline is None and canvas.outline is None  # changing layers closed the explanation
    # A deeper conv: one line per input channel's partial sum, largest first, each expanding to its products.
    area.select_layer("conv2")
    text = area.explain_unit(4, 5, 7)
    tree = area.unit_text
    assert tree.topLevelItem(2).text(0).startswith("32 input channels, each a 3x3 patch x kernel summed")
    channels = [tree.topLevelItem(i) for i in range(4, 36)]
    partials = [float(item.text(0).rsplit(":", 1)[1]) for item in channels]
    assert partials == sorted(partials, key=abs, reverse=True)
    first = channels[0]
    tree.expandItem(first)  # its products are made when it is opened
    assert first.childCount() == 13 and [first.child(i).text(0) for i in (0, 4, 8)] == ["input patch:", "kernel:",
                                                                                            "products:"]
    assert first.child(12).text(0) == "sum = " + first.text(0).rsplit(": ", 1)[1]
    total = float(tree.topLevelItem(36).text(0).split("=")[1])
    assert total == pytest.approx(sum(partials), abs=1e-3)
    assert float(text.splitlines()[-1].rsplit("=", 1)[1]) == pytest.approx(float(area.grid.maps[4, 5, 7]), abs=1e-4)
    # A bar of the softmax layer: its logit, the softmax with all ten logits, the probability shown.
    area.select_layer("probabilities")
    digit = area.activations.digit
    text = area.explain_unit(digit)
    assert text.startswith(f"probabilities, unit {digit}: the sum of w*x over its 1,152 inputs")
    assert "softmax over all 10 logits" in text
    assert float(text.splitlines()[-1].rsplit("=", 1)[1]) == pytest.approx(area.bars.values()[digit], abs=1e-4)
    area.select_layer("flatten")
    assert "does no arithmetic" in area.explain_unit(3)


def test_animate_slides_the_window_cell_by_cell_filling_the_map(qtbot, window):
    area = open_inspect(qtbot, window)
    area.select_layer("pool2")  # 5x5 maps: 25 steps
    draw_ring(qtbot, window)
    area._on_tile_clicked(3)
    assert area.animate_row.isVisible()
    full = area.grid.maps[..., 3].copy()
    area.speed_spin.setValue(200)
    area.animate_button.setChecked(True)  # the first cell at once
    assert area.zoom.maps[0, 0, 0] == full[0, 0] and not area.zoom.maps[..., 0].reshape(-1)[1:].any()
    assert "\n".join(area.unit_lines()).startswith("pool2, channel 4, cell (row 0, column 0)")
    assert area.saliency_view.outline == (0, 9, 0, 9)  # its 10x10 receptive field
    assert area.input_view.window == (0, 0, 2, 2) and area.zoom.cell == (0, 0)
    area.animate_step()  # the next cell: the window slides two columns on conv2's map
    assert "\n".join(area.unit_lines()).startswith("pool2, channel 4, cell (row 0, column 1)")
    assert area.input_view.window == (0, 2, 2, 2) and area.zoom.cell == (0, 1)
    np.testing.assert_array_equal(area.zoom.maps[0, :2, 0], full[0, :2])
    qtbot.waitUntil(lambda: not area.animate_button.isChecked(), timeout=10_000)  # it stops at the last cell
    assert "\n".join(area.unit_lines()).startswith("pool2, channel 4, cell (row 4, column 4)")
    np.testing.assert_array_equal(area.zoom.maps[..., 0], full)
    area.select_layer("probabilities")
    assert not area.animate_row.isVisible()


def test_the_window_is_shown_on_the_layers_input_and_on_the_drawing(qtbot, window):
    from desktop.core.strokes import stroke_placement

    area = open_inspect(qtbot, window)
    canvas = window.draw_area.canvas
    area.select_layer("conv1")
    draw_ring(qtbot, window)
    area._on_tile_clicked(5)
    area.explain_unit(9, 4, 5)
    # conv1's input is the 28x28 image: its 3x3 window at rows 9..11, columns 4..6; the output cell marked.
    assert area.input_view.isVisible() and area.input_view.tile_shape == (28, 28)
    np.testing.assert_array_equal(area.input_view.maps[..., 0], area.image)
    assert area.input_view.window == (9, 4, 3, 3) and area.input_view.cell is None
    assert area.zoom.cell == (9, 4)
    assert area.input_label.text() == "Input: the 28x28 image; window rows 9..11, columns 4..6"
    # Traced back to the drawing: the same pixels, in canvas units, outlined on the canvas.
    finished, stroke = canvas.segment_parts()
    placement = stroke_placement(finished + stroke)
    assert canvas.outline == pytest.approx(placement.pixels_to_source(9, 11, 4, 6))
    assert canvas.source_rect(canvas.outline).intersects(canvas.square())
    # A deeper conv: one channel of pool1 at a time, the largest partial sum first; a channel's line moves it.
    area.select_layer("conv2")
    area._on_tile_clicked(7)
    area.explain_unit(4, 5, 7)
    unit_channels = [area.unit_text.topLevelItem(i) for i in range(4, 36)]
    largest = unit_channels[0].data(0, Qt.ItemDataRole.UserRole)
    assert area.input_label.text().startswith(f"Input: pool1, channel {largest + 1} of 32; window rows 4..6, "
                                              "columns 5..7 (largest partial sum")
    np.testing.assert_array_equal(area.input_view.maps[..., 0], area.activations.outputs[1][..., largest])
    other = unit_channels[5].data(0, Qt.ItemDataRole.UserRole)
    area.unit_text.setCurrentItem(unit_channels[5])
    np.testing.assert_array_equal(area.input_view.maps[..., 0], area.activations.outputs[1][..., other])
    assert area.input_view.window == (4, 5, 3, 3)
    assert area.input_label.text().startswith(f"Input: pool1, channel {other + 1} of 32")
    # conv2's 8x8 receptive field (jump 2) on the 28x28 input and on the drawing.
    assert area.saliency_view.outline == (8, 15, 10, 17)
    assert canvas.outline == pytest.approx(placement.pixels_to_source(8, 15, 10, 17))
    # The drawing changes: the explanation follows it (same unit, same chosen channel, the new value).
    with qtbot.waitSignal(area.refreshed, timeout=5000):
        draw_stroke(canvas, np.array([[20.0, 80.0], [80.0, 20.0]]) * canvas.square().width() / 100,
                    canvas.square().topLeft())
    qtbot.waitUntil(lambda: not area.throttle.pending() and not window.draw_area.live.pending(), timeout=5000)
    text = "\n".join(area.unit_lines())
    assert text.startswith("conv2, filter 8, cell (row 4, column 5)")
    assert float(text.splitlines()[-1].rsplit("=", 1)[1]) == pytest.approx(float(area.grid.maps[4, 5, 7]), abs=1e-4)
    assert area.input_label.text().startswith(f"Input: pool1, channel {other + 1} of 32")
    finished, stroke = canvas.segment_parts()
    assert canvas.outline == pytest.approx(stroke_placement(finished + stroke).pixels_to_source(8, 15, 10, 17))
    # Max pooling: the window on conv2's channel and the value it took, marked.
    area.select_layer("pool2")
    area._on_tile_clicked(3)
    area.explain_unit(2, 1, 3)
    conv2_map = area.activations.outputs[2][..., 3]
    r, c = np.unravel_index(int(np.argmax(conv2_map[4:6, 2:4])), (2, 2))
    assert area.input_view.window == (4, 2, 2, 2) and area.input_view.cell == (4 + r, 2 + c)
    # Leaving the Inspect area takes the outline off the canvas; coming back puts it back.
    window.tabs.setCurrentWidget(window.draw_area)
    assert canvas.outline is None
    window.tabs.setCurrentWidget(area)
    assert canvas.outline is not None
    area.select_layer("flatten")  # a new layer closes the explanation
    assert canvas.outline is None and not area.input_view.isVisible()


def test_an_imported_picture_is_outlined_in_its_own_pixels(qtbot, window):
    from desktop.core.preprocess import raster_placement

    area = open_inspect(qtbot, window)
    canvas = window.draw_area.canvas
    ink = np.zeros((120, 200), np.float32)
    ink[20:100, 90:110] = 1.0  # a picture of a 1
    with qtbot.waitSignal(area.refreshed, timeout=5000):
        canvas.set_image(ink)
    area.select_layer("conv3")
    area._on_tile_clicked(0)
    area.explain_unit(1, 1, 0)
    assert area.saliency_view.outline == (4, 21, 4, 21)
    assert canvas.outline == pytest.approx(raster_placement(ink).pixels_to_source(4, 21, 4, 21))
    x0, y0, x1, y1 = canvas.outline
    assert x0 < 100 < x1 and y0 < 60 < y1  # the middle of the picture's bar


def test_switching_models_updates_the_inspector(qtbot, window, tf):
    import keras

    from desktop.core.architectures import get_architecture

    area = open_inspect(qtbot, window)
    draw_ring(qtbot, window)
    lenet = get_architecture("lenet5").build()
    with qtbot.waitSignal(window.active_model.probeReady, timeout=30_000):  # traced, then the maps follow
        window.active_model.set_model(LoadedModel(lenet, Path("lenet5.keras"), {}))
    assert area.table.rowCount() == 9
    assert area.table.item(1, 2).text() == "156"
    assert area.totals_label.text().startswith("Total params: 61,706")
    assert area.filters_label.text() == "Filters of c1: 6 kernels of 5x5"
    assert area.filters.tile_count == 6 and area.filters.tile_shape == (5, 5)
    assert area.maps_label.text() == "c1: 6 feature maps of 28x28"  # the first conv layer, selected
    assert area.grid.tile_count == 6 and area.grid.tile_shape == (28, 28)

    # A model without conv layers: summary and dense activations, no filters.
    dense = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(32, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    with qtbot.waitSignal(window.active_model.probeReady, timeout=30_000):
        window.active_model.set_model(LoadedModel(dense, Path("mlp.keras"), {}))
    assert [area.table.item(r, 2).text() for r in range(3)] == ["0", "25,120", "330"]
    assert area.filters.tile_count == 0 and "no conv layer" in area.filters_label.text()
    assert area.stack.currentWidget() is area.bars and len(area.bars.values()) == 10
    area.select_layer(dense.layers[1].name)
    assert len(area.bars.values()) == 32 and area.maps_label.text().endswith("32 activations")


def test_a_functional_model_with_batch_norm_and_global_pooling(tf):
    import keras

    from desktop.core.activations import ActivationProbe

    image = keras.Input((28, 28, 1))
    x = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.Dropout(0.2)(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    model = keras.Model(image, keras.layers.Dense(10, activation="softmax")(x))
    rows = layer_rows(model)
    assert [(r.kind, r.output_shape, r.params, r.trainable) for r in rows] == [
        ("InputLayer", (28, 28, 1), 0, 0),
        ("Conv2D", (28, 28, 8), 80, 80),
        ("BatchNormalization", (28, 28, 8), 32, 16),
        ("Dropout", (28, 28, 8), 0, 0),
        ("GlobalAveragePooling2D", (8,), 0, 0),
        ("Dense", (10,), 90, 90),
    ]
    assert sum(r.params for r in rows) == model.count_params() == 202
    assert "'same' padding p = 1: (28 + 2*1 - 3)/1 + 1 = 28" in rows[1].formula
    acts = ActivationProbe(model)(np.random.default_rng(0).random((28, 28), dtype=np.float32))
    assert [a.shape for a in acts.outputs] == [r.output_shape for r in rows]
