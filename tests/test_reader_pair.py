"""reader-pair: two trained reader-cnns in one network that averages their answers."""

import numpy as np
import pytest

from desktop.core.architectures import get_architecture, spread_weights


def random_reader(seed: int):
    rng = np.random.default_rng(seed)
    model = get_architecture("reader-cnn").build()
    for layer in model.layers:
        if layer.trainable and layer.get_weights():
            layer.set_weights([rng.normal(0, 0.08, w.shape).astype(np.float32) for w in layer.get_weights()])
    return model


def eleven_outputs(model, images):
    import keras

    inner = keras.Model(model.inputs[0], model.get_layer("digit_or_not").output)
    return np.asarray(inner(images, training=False), np.float64)


def test_the_pair_gives_the_softmax_of_the_two_networks_mean_logits(tf):
    from desktop.core.ensemble import pair_of_readers
    from desktop.core.numpy_net import NumpyNet

    first, second = random_reader(1), random_reader(2)
    images = np.random.default_rng(3).random((6, 28, 28, 1), dtype=np.float32) ** 2
    # log p = logits - log(sum exp logits): the mean of two log-probabilities is the mean logit up to a constant
    mean_log = (np.log(eleven_outputs(first, images)) + np.log(eleven_outputs(second, images))) / 2
    eleven = np.exp(mean_log - mean_log.max(axis=1, keepdims=True))
    expected = (eleven / eleven.sum(axis=1, keepdims=True)) @ spread_weights()

    pair = pair_of_readers(first, second)
    assert pair.name == "reader-pair" and pair.count_params() == 2 * 241_785 - 11 - 110 == 483_449
    np.testing.assert_allclose(np.asarray(pair(images, training=False)), expected, atol=2e-6)
    net = NumpyNet.from_keras(pair)
    np.testing.assert_allclose(np.stack([net(x) for x in images[..., 0]]), expected, atol=2e-6)
    # neither network was changed, and one network paired with itself answers as it does alone
    np.testing.assert_allclose(np.asarray(pair_of_readers(first, first)(images, training=False)),
                               np.asarray(first(images, training=False)), atol=2e-6)


def test_only_reader_cnns_are_paired(tf):
    from desktop.core.ensemble import pair_of_readers

    with pytest.raises(ValueError, match="reader-cnn"):
        pair_of_readers(random_reader(1), get_architecture("seed-cnn").build())


def test_the_grouped_convolutions_are_explained_with_their_own_formula(tf):
    from desktop.core.summary import format_summary, layer_rows

    rows = {row.name: row for row in layer_rows(get_architecture("reader-pair").build())}
    assert rows["conv2"].params == (3 * 3 * 32 + 1) * 128 == 36_992
    assert "(F*F*C/G + 1)*K = (3*3*64/2 + 1)*128 = 36,992" in rows["conv2"].formula
    assert "(F*F*C/G + 1)*K = (3*3*256/2 + 1)*256 = 295,168" in rows["hidden"].formula
    assert rows["conv2"].formula.startswith("output: (13 + 2*0 - 3)/1 + 1 = 11; ")
    assert "each filter sees only its group's 32 of the 64 channels" in rows["conv2"].formula
    assert "Total params: 483,449" in format_summary(get_architecture("reader-pair").build())
