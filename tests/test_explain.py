"""Explain one number: every value the explanation shows equals the model's own activation."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.explain import (explain_conv, explain_dense, explain_pool, receptive_fields)


@pytest.fixture(scope="module")
def course_model_tf():
    from desktop.core.locations import course_model_path
    from desktop.core.model_files import load_model

    return load_model(course_model_path()).model


@pytest.fixture(scope="module")
def default_model_tf(default_model):
    return default_model.model


def _activations(model, image):
    """Every layer's output from TensorFlow (an independent path from the numpy recomputation)."""
    import keras

    multi = keras.Model(model.inputs, [layer.output for layer in model.layers])
    return [np.asarray(o)[0] for o in multi(image.reshape(1, 28, 28, 1).astype(np.float32), training=False)]


def _check_every_kind(model, image, rng):
    outputs = _activations(model, image)
    kinds = set()
    for index, layer in enumerate(model.layers):
        kind = type(layer).__name__
        layer_input = image.reshape(28, 28, 1) if index == 0 else outputs[index - 1]
        out = outputs[index]
        config, weights = layer.get_config(), layer.get_weights()
        for _ in range(6):
            if kind in ("Conv2D", "GroupedConv2D"):
                r, c, k = (int(rng.integers(n)) for n in out.shape)
                unit = explain_conv(config, weights, layer_input, r, c, k)
                assert unit.value == pytest.approx(float(out[r, c, k]), abs=2e-5)
                # The partial sums are the products' sums, and they add up with the bias.
                np.testing.assert_allclose(unit.channel_sums, unit.products.sum(axis=(0, 1)), rtol=1e-5, atol=1e-6)
                assert unit.pre_activation == pytest.approx(float((unit.patch * unit.kernel).sum() + unit.bias),
                                                            abs=1e-5)
            elif kind in ("MaxPooling2D", "AveragePooling2D"):
                r, c, k = (int(rng.integers(n)) for n in out.shape)
                unit = explain_pool(kind, config, layer_input, r, c, k)
                assert unit.value == pytest.approx(float(out[r, c, k]), abs=1e-6)
            elif kind == "Dense":
                j = int(rng.integers(out.shape[0]))
                unit = explain_dense(config, weights, layer_input, j)
                assert unit.value == pytest.approx(float(out[j]), abs=2e-5)
            else:
                break
            kinds.add(kind)
    return kinds


def test_every_value_shown_equals_the_models_activation(course_model_tf, default_model_tf, mnist, tf):
    from desktop.core.architectures import get_architecture

    rng = np.random.default_rng(0)
    image = mnist.x_test[0].astype(np.float32) / 255
    kinds = _check_every_kind(course_model_tf, image, rng)
    assert kinds == {"Conv2D", "MaxPooling2D", "Dense"}
    kinds = _check_every_kind(default_model_tf, image, rng)
    assert {"GroupedConv2D", "Dense"} <= kinds
    lenet = get_architecture("lenet5").build()  # tanh, average pooling
    assert "AveragePooling2D" in _check_every_kind(lenet, image, rng)


def test_a_first_layer_unit_by_hand(course_model_tf, mnist, tf):
    layer = course_model_tf.layers[0]
    image = mnist.x_test[0].astype(np.float32) / 255
    unit = explain_conv(layer.get_config(), layer.get_weights(), image.reshape(28, 28, 1), 10, 12, 5)
    kernel, bias = layer.get_weights()
    np.testing.assert_array_equal(unit.patch[..., 0], image[10:13, 12:15])
    np.testing.assert_array_equal(unit.kernel[..., 0], kernel[:, :, 0, 5])
    assert (unit.top, unit.left, unit.size) == (10, 12, (3, 3))
    assert unit.bias == float(bias[5])
    assert unit.value == max(0.0, float((image[10:13, 12:15] * kernel[:, :, 0, 5]).sum() + bias[5]))


def test_max_pooling_marks_the_maximum():
    x = np.zeros((4, 4, 1), np.float32)
    x[2, 3, 0] = 5.0
    unit = explain_pool("MaxPooling2D", {"pool_size": (2, 2), "strides": (2, 2), "padding": "valid"}, x, 1, 1, 0)
    assert (unit.top, unit.left, unit.chosen, unit.value) == (2, 2, (0, 1), 5.0)


def test_softmax_uses_all_ten_logits():
    rng = np.random.default_rng(1)
    x, kernel, bias = rng.normal(size=5), rng.normal(size=(5, 10)), rng.normal(size=10)
    unit = explain_dense({"activation": "softmax"}, [kernel, bias], x, 3)
    logits = x @ kernel + bias
    assert unit.logits == pytest.approx(logits, abs=1e-5)
    assert unit.value == pytest.approx(float(np.exp(logits[3]) / np.exp(logits).sum()), abs=1e-6)
    assert unit.largest(2)[0][0] == int(np.argmax(np.abs(x * kernel[:, 3])))


def test_receptive_fields_of_the_course_cnn_and_lenet5(course_model_tf, tf):
    from desktop.core.architectures import get_architecture

    def fields(model):
        return [(f.size, f.jump, f.start) for f in
                receptive_fields([(type(layer).__name__, layer.get_config()) for layer in model.layers])]

    # r_out = r_in + (k - 1) * j_in, j_out = j_in * s: 3, 4, 8, 10, 18, then the whole image.
    assert fields(course_model_tf) == [(3, 1, 0), (4, 2, 0), (8, 2, 0), (10, 4, 0), (18, 4, 0), (28, 0, 0), (28, 0, 0)]
    # LeNet-5 pads 2 first: its C1 windows start 2 pixels outside the image.
    assert fields(get_architecture("lenet5").build())[:5] == [(1, 1, -2), (5, 1, -2), (6, 2, -2), (14, 2, -2),
                                                             (16, 4, -2)]
    every = receptive_fields([(type(layer).__name__, layer.get_config()) for layer in course_model_tf.layers])
    conv3 = every[4]
    assert conv3.window(0) == (0, 17) and conv3.window(2) == (8, 25)
    assert conv3.text() == "18x18, jump 4" and every[5].text() == "whole image"
    assert conv3.formula == "r_out = r_in + (k - 1)*j_in = 10 + (3 - 1)*4 = 18; j_out = j_in*s = 4*1 = 4"
    assert every[1].formula == "r_out = r_in + (k - 1)*j_in = 3 + (2 - 1)*1 = 4; j_out = j_in*s = 1*2 = 2"


def test_settings_that_are_not_numbers_leave_the_fields_blank_from_there_on():
    layers = [("Conv2D", {"kernel_size": 3, "strides": 1, "padding": "valid"}),
              ("Conv2D", {"kernel_size": "three", "strides": 1, "padding": "valid"}),
              ("MaxPooling2D", {"pool_size": 2, "strides": 2, "padding": "valid"})]
    with pytest.raises(TypeError):
        receptive_fields(layers)
    first, *rest = receptive_fields(layers, lenient=True)
    assert (first.size, first.jump) == (3, 1) and rest == [None, None]


def test_the_window_on_the_input_for_conv_and_pool_units(course_model_tf, mnist, tf):
    from desktop.core.explain import input_window

    image = mnist.x_test[0].astype(np.float32) / 255
    first = course_model_tf.layers[0]
    unit = explain_conv(first.get_config(), first.get_weights(), image.reshape(28, 28, 1), 10, 12, 5)
    window = input_window(unit)
    assert (window.channel, window.top, window.left, window.bottom, window.right) == (0, 10, 12, 12, 14)
    # A deeper conv: by default the input channel with the largest partial sum; any channel it sees on request.
    maps = _activations(course_model_tf, image)
    conv2 = course_model_tf.layers[2]
    unit = explain_conv(conv2.get_config(), conv2.get_weights(), maps[1], 4, 5, 7)
    largest = int(np.argmax(np.abs(unit.channel_sums)))
    window = input_window(unit)
    assert (window.channel, window.top, window.left, window.height, window.width) == (largest, 4, 5, 3, 3)
    assert input_window(unit, 31).channel == 31
    with pytest.raises(ValueError, match="does not see input channel 33"):
        input_window(unit, 32)
    # Max pooling marks the input cell it took; average pooling marks none.
    x = np.zeros((4, 4, 2), np.float32)
    x[2, 3, 1] = 5.0
    config = {"pool_size": (2, 2), "strides": (2, 2), "padding": "valid"}
    window = input_window(explain_pool("MaxPooling2D", config, x, 1, 1, 1))
    assert (window.channel, window.top, window.left, window.marked) == (1, 2, 2, (2, 3))
    assert input_window(explain_pool("AveragePooling2D", config, x, 1, 1, 1)).marked is None


def test_a_same_padded_window_starts_outside_the_map():
    from desktop.core.explain import input_window

    rng = np.random.default_rng(2)
    kernel, bias = rng.normal(size=(5, 5, 1, 2)).astype(np.float32), np.zeros(2, np.float32)
    config = {"strides": (1, 1), "padding": "same", "activation": "linear"}
    unit = explain_conv(config, [kernel, bias], rng.normal(size=(8, 8, 1)), 0, 7, 1)
    window = input_window(unit)
    assert (window.top, window.left, window.bottom, window.right) == (-2, 5, 2, 9)
    assert not unit.patch[:2].any() and not unit.patch[:, 3:].any()  # zeros where it lies in the padding
