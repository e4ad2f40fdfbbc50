"""A whole number written in a row (core/number.py): strokes grouped into digits and read."""

from pathlib import Path

import numpy as np
import pytest

from desktop.core.number import NumberReader, compose, cut_path, group_ink, number_slant, upright
from desktop.core.reading import NOT_A_DIGIT

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "unipen-dev.json.gz"


@pytest.fixture(scope="module")
def reader():
    from desktop.core.locations import default_model_path
    from desktop.core.model_files import read_card
    from desktop.core.numpy_net import NumpyNet
    from desktop.core.reading import Calibration

    net = NumpyNet.from_file(default_model_path())
    calibration = Calibration.from_dict(read_card(default_model_path()).get("calibration"))

    return lambda image, paths: calibration.read(net(image))


@pytest.fixture(scope="module")
def pen_digits():
    from desktop.core.pen_samples import load_samples

    if not DEV.is_file():
        pytest.skip("needs ../shared/data/unipen-dev.json.gz")
    return [s for s in load_samples(DEV) if s.label >= 0]


def _ink(strokes, height=None):
    height = height or np.ptp(np.vstack(strokes)[:, 1])
    return [(s, 0.08 * height) for s in strokes]


def test_2026_written_as_strokes_reads_2026(pen_digits, reader):
    # One writer's own 2, 0, 2 and 6 (each read right alone), written left to right with small gaps.
    by_writer: dict[str, dict[int, list]] = {}
    for s in pen_digits:
        by_writer.setdefault(s.writer, {}).setdefault(s.label, []).append(s)
    numbers = NumberReader(reader)
    checked = 0
    for writer, digits in by_writer.items():
        if not all(digits.get(d) for d in (2, 0, 6)) or len(digits[2]) < 2:
            continue
        pick = [digits[2][0], digits[0][0], digits[2][1], digits[6][0]]
        if [numbers.read(_ink(p.strokes)).text for p in pick] != ["2", "0", "2", "6"]:
            continue
        strokes = compose([p.strokes for p in pick], np.random.default_rng(1), gap=(0.1, 0.3), drift=0.05)
        reading = numbers.read(_ink(strokes))
        assert reading.text == "2026", writer
        assert len(reading.confidences) == 4 and min(reading.confidences) > 0.5
        boxes = [d.group.box for d in reading.digits]
        assert all(a[2] <= b[0] + 1e-9 or a[0] < b[0] for a, b in zip(boxes, boxes[1:]))  # left to right
        checked += 1
        if checked == 5:
            break
    assert checked == 5


def test_a_four_written_in_two_strokes_stays_one_digit(pen_digits, reader):
    fours = [s for s in pen_digits if s.label == 4 and len(s.strokes) == 2][:40]
    ones = [s for s in pen_digits if s.label == 1 and len(s.strokes) == 1][:40]
    assert len(fours) == 40
    numbers = NumberReader(reader)
    kept = 0
    for four, one in zip(fours, ones):
        strokes = compose([one.strokes, four.strokes, one.strokes], np.random.default_rng(0), gap=(0.2, 0.3))
        groups = [d.group.pieces for d in numbers.read(_ink(strokes)).digits]
        kept += groups == [(0,), (1, 2), (3,)]
    assert kept >= 36  # real pen 4s: a few are written too far apart to tell from a 1 and a mark


def test_no_ink_reads_the_empty_number(reader):
    reading = NumberReader(reader).read([])
    assert reading.text == "" and reading.confidences == []


def _stem(x, y0=0.0, y1=10.0):
    return np.array([[x, y0], [x, y1]], float)


def test_a_cut_splits_ink_and_a_join_merges_digits():
    # Two wide zigzags one above the other: one digit. Cut at x = 3, their halves make two.
    upper = (np.array([[0.0, 0.0], [2.0, 4.0], [4.0, 0.0], [6.0, 4.0]]), 1.0)
    lower = (np.array([[0.0, 6.0], [2.0, 10.0], [4.0, 6.0], [6.0, 10.0]]), 1.0)
    assert [g.pieces for g in group_ink([upper, lower])] == [(0, 1)]
    split = group_ink([upper, lower], cuts=[3.0])
    assert [len(g.pieces) for g in split] == [2, 2]
    assert split[0].box[2] <= 3.5 and split[1].box[0] >= 2.5  # each side's ink only (plus half the pen)
    apart = [(_stem(0), 1.0), (_stem(6), 1.0)]
    assert len(group_ink(apart)) == 2
    assert [g.pieces for g in group_ink(apart, joins=[(0.0, 6.0)])] == [(0, 1)]


def test_cut_path_splits_a_polyline_exactly_where_it_crosses():
    path = np.array([[0.0, 0.0], [4.0, 4.0], [0.0, 8.0]])
    left_right = cut_path(path, 2.0)
    assert len(left_right) == 3
    np.testing.assert_allclose(left_right[0][-1], [2.0, 2.0])
    np.testing.assert_allclose(left_right[1], [[2.0, 2.0], [4.0, 4.0], [2.0, 6.0]])
    assert len(cut_path(path, 10.0)) == 1


def test_a_new_stroke_rereads_only_the_digit_it_changed(pen_digits, reader):
    calls = []

    def counting(image, paths):
        calls.append(1)
        return reader(image, paths)

    numbers = NumberReader(counting)
    pick = [s for s in pen_digits if s.label in (3, 8) and len(s.strokes) == 1][:3]
    strokes = compose([p.strokes for p in pick], np.random.default_rng(2), gap=(0.3, 0.4))
    height = np.ptp(np.vstack(strokes)[:, 1])
    numbers.read(_ink(strokes[:2], height))
    before = len(calls)
    numbers.read(_ink(strokes, height))
    assert len(calls) - before <= 2  # the new digit (and at most one merge tried with its neighbour)


def test_two_sure_digits_close_together_are_not_read_as_one():
    """A pair is read as one digit only when that could win: beside two sure digits it cannot (one digit
    scores at most as much as a sure one), so a stroke costs one reading; beside an unsure one it is read."""
    calls = []

    def sure_ones(image, paths):
        calls.append(len(paths))
        return 1, _sure(1, 0.999)

    stems = [(_stem(0, 0, 10), 0.5), (_stem(6, 0, 10), 0.5)]  # close: within NEAR of each other
    assert NumberReader(sure_ones).read(stems).text == "11"
    assert calls == [1, 1]  # each stem once, the pair never

    calls.clear()

    def unsure_ones(image, paths):  # each stem an unsure 1; the two together no digit
        calls.append(len(paths))
        return (1, _sure(1, 0.3)) if len(paths) == 1 else (NOT_A_DIGIT, np.full(10, 0.1))

    assert NumberReader(unsure_ones).read(stems).text == "11"
    assert calls == [1, 1, 2]  # here the pair is read too (and kept apart)


def _leaning(image) -> float:
    """dx/dy of a 28x28 image's ink (second moments about its centre of mass)."""
    ys, xs = np.nonzero(image > 0.2)
    dx, dy = xs - xs.mean(), ys - ys.mean()
    return float((dx * dy).sum() / (dy * dy).sum())


def _sure(digit: int, top: float = 0.95) -> np.ndarray:
    probs = np.full(10, (1 - top) / 9)
    probs[digit] = top
    return probs


def test_the_slant_measured_follows_a_shear(pen_digits):
    groups = group_ink(_ink(compose([s.strokes for s in pen_digits[:4]], np.random.default_rng(3))))
    slant = number_slant(groups)
    for shear in (-0.2, 0.15):
        sheared = group_ink([(p, 1.0) for g in groups for p in upright(g.paths, -shear)])
        assert len(sheared) == len(groups)
        assert number_slant(sheared) == pytest.approx(slant + shear, abs=0.03)
    stood_up = group_ink([(p, 1.0) for g in groups for p in upright(g.paths, slant)])
    assert abs(number_slant(stood_up)) < 0.03
    strokes = [(np.array([[x + 3.0, 0.0], [x, 10.0]]), 0.8) for x in (0.0, 8.0)]  # straight lines too
    assert number_slant(group_ink(strokes)) == pytest.approx(-0.3)


def test_a_leaning_digit_refused_as_written_is_read_upright():
    # A reader that knows only upright strokes: a 1 if the ink stands within 0.1 of vertical.
    def upright_only(image, paths):
        lean = _leaning(image)
        return (1, _sure(1)) if abs(lean) < 0.1 else (NOT_A_DIGIT, np.full(10, 0.1))

    leaning = [(np.array([[x + 3.0, 0.0], [x, 10.0]]), 0.8) for x in (0.0, 8.0, 16.0)]  # dx/dy = -0.3
    assert NumberReader(upright_only).read(leaning).text == "111"
    # A mark that is no digit upright either stays "not a digit".
    scribble = (np.array([[26.0, 0.0], [32.0, 1.0], [26.0, 2.0], [32.0, 3.0]]), 0.8)
    reading = NumberReader(lambda image, paths: (NOT_A_DIGIT, np.full(10, 0.1))).read(leaning + [scribble])
    assert reading.text == "????"


def test_a_short_lead_in_stroke_joins_the_tall_digit_beside_it():
    # Every piece reads as a fairly sure 1, so only the shapes decide: a stroke under 0.4 of its
    # neighbour's height, right beside it (a 7's lead-in tick), is no digit alone.
    reader = NumberReader(lambda image, paths: (1, _sure(1)))
    stems = [(_stem(0, 4, 10), 0.5), (_stem(5, 4, 10), 0.5), (_stem(25, 4, 10), 0.5)]
    tick = [(_stem(10, 0, 3.5), 0.5), (np.array([[11.5, 0.0], [15.0, 0.0], [12.0, 10.0]]), 0.5)]
    assert [len(d.group.pieces) for d in reader.read(stems[:2] + tick + stems[2:]).digits] == [1, 1, 2, 1]
    # Half its neighbour's height: a short 1 of its own.
    short = [(_stem(10, 0, 5.0), 0.5), tick[1]]
    assert [len(d.group.pieces) for d in reader.read(stems[:2] + short + stems[2:]).digits] == [1, 1, 1, 1, 1]


def test_a_tick_hanging_from_its_neighbours_top_joins_it():
    # Every piece reads as a fairly sure 1. A stroke half its neighbour's height whose lower end ends
    # where the neighbour's bar starts, at its top (a continental 7's lead-in tick), is no digit alone;
    # the same stroke standing on the baseline beside it is a short 1.
    reader = NumberReader(lambda image, paths: (1, _sure(1)))
    stems = [(_stem(0, 0, 10), 0.5), (_stem(25, 0, 10), 0.5)]
    seven = (np.array([[11.0, 0.0], [16.0, 0.0], [12.0, 10.0]]), 0.5)
    hanging = (np.array([[10.0, 5.0], [11.0, 0.0]]), 0.5)
    assert [len(d.group.pieces) for d in reader.read(stems[:1] + [hanging, seven] + stems[1:]).digits] == [1, 2, 1]
    standing = (np.array([[10.0, 10.0], [10.5, 5.0]]), 0.5)
    assert [len(d.group.pieces) for d in reader.read(stems[:1] + [standing, seven] + stems[1:]).digits] == [1, 1, 1, 1]


def test_in_a_number_a_group_is_not_a_digit_only_when_the_network_is_ten_times_surer():
    from desktop.core.number import in_numbers
    from desktop.core.reading import Calibration

    alone = Calibration(1.0, 0.104)
    numbers = in_numbers(alone)
    assert numbers.reject_below == pytest.approx(0.1004)
    assert numbers.temperature == 1.0
    # Nearly an even spread, its top 0.102: "not a digit" drawn alone, a 3 in a number.
    doubtful = np.full(10, (1 - 0.102) / 9)
    doubtful[3] = 0.102
    assert alone.read(doubtful)[0] == NOT_A_DIGIT
    assert numbers.read(doubtful)[0] == 3
    assert numbers.read(np.full(10, 0.1))[0] == NOT_A_DIGIT
    # A model that never says "not a digit" keeps never saying it.
    assert in_numbers(Calibration(1.2, 0.0)) == Calibration(1.2, 0.0)


def test_each_digit_is_read_with_its_own_strokes_in_writing_order():
    # Two digits: a 4 written as a bar then a stem, a 1 between those strokes in time.
    bar = (np.array([[0.0, 5.0], [6.0, 5.0]]), 0.8)
    one = (np.array([[14.0, 0.0], [14.0, 10.0]]), 0.8)
    stem = (np.array([[4.0, 0.0], [4.0, 10.0]]), 0.8)
    seen = []

    def recording(image, paths):
        seen.append([p.tolist() for p in paths])
        return (4, _sure(4)) if len(paths) == 2 else (1, _sure(1))

    assert NumberReader(recording).read([bar, one, stem]).text == "41"
    assert [bar[0].tolist(), stem[0].tolist()] in seen and [one[0].tolist()] in seen
