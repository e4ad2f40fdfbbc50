"""The shipped model: small, three reader networks averaged, and as accurate as its card says."""

import json

from desktop.core.evaluation import evaluate
from desktop.core.locations import default_model_path
from desktop.core.model_files import card_path


def test_default_model_file_is_small():
    from desktop.core.path_reading import path_file

    path = default_model_path()
    assert path.is_file() and path_file(path).is_file()
    assert path.stat().st_size + path_file(path).stat().st_size < 5 * 1024 * 1024  # with its path network


def test_default_model_reads_mnist_as_its_card_says(default_model, mnist):
    result = evaluate(default_model.model, mnist.x_test, mnist.y_test)
    card = json.loads(card_path(default_model_path()).read_text())
    assert result.count == 10_000
    assert result.accuracy >= 0.995  # the card's exact count is checked below
    assert round(result.accuracy * 10_000) == round(card["test_accuracy"] * 10_000)
    assert card["test_images"] == 10_000


def test_default_card_describes_the_model(default_model):
    card = default_model.card
    assert card["architecture"] == "reader-trio" and card["recipe"] == "default"
    assert [(n["seed"], n["ema_momentum"]) for n in card["networks"]] == [(7, 0.0), (8, 0.999), (9, 0.999)]
    assert card["params"] == default_model.model.count_params() == 725_113
    assert card["input"] == "float32 (N, 28, 28, 1) in [0, 1], white digit on black"
    for key in ("dataset", "data_sources", "augmentations", "hold_outs", "training_set", "writers", "epochs",
                "train_loss", "created", "training_seconds"):
        assert card[key], key
    assert 0.05 <= card["calibration"]["temperature"] <= 20 and 0 < card["calibration"]["reject_below"] < 1


def test_the_cards_pen_figures_are_what_the_model_does(default_model):
    """Held-out writers' pen digits and non-digits (letters and symbols), rendered as the canvas renders them:
    the card's figures."""
    import numpy as np

    from desktop.core.evaluation import batch_probabilities
    from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, shared_data_file
    from desktop.core.pen_samples import labels_of, load_samples, render_samples, split_by_writer
    from desktop.core.stroke_evaluation import score

    digits = split_by_writer(load_samples(shared_data_file(PEN_DIGITS)))["report"]
    nondigits = split_by_writer(load_samples(shared_data_file(PEN_NONDIGITS)))["report"]
    samples = digits + nondigits
    probs = batch_probabilities(default_model.model, render_samples(samples))
    report = score(labels_of(samples), probs, default_model.calibration)
    held = default_model.card["figures"]["held_out_writers"]
    assert report["digits"] == held["digits"] and report["nondigits"] == held["nondigits"]
    assert round(report["digit_accuracy"] * report["digits"]) == round(held["digit_accuracy"] * held["digits"])
    assert round(report["nondigits_rejected"] * report["nondigits"]) == round(
        held["nondigits_rejected"] * held["nondigits"])
    assert report["digits_rejected"] <= 0.01
    letter = np.array([False] * len(digits) + [s.is_letter for s in nondigits])
    symbol = np.array([False] * len(digits) + [not s.is_letter for s in nondigits])
    for mine, kind in ((letter, "letters"), (symbol, "symbols")):
        part = score(labels_of(samples)[mine], probs[mine], default_model.calibration)
        assert part["nondigits"] == held[kind] > 0
        assert round(part["nondigits_rejected"] * held[kind]) == round(held[f"{kind}_rejected"] * held[kind]), kind


def test_drawings_are_read_with_the_path_network_as_the_card_says(default_model):
    """Held-out writers' pen samples read from image and pen path joined (as the canvas reads a drawing):
    the card's path-network figures, and the targets (>= 99.3 % of digits, every digit >= 98 %, <= 1 %
    rejected, >= 85 % of non-digits rejected)."""
    from desktop.core.locations import PEN_DIGITS, PEN_NONDIGITS, shared_data_file
    from desktop.core.pen_samples import load_samples, split_by_writer
    from desktop.core.stroke_evaluation import evaluate_strokes

    assert default_model.path_reader is not None and default_model.path_reader.weight == 0.5
    digits = split_by_writer(load_samples(shared_data_file(PEN_DIGITS)))["report"]
    nondigits = split_by_writer(load_samples(shared_data_file(PEN_NONDIGITS)))["report"]
    report = evaluate_strokes(default_model.model, default_model.calibration, digits + nondigits,
                              default_model.path_reader)
    held = default_model.card["path_network"]["figures"]["held_out_writers"]
    assert report["reading"] == "image and pen path" and report["digits"] == held["digits"] == 1095
    assert round(report["digit_accuracy"] * 1095) == round(held["digit_accuracy"] * 1095) >= 1088
    assert round(report["nondigits_rejected"] * report["nondigits"]) == round(
        held["nondigits_rejected"] * held["nondigits"])
    assert report["digits_rejected"] <= 0.01 and report["nondigits_rejected"] >= 0.85
    assert min(row["accuracy"] for label, row in report["per_label"].items() if label != "-1") >= 0.98
