"""Number mode in the Draw area: several digits written in a row, read as one number."""

from pathlib import Path

import numpy as np
import pytest

from desktop.automation import draw_stroke, fit_number
from desktop.core.number import compose

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "unipen-dev.json.gz"


@pytest.fixture
def number_window(window):
    numbers = []
    window.numberChanged.connect(lambda text, confidences: numbers.append((text, confidences)))
    window.numbers = numbers
    yield window
    window.set_reading_mode("digit")  # the mode is remembered: leave the next test's window as it was


def _write(window, strokes) -> None:
    """Draw canvas-unit strokes with the mouse, as a person would, and let the reading catch up."""
    canvas = window.draw_area.canvas
    square = canvas.square()
    k = square.width() / 1000.0
    for stroke in strokes:
        draw_stroke(canvas, np.asarray(stroke) * k, square.topLeft())
    window.draw_area.live.update_now()


@pytest.fixture(scope="module")
def twenty_twenty_six():
    """A writer's own 2, 0, 2, 6 from the dev set (strokes), composed left to right."""
    from desktop.core.pen_samples import load_samples

    if not DEV.is_file():
        pytest.skip("needs ../shared/data/unipen-dev.json.gz")
    by_writer = {}
    for s in load_samples(DEV):
        if s.label in (0, 2, 6):
            by_writer.setdefault(s.writer, {}).setdefault(s.label, []).append(s)
    for digits in by_writer.values():
        if len(digits.get(2, [])) >= 2 and digits.get(0) and digits.get(6):
            pick = [digits[2][0], digits[0][0], digits[2][1], digits[6][0]]
            if all(len(p.strokes) == 1 for p in pick):
                yield fit_number(compose([p.strokes for p in pick], np.random.default_rng(3), gap=(0.25, 0.35), drift=0.0),
                                 1000.0, 0.88, 0.3)
                return


def test_2026_written_on_the_canvas_reads_2026_with_a_box_per_digit(number_window, twenty_twenty_six):
    window = number_window
    window.set_reading_mode("number")
    area = window.draw_area
    assert area.number_action.isChecked()
    _write(window, twenty_twenty_six)
    text, confidences = window.numbers[-1]
    assert text == "2026" and len(confidences) == 4
    assert area.digit_label.text() == "2026"
    assert [label.split()[0] for _, label, _ in area.canvas.groups] == ["2", "0", "2", "6"]
    # The 28x28 view, the bars and the other areas (Inspect explains it) get the digit written last.
    last = area.number.reading.digits[-1]
    assert np.array_equal(area.seen.image, last.image) and np.array_equal(window.inspect_area.image, last.image)
    assert area.chart.top_bar() == 6
    # Switching modes keeps the drawing; back in number mode it reads the same.
    window.set_reading_mode("digit")
    assert not area.canvas.is_empty() and area.canvas.groups == []
    window.set_reading_mode("number")
    assert window.numbers[-1][0] == "2026"
    area.canvas.clear()
    window.draw_area.live.update_now()
    assert window.numbers[-1] == ("", [])  # an empty canvas reads the empty number


def test_split_and_join_by_hand(number_window, twenty_twenty_six):
    window = number_window
    window.set_reading_mode("number")
    _write(window, twenty_twenty_six)
    number = window.draw_area.number
    assert number.join(1)  # the 0 and the second 2 made one digit by hand
    assert len(number.reading.digits) == 3
    assert window.draw_area.digit_label.text() == number.reading.text  # the shown number follows at once
    assert window.numbers[-1][0] == number.reading.text
    number.undo_corrections()
    assert number.reading.text == "2026"
    first, second = number.reading.digits[0].group, number.reading.digits[1].group
    number.join(0)
    assert len(number.reading.digits) == 3
    number.split_at((first.box[2] + second.box[0]) / 2)  # a split between them undoes the join
    assert number.reading.text == "2026" and number.cuts and not number.joins
    menu = number.menu(window.draw_area.canvas.source_rect(first.box).center().toPoint())
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Split the digits here", "Join with the digit before", "Join with the digit after", "Undo my splits and joins"]
    assert not menu.actions()[1].isEnabled() and menu.actions()[2].isEnabled()  # the first digit has none before


def test_the_mode_is_remembered_and_a_bad_mode_is_refused(qtbot, number_window):
    from desktop.app import create_main_window

    number_window.set_reading_mode("number")
    second = create_main_window()
    qtbot.addWidget(second)
    try:
        assert second.draw_area.number_mode
        second.set_reading_mode("digit")
        with pytest.raises(ValueError, match="'digit' or 'number'"):
            second.set_reading_mode("words")
    finally:
        second.close()  # waits for its model loader


def test_scripts_get_a_window_reading_single_digits_whatever_the_settings_remember(qtbot, number_window):
    """Benchmarks replay single digits through ``open_main_window``: a mode left at "number" by an earlier
    run must not silence their predictions."""
    from desktop.automation import open_main_window

    number_window.set_reading_mode("number")
    _, script_window = open_main_window()
    qtbot.addWidget(script_window)
    try:
        assert not script_window.draw_area.number_mode
        with qtbot.waitSignal(script_window.predictionChanged, timeout=10_000) as shown:
            _write(script_window, [[(300, 200), (500, 180), (420, 800)]])
        assert shown.args[0] in range(-1, 10) and len(shown.args[1]) == 10
    finally:
        script_window.close()


def test_a_number_is_not_kept_as_one_digit_sample(number_window, twenty_twenty_six):
    window = number_window
    window.set_reading_mode("number")
    _write(window, twenty_twenty_six)
    area = window.draw_area
    before = len(area.samples.snapshot())
    assert not area.keep_drawing(2)
    assert "leave number mode" in area.keep_hint.text() and len(area.samples.snapshot()) == before
    assert not area.canvas.is_empty()
