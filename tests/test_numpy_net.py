"""The numpy copy of a network gives Keras' answers, and is only used where it does."""

import numpy as np
import pytest

from desktop.core.numpy_net import NumpyNet
from desktop.core.predictor import Predictor, fastest_predictor
from desktop.core.spec import LayerSpec, NetworkSpec, build_model, preset


def conv(filters, kernel, stride=1, padding="valid", activation="relu"):
    return LayerSpec("Conv2D", {"filters": filters, "kernel": kernel, "stride": stride, "padding": padding,
                                "activation": activation})


HEAD = LayerSpec("Dense", {"units": 10, "activation": "softmax"})
SPECS = {
    "seed-cnn": preset("seed-cnn").layers,
    "lenet5": preset("lenet5").layers,
    "strides, same padding, odd sizes": [
        conv(8, 5, 2, "same", "elu"), LayerSpec("MaxPooling2D", {"pool": 3, "stride": 2}),
        conv(12, 2, 1, "same", "sigmoid"), LayerSpec("AveragePooling2D", {"pool": 2, "stride": 1}),
        LayerSpec("Flatten"), LayerSpec("Dense", {"units": 16, "activation": "linear"}), HEAD],
    "batch norm, dropout, global pooling": [
        conv(16, 3, 1, "valid", "linear"), LayerSpec("BatchNormalization"), LayerSpec("Dropout", {"rate": 0.5}),
        conv(24, 3, 2, "valid", "tanh"), LayerSpec("GlobalAveragePooling2D"),
        LayerSpec("Dense", {"units": 20, "activation": "relu"}), HEAD],
}


def randomised(model, rng):
    """Random weights, and batch-norm statistics far from 0 and 1, so that every term counts."""
    for layer in model.layers:
        weights = [rng.normal(0, 0.3, w.shape).astype(np.float32) for w in layer.get_weights()]
        if type(layer).__name__ == "BatchNormalization":
            weights[3] = rng.uniform(0.2, 3.0, weights[3].shape).astype(np.float32)  # variance > 0
        layer.set_weights(weights)
    return model


@pytest.mark.parametrize("name", SPECS)
def test_numpy_net_gives_the_models_probabilities(name):
    rng = np.random.default_rng(1)
    model = randomised(build_model(NetworkSpec(name, SPECS[name])), rng)
    net = NumpyNet.from_keras(model)
    assert net is not None
    images = rng.random((8, 28, 28), dtype=np.float32) ** 2
    expected = np.asarray(model(images[..., None], training=False))
    got = np.stack([net(image) for image in images])
    assert got.shape == (8, 10)
    np.testing.assert_allclose(got, expected, atol=2e-6)
    assert fastest_predictor(model) is not None


@pytest.mark.parametrize("arch", ["lenet5", "reader-cnn", "reader-pair", "reader-trio"])
def test_the_registered_architectures_have_numpy_copies(arch):
    from desktop.core.architectures import get_architecture

    rng = np.random.default_rng(2)
    model = randomised(get_architecture(arch).build(), rng)
    net = NumpyNet.from_keras(model)
    images = rng.random((4, 28, 28), dtype=np.float32)
    np.testing.assert_allclose(np.stack([net(x) for x in images]),
                               np.asarray(model(images[..., None], training=False)), atol=2e-6)


def test_the_default_model_reads_mnist_the_same_through_numpy(default_model, mnist):
    predictor = fastest_predictor(default_model.model)
    assert isinstance(predictor, NumpyNet)
    images = mnist.x_test[:300].astype(np.float32) / 255
    expected = np.asarray(default_model.model(images[..., None], training=False))
    got = np.stack([predictor(image) for image in images])
    np.testing.assert_allclose(got, expected, atol=1e-5)
    assert (got.argmax(axis=1) == expected.argmax(axis=1)).all()


def test_a_layer_without_a_numpy_version_keeps_tensorflow():
    import keras

    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(4, 3, dilation_rate=2),
                              keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
    assert NumpyNet.from_keras(model) is None
    assert isinstance(fastest_predictor(model), Predictor)
    leaky = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="leaky_relu")])
    assert NumpyNet.from_keras(leaky) is None


def test_a_numpy_net_that_disagrees_is_not_used(monkeypatch):
    model = build_model(preset("seed-cnn"))
    monkeypatch.setattr(NumpyNet, "__call__", lambda self, image: np.full(10, 0.1))
    assert isinstance(fastest_predictor(model), Predictor)
