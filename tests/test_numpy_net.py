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
    # Joined with their max pooling (a 13 -> 4 pooling drops a row and a column), except after tanh.
    "max pooling after convolutions": [
        conv(8, 3), LayerSpec("MaxPooling2D", {"pool": 2, "stride": 2}),
        conv(12, 4, 1, "same", "linear"), LayerSpec("MaxPooling2D", {"pool": 3, "stride": 3}),
        conv(16, 2, 1, "same", "tanh"), LayerSpec("MaxPooling2D", {"pool": 2, "stride": 2}),
        LayerSpec("Flatten"), HEAD],
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
    joined = {"seed-cnn": 2, "max pooling after convolutions": 2}.get(name, 0)  # conv + pool steps made one
    assert len(net.fast) == len(net.steps) - joined
    outputs = net.outputs(images[0])  # every layer's own output is still there
    assert [o.shape for o in outputs] == [tuple(layer.output.shape[1:]) for layer in model.layers]


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


def random_specs(count: int, seed: int) -> list[list[LayerSpec]]:
    """Networks as the Build area composes them, drawn at random (those Keras can build)."""
    rng = np.random.default_rng(seed)
    acts = ["relu", "tanh", "sigmoid", "elu", "linear"]
    specs = []
    while len(specs) < count:
        layers = []
        for _ in range(rng.integers(1, 4)):
            layers.append(conv(int(rng.integers(2, 12)), int(rng.choice([2, 3, 5])), int(rng.choice([1, 2])),
                               str(rng.choice(["valid", "same"])), str(rng.choice(acts))))
            extra = rng.choice(["none", "max", "avg", "bn", "dropout"])
            if extra in ("max", "avg"):
                layers.append(LayerSpec("MaxPooling2D" if extra == "max" else "AveragePooling2D",
                                        {"pool": 2, "stride": 2}))
            elif extra == "bn":
                layers.append(LayerSpec("BatchNormalization"))
            elif extra == "dropout":
                layers.append(LayerSpec("Dropout", {"rate": 0.25}))
        layers.append(LayerSpec(str(rng.choice(["Flatten", "GlobalAveragePooling2D"]))))
        if rng.random() < 0.5:
            layers.append(LayerSpec("Dense", {"units": int(rng.integers(8, 40)), "activation": str(rng.choice(acts))}))
        layers.append(HEAD)
        try:
            build_model(NetworkSpec("random", layers))
        except Exception:  # too small for its strides and pools: the Build area would not offer it
            continue
        specs.append(layers)
    return specs


def saved(tmp_path, model, name="net"):
    from desktop.core.model_files import save_model

    return save_model(model, tmp_path / f"{name}.keras", {})


@pytest.mark.parametrize("name", [*SPECS, "reader-cnn", "reader-trio"] + [f"random {i}" for i in range(6)])
def test_a_saved_network_is_read_from_its_file_with_the_same_answers(tmp_path, name):
    from desktop.core.architectures import ARCHITECTURES

    rng = np.random.default_rng(3)
    if name in ARCHITECTURES:
        model = ARCHITECTURES[name].build()
    else:
        layers = SPECS[name] if name in SPECS else random_specs(6, seed=4)[int(name.split()[1])]
        model = build_model(NetworkSpec(name, layers))
    model = randomised(model, rng)
    net = NumpyNet.from_file(saved(tmp_path, model))
    assert net is not None
    images = rng.random((6, 28, 28), dtype=np.float32)
    got = np.stack([net(x) for x in images])
    in_memory = NumpyNet.from_keras(model)
    assert np.array_equal(got, np.stack([in_memory(x) for x in images]))  # the same weights, in the same places
    # Random weights (sd 0.3) make large activations, and the readers' fixed last layer unnormalised outputs,
    # so float32 sums in another order differ by up to ~2e-4 of a value here; trained weights: < 1e-6 (below).
    np.testing.assert_allclose(got, np.asarray(model(images[..., None], training=False)), atol=1e-5, rtol=1e-3)


@pytest.mark.parametrize("shipped", ["default.keras", "seed-cnn.keras"])
def test_the_shipped_models_are_read_from_their_files_with_the_same_answers(shipped, mnist):
    from desktop.core.locations import shipped_models_dir
    from desktop.core.model_files import load_model

    path = shipped_models_dir() / shipped
    net, model = NumpyNet.from_file(path), load_model(path).model
    images = mnist.x_test[:200].astype(np.float32) / 255
    np.testing.assert_allclose(np.stack([net(x) for x in images]),
                               np.asarray(model(images[..., None], training=False)), atol=1e-5)


def test_a_file_is_read_without_importing_tensorflow():
    import subprocess
    import sys

    code = ("import sys; from desktop.core.numpy_net import NumpyNet; from desktop.core.locations import "
            "default_model_path; net = NumpyNet.from_file(default_model_path()); "
            "print(net is not None, any(m.split('.')[0] in ('tensorflow', 'keras') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["True", "False"], out.stderr


def test_files_numpy_cannot_run_are_left_to_tensorflow(tmp_path):
    import keras

    dilated = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(4, 3, dilation_rate=2),
                                keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
    inputs = keras.Input((28, 28, 1))
    functional = keras.Model(inputs, keras.layers.Dense(10)(keras.layers.Flatten()(inputs)))
    wrong_input = keras.Sequential([keras.Input((32, 32, 1)), keras.layers.Flatten(), keras.layers.Dense(10)])
    for name, model in (("dilated", dilated), ("functional", functional), ("wrong", wrong_input)):
        assert NumpyNet.from_file(saved(tmp_path, model, name)) is None, name
    (tmp_path / "junk.keras").write_bytes(b"PK\x03\x04 not really a zip")
    assert NumpyNet.from_file(tmp_path / "junk.keras") is None
    assert NumpyNet.from_file(tmp_path / "missing.keras") is None
