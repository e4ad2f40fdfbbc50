"""Network specs: analysis without Keras equals what Keras builds; errors name the exact reason."""

import json

import numpy as np
import pytest

from desktop.core.spec import (
    LayerSpec,
    NetworkSpec,
    SpecError,
    analyse,
    build_model,
    load_spec,
    preset,
    save_spec,
)


def _keras_rows(model):
    return [(tuple(l.output.shape[1:]), l.count_params(), sum(int(np.prod(w.shape)) for w in l.trainable_weights))
            for l in model.layers]


def _rows(analysis):
    return [(a.output_shape, a.params, a.trainable) for a in analysis.layers]


def test_presets_equal_the_hand_computed_values(tf):
    seed = analyse(preset("seed-cnn"))
    assert seed.ok
    assert [(a.output_shape, a.params) for a in seed.layers] == [
        ((26, 26, 32), (3 * 3 * 1 + 1) * 32), ((13, 13, 32), 0), ((11, 11, 64), (3 * 3 * 32 + 1) * 64),
        ((5, 5, 64), 0), ((3, 3, 128), (3 * 3 * 64 + 1) * 128), ((1152,), 0), ((10,), (1152 + 1) * 10),
    ]
    assert seed.params == 104_202 and seed.weight_bytes == 416_808
    # Multiply-adds per image: out_h * out_w * K * F*F*C for convs, N_in * N_out for dense.
    assert seed.macs == 26 * 26 * 32 * 9 + 11 * 11 * 64 * 9 * 32 + 3 * 3 * 128 * 9 * 64 + 1152 * 10 == 3_100_032
    lenet = analyse(preset("lenet5"))
    assert [(a.output_shape, a.params) for a in lenet.layers] == [
        ((28, 28, 6), 156), ((14, 14, 6), 0), ((10, 10, 16), 2_416), ((5, 5, 16), 0), ((400,), 0),
        ((120,), 48_120), ((84,), 10_164), ((10,), 850),
    ]
    assert lenet.params == 61_706
    for name in ("seed-cnn", "lenet5"):
        assert _rows(analyse(preset(name))) == _keras_rows(build_model(preset(name)))


def _random_spec(rng: np.random.Generator) -> NetworkSpec:
    layers = []
    for _ in range(rng.integers(0, 4)):
        layers.append(LayerSpec("Conv2D", {"filters": int(rng.integers(1, 17)), "kernel": int(rng.integers(1, 6)),
                                           "stride": int(rng.integers(1, 3)), "padding": str(rng.choice(["valid", "same"])),
                                           "activation": str(rng.choice(["relu", "tanh", "linear"]))}))
        extra = rng.integers(0, 4)
        if extra == 1:
            layers.append(LayerSpec(str(rng.choice(["MaxPooling2D", "AveragePooling2D"])),
                                    {"pool": int(rng.integers(1, 4)), "stride": int(rng.integers(1, 3))}))
        elif extra == 2:
            layers.append(LayerSpec("BatchNormalization"))
        elif extra == 3:
            layers.append(LayerSpec("Dropout", {"rate": float(rng.uniform(0, 0.9))}))
    layers.append(LayerSpec(str(rng.choice(["Flatten", "GlobalAveragePooling2D"]))))
    for _ in range(rng.integers(0, 3)):
        layers.append(LayerSpec("Dense", {"units": int(rng.integers(1, 65)), "activation": "relu"}))
        if rng.random() < 0.3:
            layers.append(LayerSpec(str(rng.choice(["BatchNormalization", "Dropout"]))))
    layers.append(LayerSpec("Dense", {"units": 10, "activation": "softmax"}))
    return NetworkSpec("random", layers)


def test_analysis_equals_keras_for_random_valid_specs(tf):
    rng = np.random.default_rng(7)
    checked = 0
    while checked < 40:
        spec = _random_spec(rng)
        analysis = analyse(spec)
        if not analysis.ok:  # e.g. windows that outgrow a small input: covered below
            continue
        model = build_model(spec)
        assert _rows(analysis) == _keras_rows(model), spec.to_json()
        assert analysis.params == model.count_params()
        checked += 1


@pytest.mark.parametrize(
    "layers, index, message",
    [
        ([("Conv2D", {"kernel": 3}), ("MaxPooling2D", {}), ("Conv2D", {"kernel": 3}), ("MaxPooling2D", {}),
          ("Conv2D", {"kernel": 3}), ("Conv2D", {"kernel": 5}), ("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"})],
         5, "layer 6 (Conv2D): Conv2D 5x5 on a 3x3 input leaves nothing: (3 + 0 - 5)/1 + 1 = -1"),
        ([("Conv2D", {}), ("Dense", {"units": 10, "activation": "softmax"})],
         1, "layer 2 (Dense): Dense needs flat input, but gets 26x26x32: add Flatten or GlobalAveragePooling2D before it"),
        ([("Flatten", {}), ("Conv2D", {}), ("Dense", {"units": 10, "activation": "softmax"})],
         1, "layer 2 (Conv2D): Conv2D needs rows and columns, but its input is 784 flat values: put it before Flatten"),
        ([("Flatten", {}), ("GlobalAveragePooling2D", {}), ("Dense", {"units": 10, "activation": "softmax"})],
         1, "layer 2 (GlobalAveragePooling2D): GlobalAveragePooling2D needs rows and columns"),
        ([("MaxPooling2D", {"pool": 30, "stride": 1}), ("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"})],
         0, "layer 1 (MaxPooling2D): MaxPooling2D 30x30 on a 28x28 input leaves nothing: (28 + 0 - 30)/1 + 1 = -1"),
        ([("Conv2D", {"filters": 0}), ("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"})],
         0, "layer 1 (Conv2D): filters must be a whole number >= 1 (got 0)"),
        ([("Flatten", {}), ("Dropout", {"rate": 1.5}), ("Dense", {"units": 10, "activation": "softmax"})],
         1, "layer 2 (Dropout): rate must be >= 0 and < 1 (got 1.5)"),
        ([("Flatten", {}), ("Dense", {"units": 10, "activation": "swish"})],
         1, "layer 2 (Dense): activation must be one of relu, tanh, sigmoid, elu, softmax, linear (got 'swish')"),
        ([("Conv2D", {}), ("Flatten", {}), ("Dense", {"units": 64})],
         None, "missing classifier head: the network must end with Dense(10, softmax)"),
        ([], None, "the network is empty"),
    ],
)
def test_each_invalid_spec_gives_its_reason(layers, index, message):
    analysis = analyse(NetworkSpec("bad", [LayerSpec(kind, params) for kind, params in layers]))
    assert not analysis.ok
    where, text = analysis.errors[0]
    assert where == index and text.startswith(message), text
    if index is not None:
        assert analysis.layers[index].output_shape is None
        # Later layers are not guessed at.
        assert all(a.output_shape is None for a in analysis.layers[index:])
    with pytest.raises(ValueError, match="layer|classifier|empty"):
        build_model(NetworkSpec("bad", [LayerSpec(kind, params) for kind, params in layers]))


def test_formulas_have_the_numbers_plugged_in():
    spec = NetworkSpec("f", [LayerSpec("Conv2D", {"filters": 4, "kernel": 5, "stride": 2, "padding": "same"}),
                             LayerSpec("BatchNormalization"), LayerSpec("GlobalAveragePooling2D"),
                             LayerSpec("Dense", {"units": 10, "activation": "softmax"})])
    a = analyse(spec).layers
    assert a[0].formula.startswith("output: 'same' padding p = 3/2: (28 + 2*3/2 - 5)/2 + 1 = 14; "
                                   "params: (F*F*C + 1)*K = (5*5*1 + 1)*4 = 104")
    assert "4*C = 4*4 = 16 (2*C = 8 trainable" in a[1].formula and (a[1].params, a[1].trainable) == (16, 8)
    assert a[2].formula == "output: the average of each 14x14 map = 4 values; params: 0"
    assert a[3].formula == "output: 10 values; params: (N_in + 1)*N_out = (4 + 1)*10 = 50"


def test_json_round_trip_and_bad_files(tmp_path):
    spec = preset("lenet5")
    spec.layers[0].params["filters"] = 8
    path = save_spec(spec, tmp_path / "mine")
    assert path.name == "mine.json"
    data = json.loads(path.read_text())
    assert data["layers"][0] == {"kind": "Conv2D", "filters": 8, "kernel": 5, "stride": 1, "padding": "same",
                                 "activation": "tanh"}
    assert load_spec(path).to_dict() == spec.to_dict()
    (tmp_path / "broken.json").write_text("{layers: ")
    with pytest.raises(SpecError, match=r"broken.json is not valid JSON \(line 1"):
        load_spec(tmp_path / "broken.json")
    (tmp_path / "odd.json").write_text(json.dumps({"layers": [{"kind": "Conv3D"}]}))
    with pytest.raises(SpecError, match="odd.json: layer 1: unknown kind 'Conv3D'"):
        load_spec(tmp_path / "odd.json")
    (tmp_path / "extra.json").write_text(json.dumps({"layers": [{"kind": "Dense", "units": 3, "bias": False}]}))
    with pytest.raises(SpecError, match=r"layer 1 \(Dense\): unknown setting\(s\) bias"):
        load_spec(tmp_path / "extra.json")
    with pytest.raises(SpecError, match="cannot read missing.json"):
        load_spec(tmp_path / "missing.json")


def test_the_cli_trains_a_spec_file(tmp_path, capsys, small_mnist):
    from desktop.cli import main

    spec = preset("lenet5")
    spec.layers[0].params["filters"] = 4
    path = save_spec(spec, tmp_path / "small-lenet.json")
    np.savez(tmp_path / "small.npz", x_train=small_mnist.x_train, y_train=small_mnist.y_train,
             x_test=small_mnist.x_test, y_test=small_mnist.y_test)
    out = tmp_path / "trained.keras"
    assert main(["train", "--spec", str(path), "--epochs", "1", "--data", str(tmp_path / "small.npz"),
                 "--out", str(out)]) == 0
    card = json.loads((tmp_path / "trained.card.json").read_text())
    assert card["architecture"] == "custom" and card["params"] == analyse(spec).params
    assert "Training lenet5 on" in capsys.readouterr().out  # the name inside the file
    (tmp_path / "bad.json").write_text(json.dumps({"layers": [{"kind": "Flatten"}]}))
    assert main(["train", "--spec", str(tmp_path / "bad.json"), "--out", str(tmp_path / "x.keras")]) == 1
    assert "network: missing classifier head" in capsys.readouterr().err
