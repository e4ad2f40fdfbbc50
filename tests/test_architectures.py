"""Shapes and parameter counts of the course networks, checked against hand arithmetic."""

import pytest

from desktop.core.architectures import ARCHITECTURES, UnknownArchitecture, get_architecture
from desktop.core.layer_math import conv_output_size, conv_params, dense_params


def _shapes_and_params(model):
    return [(tuple(l.output.shape[1:]), l.count_params()) for l in model.layers]


def test_seed_cnn_matches_the_course_by_hand():
    c1 = conv_output_size(28, 3)                 # (28 + 0 - 3)/1 + 1 = 26
    p1 = conv_output_size(c1, 2, s=2)            # 13
    c2 = conv_output_size(p1, 3)                 # 11
    p2 = conv_output_size(c2, 2, s=2)            # 5
    c3 = conv_output_size(p2, 3)                 # 3
    expected = [
        ((c1, c1, 32), conv_params(3, 1, 32)),
        ((p1, p1, 32), 0),
        ((c2, c2, 64), conv_params(3, 32, 64)),
        ((p2, p2, 64), 0),
        ((c3, c3, 128), conv_params(3, 64, 128)),
        ((c3 * c3 * 128,), 0),
        ((10,), dense_params(c3 * c3 * 128, 10)),
    ]
    # The course's figures, written out, so a slip in the helpers cannot hide.
    assert expected == [
        ((26, 26, 32), 320), ((13, 13, 32), 0), ((11, 11, 64), 18_496), ((5, 5, 64), 0),
        ((3, 3, 128), 73_856), ((1152,), 0), ((10,), 11_530),
    ]
    model = get_architecture("seed-cnn").build()
    assert _shapes_and_params(model) == expected
    assert model.count_params() == 104_202
    assert [l.name for l in model.layers] == ["conv1", "pool1", "conv2", "pool2", "conv3", "flatten", "probabilities"]


def test_lenet5_matches_the_paper_by_hand():
    c1 = conv_output_size(32, 5)                 # 28 after padding 28 -> 32
    s2 = conv_output_size(c1, 2, s=2)            # 14
    c3 = conv_output_size(s2, 5)                 # 10
    s4 = conv_output_size(c3, 2, s=2)            # 5
    expected = [
        ((32, 32, 1), 0),
        ((c1, c1, 6), conv_params(5, 1, 6)),
        ((s2, s2, 6), 0),
        ((c3, c3, 16), conv_params(5, 6, 16)),
        ((s4, s4, 16), 0),
        ((400,), 0),
        ((120,), dense_params(400, 120)),
        ((84,), dense_params(120, 84)),
        ((10,), dense_params(84, 10)),
    ]
    assert conv_params(5, 1, 6) == 156  # the course's C1 figure
    model = get_architecture("lenet5").build()
    assert _shapes_and_params(model) == expected
    assert model.count_params() == 156 + 2_416 + 48_120 + 10_164 + 850 == 61_706


def test_every_model_maps_28x28x1_to_10_softmax_outputs(tf):
    import numpy as np

    for arch in ARCHITECTURES.values():
        model = arch.build()
        assert tuple(model.input_shape) == (None, 28, 28, 1)
        out = np.asarray(model(np.random.rand(3, 28, 28, 1).astype("float32"), training=False))
        assert out.shape == (3, 10)
        assert np.allclose(out.sum(axis=1), 1.0, atol=1e-5)
        assert arch.description and arch.name in ("seed-cnn", "reader-cnn", "reader-pair", "reader-trio", "lenet5", "mlp", "mlp-deep")


def test_unknown_architecture_names_the_choices():
    with pytest.raises(UnknownArchitecture, match="seed-cnn, reader-cnn, reader-pair, reader-trio, lenet5, mlp, mlp-deep"):
        get_architecture("resnet")


def test_reader_cnn_is_the_course_cnn_with_a_hidden_layer_and_a_not_a_digit_output(tf):
    seed = get_architecture("seed-cnn").build()
    model = get_architecture("reader-cnn").build()
    assert [layer.name for layer in model.layers][:6] == [layer.name for layer in seed.layers][:6]
    assert [layer.name for layer in model.layers][-5:] == ["flatten", "hidden", "dropout", "digit_or_not",
                                                           "probabilities"]
    # seed-cnn's 104,202 with 1,152*128 + 128 for the hidden layer, 128*11 + 11 for the eleven outputs and
    # 11*10 fixed weights instead of 1,152*10 + 10.
    assert model.count_params() == 104_202 + (1_152 * 128 + 128) + (128 * 11 + 11) + 110 - (1_152 * 10 + 10) \
        == 241_785
    assert sum(int(w.numpy().size) for w in model.trainable_weights) == 241_785 - 110


def test_not_a_digit_is_shared_out_evenly_and_never_trained(tf):
    import keras
    import numpy as np

    model = get_architecture("reader-cnn").build()
    spread = model.get_layer("probabilities")
    shared = np.asarray(spread(np.eye(11, dtype="float32")))
    assert np.allclose(shared[:10], np.eye(10)) and np.allclose(shared[10], 0.1)
    before = spread.get_weights()[0].copy()
    learnt = model.get_layer("digit_or_not").get_weights()[0].copy()
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="categorical_crossentropy")
    x = np.random.default_rng(0).random((16, 28, 28, 1), dtype=np.float32)
    model.fit(x, np.full((16, 10), 0.1, np.float32), epochs=2, verbose=0)
    assert np.array_equal(spread.get_weights()[0], before)
    assert not np.array_equal(model.get_layer("digit_or_not").get_weights()[0], learnt)  # the rest does learn


def test_the_fixed_layer_is_explained(tf):
    from desktop.core.summary import format_summary

    text = format_summary(get_architecture("reader-cnn").build())
    assert ("probabilities: output: 10; params: N_in*N_out = 11*10 = 110 (no bias, fixed: each digit's probability "
            "plus a tenth of the 'not a digit' output)") in text
    assert "Total params: 241,785  (trainable 241,675, non-trainable 110)" in text


def test_a_convolution_without_bias_is_explained(tf):
    import keras

    from desktop.core.summary import format_summary

    model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(32, 3, use_bias=False, name="conv1"),
                              keras.layers.BatchNormalization(name="conv1_batchnorm"), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    text = format_summary(model)
    assert "conv1: output: (28 + 2*0 - 3)/1 + 1 = 26; params: F*F*C*K = 3*3*1*32 = 288" in text
    assert "conv1_batchnorm (BatchNormalization)  (26, 26, 32)" in text  # long names keep the columns aligned


def test_the_dense_presets_match_hand_counts():
    # Flatten 28*28 = 784 inputs; a Dense layer has (inputs + 1) * units parameters.
    mlp = get_architecture("mlp").build()
    assert _shapes_and_params(mlp) == [((784,), 0), ((128,), 785 * 128), ((10,), 129 * 10)]
    assert mlp.count_params() == 100_480 + 1_290 == 101_770
    deep = get_architecture("mlp-deep").build()
    assert _shapes_and_params(deep) == [((784,), 0), ((256,), 785 * 256), ((256,), 257 * 256), ((10,), 257 * 10)]
    assert deep.count_params() == 200_960 + 65_792 + 2_570 == 269_322


def test_the_build_areas_presets_include_the_dense_nets_with_the_same_counts():
    from desktop.core.spec import PRESETS, analyse, build_model, preset

    assert PRESETS == ("seed-cnn", "lenet5", "mlp", "mlp-deep")
    for name, params in (("mlp", 101_770), ("mlp-deep", 269_322)):
        analysis = analyse(preset(name))
        assert analysis.ok and analysis.params == params
        assert build_model(preset(name)).count_params() == params
