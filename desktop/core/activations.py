"""What every layer of a model computes for one image: feature maps, saliency and filters."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .architectures import CONV_KINDS

# 8 noisy copies: against a 64-copy map, the median correlation on the ink was 0.98 for seed-cnn (16 copies: 0.99)
# and 0.87 for the default model (16: 0.91; two 16-copy maps with other noise agreed to 0.87), at half the cost.
SMOOTHING_COPIES = 8
SMOOTHING_NOISE = 0.1


@dataclass
class Activations:
    """One image's pass through the network.

    ``outputs[i]`` is layer ``i``'s output without the batch axis (e.g. (26, 26, 32)
    for a conv layer, (10,) for the softmax). ``saliency`` (28, 28) in [-1, 1]
    says how much each pixel pushed the score of ``digit``, the predicted
    class: positive where the ink supports it, negative where it argues
    against it (None when it was not asked for).
    """

    outputs: list[np.ndarray]
    saliency: np.ndarray | None
    digit: int

    @property
    def probabilities(self) -> np.ndarray:
        return self.outputs[-1]


def _class_scores(layer, layer_input, probabilities, tf):
    """Pre-softmax scores when the last layer is a softmax Dense (their gradients do not saturate)."""
    config = layer.get_config()
    if type(layer).__name__ == "Dense" and config.get("activation") == "softmax":
        scores = tf.matmul(layer_input, layer.kernel)
        return scores + layer.bias if layer.use_bias else scores
    return tf.math.log(probabilities + 1e-12)


class ActivationProbe:
    r"""All layers' outputs for one 28x28 image in one traced call, and its saliency map in another.

    One multi-output model (same layers and weights, every layer's output an
    output) is built once per model and wrapped in ``tf.function``\ s with a
    fixed input signature, so a refresh is a single graph call, not one
    model per layer; where numpy can run the network (``core.numpy_net``) the
    maps come from it instead, equal within float32 rounding and several
    times faster. Saliency is SmoothGrad x input: the gradient of the
    predicted class' score, averaged over ``SMOOTHING_COPIES`` noisy copies of
    the image (plain gradients are speckled), times the image. It costs
    several times the maps (a forward and a backward pass per copy), so it is
    a call of its own that the inspector makes after showing the maps, and
    only while saliency is shown. The noise is fixed, so the same drawing
    always gives the same map. Build it on any one thread and call it from
    one thread at a time.
    """

    def __init__(self, model, copies: int = SMOOTHING_COPIES, numpy_net=None) -> None:
        from .tf_import import import_tensorflow

        tf = import_tensorflow()
        import keras

        from .numpy_net import NumpyNet

        self.layers = list(model.layers)
        self.names = [layer.name for layer in self.layers]
        # The maps from numpy where it runs the network: 1-2 ms for the default model, 7-10 ms in TensorFlow.
        self._numpy = numpy_net if numpy_net is not None else NumpyNet.from_keras(model)
        last = self.layers[-1]
        multi = keras.Model(inputs=model.inputs, outputs=[layer.output for layer in self.layers] + [last.input])
        noise = np.random.default_rng(0).normal(0, SMOOTHING_NOISE, (copies, 28, 28, 1))
        noise = tf.constant(noise.astype(np.float32))

        def maps(x):
            outputs = multi(x, training=False)
            return [o[0] for o in outputs[:-1]], tf.argmax(outputs[-2][0])

        def saliency(x, digit):
            batch = x + noise
            with tf.GradientTape() as tape:
                tape.watch(batch)
                outputs = multi(batch, training=False)
                scores = _class_scores(last, outputs[-1], outputs[-2], tf)
                score = tf.reduce_sum(tf.gather(scores, digit, axis=1))
            grad = tf.reduce_mean(tape.gradient(score, batch), axis=0)
            return grad[:, :, 0] * x[0, :, :, 0]

        image = tf.TensorSpec((1, 28, 28, 1), tf.float32)
        self._maps = tf.function(maps, input_signature=[image], autograph=False)
        self._saliency = tf.function(saliency, input_signature=[image, tf.TensorSpec((), tf.int64)],
                                     autograph=False)
        self(np.zeros((28, 28), np.float32))  # trace both now, not on the first refresh

    def __call__(self, image: np.ndarray, saliency: bool = True) -> Activations:
        """Run a float32 (28, 28) image in [0, 1] through the network (``saliency``: and compute its map)."""
        if self._numpy is not None:
            outputs = self._numpy.outputs(image)
            digit = int(np.argmax(outputs[-1]))
        else:
            tensors, digit = self._maps(_batch(image))
            outputs, digit = [o.numpy() for o in tensors], int(digit)
        return Activations(outputs, self.saliency(image, digit) if saliency else None, digit)

    def saliency(self, image: np.ndarray, digit: int) -> np.ndarray:
        """The SmoothGrad x input map (28, 28) of ``digit``'s score, scaled to [-1, 1]."""
        saliency = self._saliency(_batch(image), np.int64(digit)).numpy()
        top = np.abs(saliency).max()
        if top > 0:
            saliency = saliency / top
        return saliency.astype(np.float32)


def _batch(image: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(image, dtype=np.float32).reshape(1, 28, 28, 1)


def first_conv_filters(model) -> tuple[str, np.ndarray] | None:
    """The first Conv2D layer's name and its K kernels as an (F, F, K) stack, None if there is none.

    With several input channels a filter is shown as its mean over them.
    """
    for layer in model.layers:
        if type(layer).__name__ in CONV_KINDS:
            kernel = np.asarray(layer.get_weights()[0])  # (F, F, C, K)
            return layer.name, kernel.mean(axis=2)
    return None


__all__ = ["ActivationProbe", "Activations", "first_conv_filters"]
