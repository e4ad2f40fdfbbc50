"""Pen samples, their variations, writing styles, non-digit marks and calibration, without Qt or training."""

import gzip
import json

import numpy as np
import pytest

from desktop.core import marks, writing_styles
from desktop.core.pen_samples import (PenSample, SampleFileError, load_samples, render_samples, split_by_writer,
                                      writer_part)
from desktop.core.reading import (Calibration, expected_calibration_error, fit_temperature, tempered,
                                  threshold_for)
from desktop.core.stroke_augment import augment_strokes, normalised
from desktop.core.strokes import to_mnist

SEVEN = {"label": 7, "writer": "ann", "strokes": [[[0, 0], [10, 0], [4, 15]]], "institution": "x"}


def write(path, data, zipped=False):
    text = json.dumps(data).encode()
    path.write_bytes(gzip.compress(text) if zipped else text)
    return path


@pytest.mark.parametrize("zipped", [False, True])
def test_a_sample_file_is_read_plain_or_gzipped(tmp_path, zipped):
    dot = {"label": -1, "strokes": [[[3, 3]]], "symbol": "."}
    samples = load_samples(write(tmp_path / "s.json", [SEVEN, dot], zipped))
    assert [s.label for s in samples] == [7, -1]
    assert samples[0].writer == "ann" and samples[1].writer == ""
    assert samples[0].strokes[0].shape == (3, 2) and samples[1].strokes[0].shape == (1, 2)
    assert samples[0].symbol == "" and samples[1].symbol == "."


def test_letters_and_symbols_are_told_apart(tmp_path):
    entries = [{"label": -1, "strokes": [[[0, 0], [1, 1]]], "symbol": sym} for sym in ("e", "Q", "?", "+", "@")]
    entries.append({"label": -1, "strokes": [[[0, 0]]], "symbol": 5})  # not text: no symbol
    samples = load_samples(write(tmp_path / "s.json", entries))
    assert [s.is_letter for s in samples] == [True, True, False, False, False, False]
    assert samples[-1].symbol == ""


@pytest.mark.parametrize("content, message", [
    (b"{not json", "not valid JSON"),
    (b'{"label": 1}', "expected a JSON list of samples"),
    (b'[{"label": 12, "strokes": []}]', "sample 0: label must be 0-9 or -1"),
    (b'[{"label": true, "strokes": []}]', "sample 0: label must be 0-9 or -1"),
    (b'[{"label": 3}]', "sample 0: strokes must be a list"),
    (b'[{"label": 3, "strokes": [[[1, 2, 3]]]}]', "sample 0, stroke 0: points must be [x, y] number pairs"),
    (b'[{"label": 3, "strokes": [[["a", "b"]]]}]', "sample 0, stroke 0: points must be [x, y] number pairs"),
    (b'[7]', "sample 0: expected an object"),
    # Samples are checked as they are decoded; the first bad one is named, and a file that is not JSON
    # further on is still called that.
    (b'[{"label": 1, "strokes": []}, {"label": 1, "strokes": 5}, 7]', "sample 1: strokes must be a list"),
    (b'[{"label": 12, "strokes": []}, {"label": 1', "not valid JSON"),
    (b"\xff\xfe\x00", "not UTF-8 text"),
])
def test_a_bad_sample_file_gets_a_one_line_reason(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(SampleFileError) as info:
        load_samples(path)
    assert message in str(info.value) and str(info.value).startswith("bad.json: ")
    assert "\n" not in str(info.value)


def test_missing_and_truncated_files(tmp_path):
    with pytest.raises(SampleFileError, match="no such file"):
        load_samples(tmp_path / "nope.json.gz")
    with pytest.raises(SampleFileError, match="not a regular file"):
        load_samples(tmp_path)
    broken = tmp_path / "cut.json.gz"
    broken.write_bytes(gzip.compress(json.dumps([SEVEN] * 50).encode())[:40])
    with pytest.raises(SampleFileError, match="cannot be read"):
        load_samples(broken)


def test_writers_not_samples_are_split_and_the_split_is_stable():
    samples = [PenSample(i % 10, (np.zeros((1, 2)),), f"writer{i // 20}") for i in range(2000)]
    parts = split_by_writer(samples)
    for name, members in parts.items():
        assert all(writer_part(s.writer) == name for s in members)
    assert sum(map(len, parts.values())) == 2000
    shares = {name: len(members) / 2000 for name, members in parts.items()}
    assert 0.15 < shares["report"] < 0.35 and 0.05 < shares["calibrate"] < 0.25 and shares["train"] > 0.5
    assert writer_part("writer7") == writer_part("writer7")
    from desktop.automation import is_held_out
    assert all((writer_part(f"w{i}") == "report") == is_held_out(f"w{i}") for i in range(300))


def test_rendering_is_the_canvas_rendering():
    sample = PenSample(7, tuple(np.asarray(s, float) for s in SEVEN["strokes"]))
    assert np.array_equal(render_samples([sample])[0], to_mnist(list(sample.strokes)))


def test_stroke_variations_stay_close_to_the_sample_and_vary():
    rng = np.random.default_rng(0)
    strokes = [np.array([[0, 0], [10, 0], [4, 15]], float), np.array([[1, 8], [8, 8]], float)]
    base = to_mnist(strokes)
    variants = []
    for _ in range(30):
        varied, width = augment_strokes(strokes, rng)
        assert len(varied) == 2 and all(np.isfinite(v).all() for v in varied)
        assert 1.6 <= width <= 2.7
        variants.append(to_mnist(varied, width))
    differences = [np.abs(v - base).mean() for v in variants]
    assert min(differences) > 0.001  # every copy differs ...
    assert np.mean(differences) < 0.15  # ... but is still the same shape
    assert normalised([]) == []


@pytest.mark.parametrize("style", writing_styles.STYLES, ids=lambda s: s.name)
def test_every_writing_style_makes_a_visible_digit(style):
    rng = np.random.default_rng(1)
    real = [np.array([[0, 0], [10, 0], [4, 15]], float)]
    for base in (None, real):
        image = to_mnist(style.make(rng, base))
        assert image.sum() > 20 and image.max() == pytest.approx(1.0)
    assert style.where.endswith(".") and 0 <= style.digit <= 9
    assert writing_styles.style(style.name) is style


def test_the_catalogue_has_the_styles_mnist_lacks():
    names = {(s.name, s.digit) for s in writing_styles.STYLES}
    assert {("slashed zero", 0), ("continental one", 1), ("open four in one stroke", 4), ("crossed seven", 7),
            ("straight-stem nine", 9), ("closed four", 4)} <= names


def test_marks_of_every_kind_render():
    rng = np.random.default_rng(2)
    for name, make in marks.MARKS.items():
        for _ in range(5):
            assert to_mnist(make(rng)).sum() > 0, name
    assert len(marks.random_marks(13, rng)) == 13


def test_temperature_is_fitted_back_and_calibration_error_falls():
    rng = np.random.default_rng(3)
    logits = rng.normal(0, 3, (4000, 10))
    truth = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    labels = np.array([rng.choice(10, p=p) for p in truth])
    overconfident = tempered(truth, 1 / 2.5)  # logits 2.5x too large
    t = fit_temperature(overconfident, labels)
    assert t == pytest.approx(2.5, rel=0.1)
    assert expected_calibration_error(overconfident, labels) > 0.1
    assert expected_calibration_error(tempered(overconfident, t), labels) < 0.03


def test_reading_says_not_a_digit_below_the_threshold():
    calibration = Calibration(temperature=1.0, reject_below=0.5)
    sure = np.full(10, 0.02)
    sure[3] = 0.82
    unsure = np.full(10, 0.1)
    assert calibration.read(sure)[0] == 3
    assert calibration.read(unsure)[0] == -1
    digits, probs = calibration.read_batch(np.stack([sure, unsure]))
    assert digits.tolist() == [3, -1] and np.allclose(probs.sum(axis=1), 1)
    assert Calibration().read(unsure)[0] == 0  # no calibration: never rejects
    softer = Calibration(temperature=2.0).probabilities(sure)
    assert softer[3] < 0.82 and softer.argmax() == 3 and softer.sum() == pytest.approx(1)


@pytest.mark.parametrize("card", [None, "x", {"temperature": "hot"}, {"temperature": -1}, {"reject_below": 1.5}])
def test_an_unusable_calibration_on_a_card_is_ignored(card):
    assert Calibration.from_dict(card) == Calibration()


def test_threshold_rejects_at_most_the_share_asked():
    confidence = np.linspace(0.0, 1.0, 1001)[1:]  # 1000 digits
    t = threshold_for(confidence, 0.01)
    assert (confidence < t).sum() == 10
    assert (confidence < threshold_for(confidence, 0.0)).sum() == 0
