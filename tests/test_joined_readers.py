"""reader-pair and reader-trio: trained reader-cnns in one network that averages their answers."""

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


@pytest.mark.parametrize("count, name, params", [(2, "reader-pair", 483_449), (3, "reader-trio", 725_113)])
def test_joined_networks_give_the_softmax_of_their_mean_logits(tf, count, name, params):
    from desktop.core.ensemble import join_readers
    from desktop.core.numpy_net import NumpyNet

    readers = [random_reader(seed) for seed in range(1, count + 1)]
    images = np.random.default_rng(3).random((6, 28, 28, 1), dtype=np.float32) ** 2
    # log p = logits - log(sum exp logits): the mean of log-probabilities is the mean logit up to a constant
    mean_log = np.mean([np.log(eleven_outputs(reader, images)) for reader in readers], axis=0)
    eleven = np.exp(mean_log - mean_log.max(axis=1, keepdims=True))
    expected = (eleven / eleven.sum(axis=1, keepdims=True)) @ spread_weights()

    joined = join_readers(readers)
    assert joined.name == name and joined.count_params() == count * 241_785 - (count - 1) * 121 == params
    assert get_architecture(name).build().count_params() == params
    np.testing.assert_allclose(np.asarray(joined(images, training=False)), expected, atol=2e-6)
    net = NumpyNet.from_keras(joined)
    np.testing.assert_allclose(np.stack([net(x) for x in images[..., 0]]), expected, atol=2e-6)
    # no network was changed, and one network joined with itself answers as it does alone
    np.testing.assert_allclose(np.asarray(join_readers([readers[0]] * count)(images, training=False)),
                               np.asarray(readers[0](images, training=False)), atol=2e-6)


def test_only_two_or_three_reader_cnns_are_joined(tf):
    from desktop.core.ensemble import join_readers

    with pytest.raises(ValueError, match="reader-cnn"):
        join_readers([random_reader(1), get_architecture("seed-cnn").build()])
    with pytest.raises(ValueError, match="1 networks cannot be joined; join 2 or 3"):
        join_readers([random_reader(1)])


def test_the_grouped_convolutions_are_explained_with_their_own_formula(tf):
    from desktop.core.summary import format_summary, layer_rows

    rows = {row.name: row for row in layer_rows(get_architecture("reader-pair").build())}
    assert rows["conv2"].params == (3 * 3 * 32 + 1) * 128 == 36_992
    assert "(F*F*C/G + 1)*K = (3*3*64/2 + 1)*128 = 36,992" in rows["conv2"].formula
    assert "(F*F*C/G + 1)*K = (3*3*256/2 + 1)*256 = 295,168" in rows["hidden"].formula
    assert rows["conv2"].formula.startswith("output: (13 + 2*0 - 3)/1 + 1 = 11; ")
    assert "each filter sees only its group's 32 of the 64 channels" in rows["conv2"].formula
    assert "Total params: 483,449" in format_summary(get_architecture("reader-pair").build())
    rows = {row.name: row for row in layer_rows(get_architecture("reader-trio").build())}
    assert "(F*F*C/G + 1)*K = (3*3*384/3 + 1)*384 = 442,752" in rows["hidden"].formula


@pytest.mark.parametrize("size, padding", [(3, "valid"), (3, "same"), (2, "valid")])
def test_a_grouped_convolution_gives_each_groups_own_convolution_and_gradient(tf, size, padding):
    """Group by group as plain convolutions; as matrix products where the kernel covers the whole input
    (3x3 "valid" on 3x3: the joined readers' hidden layer), with the same outputs and kernel gradients."""
    import tensorflow as tf_module

    from desktop.core.grouped_conv import GroupedConv2D

    rng = np.random.default_rng(4)
    x = tf_module.constant(rng.random((5, 3, 3, 12), dtype=np.float32))
    layer = GroupedConv2D(9, size, padding=padding, groups=3)
    layer.build(x.shape)
    kernel = rng.normal(0, 0.3, layer.kernel.shape).astype(np.float32)
    layer.set_weights([kernel, np.zeros(9, np.float32)])
    with tf_module.GradientTape() as tape:
        y = layer(x)
        loss = tf_module.reduce_sum(y * np.arange(y.shape[-1], dtype=np.float32))
    grad = tape.gradient(loss, layer.kernel)
    for g in range(3):
        k = tf_module.Variable(kernel[..., 3 * g:3 * g + 3])
        with tf_module.GradientTape() as tape:
            part = tf_module.nn.conv2d(x[..., 4 * g:4 * g + 4], k, 1, padding.upper())
            loss = tf_module.reduce_sum(part * np.arange(3 * g, 3 * g + 3, dtype=np.float32))
        np.testing.assert_allclose(np.asarray(y)[..., 3 * g:3 * g + 3], np.asarray(part), atol=1e-5)
        np.testing.assert_allclose(np.asarray(grad)[..., 3 * g:3 * g + 3], np.asarray(tape.gradient(loss, k)),
                                   atol=1e-4)
