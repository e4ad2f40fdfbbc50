"""The Draw area as a user works it: mouse strokes, tools, live prediction, images."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from desktop.automation import draw_stroke, is_held_out, load_unipen, place_strokes
from desktop.core.strokes import Stroke
from desktop.ui.draw.canvas import DrawingCanvas
from desktop.ui.prediction_views import BAR, TOP_BAR

ZIGZAG = np.array([[0, 0], [60, 0], [10, 80], [70, 80]], float)  # a 'Z', read as 2 or 7


def canvas_of(window):
    canvas = window.findChild(DrawingCanvas, "canvas")
    assert canvas is window.draw_area.canvas
    return canvas


def clear(qtbot, window):
    """Clear the canvas and wait until the window shows the empty state."""
    if window.draw_area.digit_label.text() == "–" and canvas_of(window).is_empty():
        return
    with qtbot.waitSignal(window.predictionChanged, timeout=5000) as sig:
        canvas_of(window).clear()
    assert sig.args == [-1, []]


def settled(qtbot, window):
    """The prediction shown once every change has been processed (throttled updates included)."""
    qtbot.waitUntil(lambda: not window.draw_area.live.pending(), timeout=5000)
    return window.shown_predictions[-1]


def draw(qtbot, window, strokes):
    canvas = canvas_of(window)
    sq = canvas.square()
    for stroke in strokes:
        draw_stroke(canvas, stroke, sq.topLeft())
    return settled(qtbot, window)


def test_qtbot_mouse_press_move_release_draws_a_stroke(qtbot, window):
    canvas = canvas_of(window)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(150, 100))
    for x, y in [(200, 120), (250, 200), (260, 300), (250, 400)]:
        qtbot.mouseMove(canvas, QPoint(x, y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(250, 400))
    assert len(canvas.drawing.strokes) == 1
    assert len(canvas.drawing.strokes[0].points) == 5
    digit, probs = settled(qtbot, window)
    assert 0 <= digit <= 9 and len(probs) == 10 and abs(sum(probs) - 1) < 1e-4
    assert window.draw_area.digit_label.text() == str(digit)
    assert window.draw_area.seen.image.any()
    assert np.allclose(window.draw_area.chart.heights(), probs)


def test_undo_redo_clear_and_the_empty_canvas_emits_minus_one(qtbot, window):
    canvas = canvas_of(window)
    area = window.draw_area
    draw(qtbot, window, [ZIGZAG * 3 + 50, np.array([[100, 150], [250, 150]])])
    assert len(canvas.drawing.strokes) == 2
    area.undo_action.trigger()
    assert len(canvas.drawing.strokes) == 1
    area.redo_action.trigger()
    assert len(canvas.drawing.strokes) == 2
    with qtbot.waitSignal(window.predictionChanged, timeout=5000) as sig:
        area.clear_action.trigger()
    assert sig.args == [-1, []]
    assert canvas.is_empty() and area.digit_label.text() == "–"
    assert not area.seen.image.any() and not area.chart.heights().any()


def test_keyboard_shortcuts(qtbot, window):
    area = window.draw_area
    assert area.undo_action.shortcut().toString() == "Ctrl+Z"
    assert [s.toString() for s in area.redo_action.shortcuts()][:1] == ["Ctrl+Shift+Z"]
    assert area.clear_action.shortcut().toString() == "Del"
    assert area.eraser_action.shortcut().toString() == "E"


def test_size_and_position_do_not_change_what_the_model_sees(qtbot, window):
    images, digits = [], []
    for scale, offset in [(1.0, (20, 20)), (3.5, (150, 60)), (6.0, (40, 20))]:
        clear(qtbot, window)
        digit, _ = draw(qtbot, window, [ZIGZAG * scale + offset])
        images.append(window.draw_area.seen.image.copy())
        digits.append(digit)
    assert digits[0] == digits[1] == digits[2]
    assert np.abs(images[0] - images[1]).max() < 0.02
    assert np.abs(images[0] - images[2]).max() < 0.02


def test_brush_width_does_not_change_what_the_model_sees(qtbot, window):
    images = []
    for width in (4, 40):
        clear(qtbot, window)
        window.draw_area.brush_spin.setValue(width)
        draw(qtbot, window, [ZIGZAG * 4 + 30])
        images.append(window.draw_area.seen.image.copy())
    assert np.abs(images[0] - images[1]).max() < 0.02


def test_real_stylus_digits_replayed_through_the_gui(qtbot, window):
    samples = [s for s in load_unipen() if is_held_out(s["writer"])]
    picked = [next(s for s in samples if s["label"] == d) for d in range(10)]
    rng = np.random.default_rng(3)
    side = canvas_of(window).square().width()
    got = []
    for sample in picked:
        clear(qtbot, window)
        digit, _ = draw(qtbot, window, place_strokes(sample["strokes"], side, rng))
        got.append(digit)
    assert got == list(range(10))


def test_eraser_removes_ink(qtbot, window):
    canvas = canvas_of(window)
    draw(qtbot, window, [np.array([[50, 200], [400, 200]], float)])
    window.draw_area.eraser_action.trigger()
    assert canvas.eraser
    draw(qtbot, window, [np.array([[225, 100], [225, 300]], float)])
    assert len(canvas.ink()) == 2  # the line is cut in two
    canvas.undo()
    assert len(canvas.ink()) == 1


def test_a_finished_stroke_is_painted_onto_the_picture_not_everything_again(qtbot, monkeypatch):
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(420, 420)
    canvas.show()
    rng = np.random.default_rng(0)
    for start in rng.uniform(200, 800, (300, 2)):
        canvas.drawing.add(Stroke.of([start, start + rng.uniform(-30, 30, 2)], 40))
    canvas.grab()  # the finished strokes' picture is made once
    painted = []
    paint = DrawingCanvas._paint_paths

    def counting(self, painter, ink, *color):
        painted.append(len(ink))
        paint(self, painter, ink, *color)

    monkeypatch.setattr(DrawingCanvas, "_paint_paths", counting)
    draw_stroke(canvas, np.array([[50, 50], [120, 90], [200, 60]], float))
    shown = canvas.grab().toImage()
    assert sum(painted) == 1
    canvas.undo()
    canvas.redo()  # paints every stroke again
    again = canvas.grab().toImage()
    assert sum(painted) > 300 and again == shown


def _digit_picture(mnist, index, dark_on_light):
    digit = mnist.x_test[index]
    big = np.ascontiguousarray(np.kron(255 - digit if dark_on_light else digit, np.ones((5, 5), np.uint8)))
    return QImage(big.data, 140, 140, 140, QImage.Format.Format_Grayscale8).copy()


@pytest.mark.parametrize("dark_on_light", [True, False])
def test_opened_picture_is_normalised_and_predicted(qtbot, window, mnist, dark_on_light):
    label = int(mnist.y_test[1])
    assert window.draw_area.load_image(_digit_picture(mnist, 1, dark_on_light), "digit.png")
    assert settled(qtbot, window)[0] == label
    assert canvas_of(window).image is not None


def test_blank_or_broken_picture_is_refused_with_a_message(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    white = QImage(50, 50, QImage.Format.Format_Grayscale8)
    white.fill(255)
    assert not window.draw_area.load_image(white, "white.png")
    assert not window.draw_area.load_image(QImage(), "notes.txt")
    assert shown == ["white.png looks blank: no digit found.",
                     "notes.txt is not a picture this app can read (PNG, JPEG, GIF, BMP, TIFF, WebP, PPM)."]


def test_drawing_after_an_image_starts_a_fresh_page(qtbot, window, mnist):
    window.draw_area.load_image(_digit_picture(mnist, 0, True), "digit.png")
    draw(qtbot, window, [np.array([[100, 100], [110, 300]], float)])
    assert canvas_of(window).image is None
    assert window.draw_area.digit_label.text() == "1"


def test_paste_and_drop_a_picture(qtbot, window, mnist):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setImage(_digit_picture(mnist, 2, True))
    window.draw_area.paste_action.trigger()
    assert settled(qtbot, window)[0] == int(mnist.y_test[2])

    mime = QMimeData()
    mime.setImageData(_digit_picture(mnist, 4, False))
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.draw_area.dropEvent(drop)
    assert settled(qtbot, window)[0] == int(mnist.y_test[4])


def test_a_second_picture_replaces_the_first(qtbot, window, mnist):
    labels = [int(mnist.y_test[i]) for i in (0, 1)]
    assert labels[0] != labels[1]
    for index, label in zip((0, 1), labels):
        window.draw_area.load_image(_digit_picture(mnist, index, True), "digit.png")
        assert settled(qtbot, window)[0] == label


def test_live_updates_may_take_two_thirds_of_the_gui_thread(qtbot, window):
    """After an update of 30 ms the next one waits 15 ms (a 2/3 share), not 30 ms; requests meanwhile merge."""
    import time

    throttle = window.draw_area.live.throttle
    calls = []
    throttle._update = lambda: calls.append(time.perf_counter())
    throttle.last_duration_ms = 30.0
    throttle._last_end = time.perf_counter() - 0.005  # 5 ms ago: 10 ms still to wait
    throttle.request()
    throttle.request()
    assert calls == [] and throttle.pending()
    throttle.cancel()
    throttle.last_duration_ms = 30.0
    throttle._last_end = time.perf_counter() - 0.016  # 16 ms ago: more than the 15 ms rest
    throttle.request()
    assert len(calls) == 1 and not throttle.pending()


def test_a_scribble_is_not_a_digit_and_a_digit_still_is(qtbot, window):
    """The shipped model's card says when a drawing is not a digit; the Draw area says so, neutrally."""
    area = window.draw_area
    assert window.active_model.current.calibration.reject_below > 0
    t = np.arange(12)
    scribble = np.stack([np.where(t % 2, 380, 60), 60 + t * 25], axis=1).astype(float)  # back and forth
    digit, probs = draw(qtbot, window, [scribble])
    assert digit == -1 and len(probs) == 10 and abs(sum(probs) - 1) < 1e-4
    assert area.digit_label.text() == "?" and area.confidence_label.text() == "Not a digit"
    assert area.runner_up_label.text().startswith("closest: ")
    assert np.allclose(area.chart.heights(), probs)
    clear(qtbot, window)
    digit, probs = draw(qtbot, window, [np.array([[50, 200], [400, 215]], float)])  # a dash
    assert digit == -1 and len(probs) == 10

    clear(qtbot, window)
    sample = next(s for s in load_unipen() if is_held_out(s["writer"]) and s["label"] == 3)
    digit, probs = draw(qtbot, window, place_strokes(sample["strokes"], canvas_of(window).square().width(),
                                                     np.random.default_rng(0)))
    assert digit == 3 and area.digit_label.text() == "3" and area.confidence_label.text().endswith("% sure")


def test_the_closest_digit_named_is_the_bar_highlighted_when_all_are_equal(window):
    """An even spread (what the model gives a mark it is sure is not a digit) has ten equal tops: the words
    and the chart must pick the same one."""
    area = window.draw_area
    image = np.zeros((28, 28), np.float32)
    image[5:20, 10:12] = 1.0
    area.show_prediction(image, np.full(10, 0.1, np.float32))
    assert area.runner_up_label.text() == "closest: 0 (10.0%)"
    assert area.chart.top_bar() == 0
    top = QColor(*TOP_BAR)
    assert [i for i, b in enumerate(area.chart.bars.brushes()) if b.color() == top] == [0]
    area.show_prediction(image, np.eye(10)[7] * 0.9 + 0.01)
    assert [i for i, b in enumerate(area.chart.bars.brushes()) if b.color() == top] == [7]
    area.show_prediction(image, None)
    assert area.chart.top_bar() is None and not any(b.color() == top for b in area.chart.bars.brushes())


def test_the_views_show_the_image_pixel_by_pixel_and_the_bars_as_read(window):
    """What the model sees is shown enlarged with hard pixel edges; the bars have the probabilities' heights."""
    area = window.draw_area
    image = np.zeros((28, 28), np.float32)
    image[3, 5], image[20, 10] = 1.0, 0.5
    probs = np.full(10, 0.02)
    probs[4] = 0.82
    area.show_prediction(image, probs)
    shot = area.seen.grab().toImage()
    s, r = area.seen.pixel_scale, area.seen.image_rect()
    for (row, col), grey in (((3, 5), 255), ((20, 10), 127), ((0, 0), 0)):
        for dy, dx in ((0, 0), (s - 1, s - 1)):  # both corners of the enlarged pixel
            assert QColor(shot.pixel(r.x() + col * s + dx, r.y() + row * s + dy)).red() == grey
    np.testing.assert_allclose(area.chart.heights(), probs)
    chart = area.chart.grab().toImage()
    view = area.chart.getPlotItem().getViewBox()

    def colour_at(x, y):  # a point of the plot's data coordinates, as grabbed
        at = area.chart.mapFromScene(view.mapViewToScene(QPointF(x, y)))
        return QColor(chart.pixel(at.x(), at.y())).getRgb()[:3]

    assert colour_at(4, 0.8) == TOP_BAR and colour_at(4, 0.85) != TOP_BAR  # the top bar's height, highlighted
    assert colour_at(3, 0.01) == BAR and colour_at(3, 0.05) != BAR


def test_drawings_are_read_before_tensorflow_has_loaded(qtbot, monkeypatch):
    """The default model's file is read with numpy first: the canvas reads digits (and says "not a digit")
    while TensorFlow is still importing, and reads them the same once the model has loaded."""
    import threading

    from desktop.app import create_main_window
    from desktop.core import tf_import

    gate, real = threading.Event(), tf_import.import_tensorflow

    def slow_import():
        gate.wait(60)
        return real()

    monkeypatch.setattr(tf_import, "import_tensorflow", slow_import)
    win = create_main_window()
    qtbot.addWidget(win)
    try:
        win.shown_predictions = []
        win.predictionChanged.connect(lambda digit, probs: win.shown_predictions.append((digit, probs)))
        with qtbot.waitSignal(win.active_model.previewReady, timeout=30_000):
            win.show()
        win.resize(1000, 700)
        assert win.active_model.current is None and win.active_model.loading
        assert win.active_model.reader.model is None and win.active_model.reader.calibration.reject_below > 0
        sample = next(s for s in load_unipen() if is_held_out(s["writer"]) and s["label"] == 3)
        strokes = place_strokes(sample["strokes"], canvas_of(win).square().width(), np.random.default_rng(0))
        digit, early = draw(qtbot, win, strokes)
        assert digit == 3 and win.draw_area.digit_label.text() == "3"
        clear(qtbot, win)
        t = np.arange(12)
        digit, _ = draw(qtbot, win, [np.stack([np.where(t % 2, 380, 60), 60 + t * 25], axis=1).astype(float)])
        assert digit == -1 and win.draw_area.confidence_label.text() == "Not a digit"
        clear(qtbot, win)
    finally:
        with qtbot.waitSignal(win.active_model.changed, timeout=60_000):
            gate.set()
    assert win.active_model.current is not None and win.active_model.preview is None
    digit, later = draw(qtbot, win, strokes)
    assert digit == 3 and np.allclose(later, early, atol=1e-5)


def test_once_the_pen_is_up_the_drawing_is_read_with_its_pen_path_too(qtbot, window, tmp_path, tf):
    """A model with a path network: a stroke being drawn is read from its image, the finished drawing from
    image and path joined, with the path reading's own calibration (here one that calls anything "not a
    digit")."""
    import keras

    from desktop.core.locations import course_model_path
    from desktop.core.model_files import save_model
    from desktop.core.path_network import build_path_network

    keras.utils.set_random_seed(0)
    path = save_model(keras.saving.load_model(course_model_path()), tmp_path / "with-path.keras",
                      {"path_network": {"weight": 0.5, "calibration": {"temperature": 1.0, "reject_below": 0.999}}},
                      build_path_network())
    with qtbot.waitSignal(window.active_model.changed, timeout=60_000):
        window.active_model.load(path)
    loaded = window.active_model.reader
    assert loaded.path_reader is not None
    canvas = canvas_of(window)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    for y in range(120, 400, 40):
        qtbot.mouseMove(canvas, QPoint(205, y))
    digit, _ = settled(qtbot, window)
    assert 0 <= digit <= 9  # the pen is down: the image alone, which this model never rejects
    image_reads = []
    predictor = loaded.predictor
    loaded.predictor = lambda image: image_reads.append(1) or predictor(image)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(205, 360))  # where the last move ended
    digit, probs = settled(qtbot, window)
    assert digit == -1 and window.draw_area.confidence_label.text() == "Not a digit"
    assert image_reads == []  # the image is as the last move left it: its reading is reused, the path read
    strokes = [p for p, _ in canvas.ink()]
    expected = loaded.path_reader.probabilities(loaded.predictor(window.draw_area.live.current_image()), strokes)
    assert probs == pytest.approx(list(expected), abs=1e-6)


def test_lifting_the_pen_shows_the_finished_drawings_reading_at_once(window):
    """Moves are read as the throttle allows; the reading when the pen is lifted (the one a person waits
    for) is shown at once, not after the throttle's wait, and is the finished drawing's."""
    area = window.draw_area
    live = area.live
    live.throttle.min_gap_ms = 60_000  # after the first read, every move's reading waits a minute
    canvas = area.canvas
    sample = load_unipen()[0]
    strokes = place_strokes(sample["strokes"], canvas.square().width(), np.random.default_rng(0))
    moves_waiting = []
    for stroke in strokes:
        draw_stroke(canvas, stroke, canvas.square().topLeft(), on_event=lambda: moves_waiting.append(live.pending()))
        assert not live.pending()  # the pen is up: nothing waits
    assert any(moves_waiting)  # while the pen moved, readings did wait
    finished = live.current_image()
    assert np.array_equal(area.seen.image, finished)
    digit, probs = window.shown_predictions[-1]
    assert digit == sample["label"] and len(probs) == 10
