"""The batches fed to Keras' fit (core.pipelines): every row once per epoch, a new order each epoch, autotuner off."""

import numpy as np

from desktop.core.pipelines import fit_batches, tensor_in_slices


def epoch(dataset) -> list[tuple[np.ndarray, ...]]:
    return [tuple(np.asarray(part) for part in batch) for batch in dataset]


def test_every_row_once_per_epoch_in_a_new_order_each_epoch():
    x = np.arange(10 * 4, dtype=np.float32).reshape(10, 2, 2)
    y = np.arange(10, dtype=np.int32)
    batches = fit_batches(tensor_in_slices(x, slice_bytes=3 * x[0].nbytes), y, 4, seed=5)  # 3 rows at a time
    first, second = epoch(batches), epoch(batches)
    assert [len(b[1]) for b in first] == [4, 4, 2]  # the last batch holds the rest
    for batches_of_epoch in (first, second):
        labels = np.concatenate([b[1] for b in batches_of_epoch])
        assert sorted(labels) == list(range(10))
        images = np.concatenate([b[0] for b in batches_of_epoch])
        np.testing.assert_array_equal(images, x[labels])  # rows stay with their labels
    orders = [np.concatenate([b[1] for b in e]).tolist() for e in (first, second)]
    assert orders[0] != orders[1] and orders[0] != list(range(10))
    assert int(batches.cardinality()) == 3  # Keras knows the epoch's length


def test_in_order_with_weights_and_a_transform():
    x = np.ones((5, 28, 28, 1), np.float32)
    y = np.arange(5, dtype=np.int32)
    w = np.linspace(0.5, 1.0, 5).astype(np.float32)
    batches = epoch(fit_batches(x, y, 2, shuffle=False, weights=w, transform=lambda images: images * 3))
    assert [b[1].tolist() for b in batches] == [[0, 1], [2, 3], [4]]
    np.testing.assert_allclose(np.concatenate([b[2] for b in batches]), w)
    assert all((b[0] == 3).all() for b in batches)


def test_the_autotuner_is_off():
    # Deleting a pipeline with tf.data's autotuner on waited for its thread to wake: fit returned seconds late.
    options = fit_batches(np.zeros((3, 2), np.float32), np.zeros(3, np.int32), 2).options()
    assert options.autotune.enabled is False
    assert options.experimental_optimization.apply_default_optimizations is False


def test_slices_make_the_same_tensor(monkeypatch):
    import tensorflow as tf

    x = np.random.default_rng(0).random((7000, 3), dtype=np.float32)
    converted = []
    original = tf.convert_to_tensor
    monkeypatch.setattr(tf, "convert_to_tensor", lambda a, *args, **kw: converted.append(len(a)) or original(a))
    np.testing.assert_array_equal(np.asarray(tensor_in_slices(x, slice_bytes=1000)), x)
    assert converted == [83] * 84 + [28]  # 1,000 bytes hold 83 rows of 12
