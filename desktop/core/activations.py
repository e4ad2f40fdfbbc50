"""What every layer of a model computes for one image: feature maps, saliency and filters."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .architectures import CONV_KINDS

SMOOTHING_COPIES = 16
SMOOTHING_NOISE = 0.1


@dataclass
class Activations:
    """One image's pass through the network.

    ``outputs[i]`` is layer ``i``'s output without the batch axis (e.g. (26, 26, 32)
    for a conv layer, (10,) for the softmax). ``saliency`` (28, 28) in [-1, 1]
    says how much each pixel pushed the score of ``digit``, the predicted
    class: positive where the ink supports it, negative where it argues
    against it.
    """

    outputs: list[np.ndarray]
    saliency: np.ndarray
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
    """All layers' outputs and a saliency map for one 28x28 image, in one traced call.

    One multi-output model (same layers and weights, every layer's output an
    output) is built once per model and wrapped in a ``tf.function`` with a
    fixed input signature, so a refresh is a single graph call, not one
    model per layer. Saliency is SmoothGrad x input: the gradient of the
    predicted class' score, averaged over ``SMOOTHING_COPIES`` noisy copies of
    the image (plain gradients are speckled), times the image. The noise is
    fixed, so the same drawing always gives the same map. Build it on the
    thread that loads the model; call it from one thread at a time.
    """

    def __init__(self, model) -> None:
        from .tf_import import import_tensorflow

        tf = import_tensorflow()
        import keras

        self.layers = list(model.layers)
        self.names = [layer.name for layer in self.layers]
        last = self.layers[-1]
        multi = keras.Model(inputs=model.inputs, outputs=[layer.output for layer in self.layers] + [last.input])
        noise = np.random.default_rng(0).normal(0, SMOOTHING_NOISE, (SMOOTHING_COPIES, 28, 28, 1))
        noise = tf.constant(np.concatenate([np.zeros((1, 28, 28, 1)), noise]).astype(np.float32))

        def run(x):
            batch = x + noise  # row 0: the image itself, then the noisy copies
            with tf.GradientTape() as tape:
                tape.watch(batch)
                outputs = multi(batch, training=False)
                digit = tf.argmax(outputs[-2][0])
                scores = _class_scores(last, outputs[-1], outputs[-2], tf)
                score = tf.reduce_sum(tf.gather(scores[1:], digit, axis=1))
            grad = tf.reduce_mean(tape.gradient(score, batch)[1:], axis=0)
            return [o[0] for o in outputs[:-1]], grad[:, :, 0] * x[0, :, :, 0], digit

        self._fn = tf.function(run, input_signature=[tf.TensorSpec((1, 28, 28, 1), tf.float32)], autograph=False)
        self(np.zeros((28, 28), np.float32))  # trace now, not on the first refresh

    def __call__(self, image: np.ndarray) -> Activations:
        """Run a float32 (28, 28) image in [0, 1] through the network."""
        batch = np.ascontiguousarray(image, dtype=np.float32).reshape(1, 28, 28, 1)
        outputs, saliency, digit = self._fn(batch)
        saliency = saliency.numpy()
        top = np.abs(saliency).max()
        if top > 0:
            saliency = saliency / top
        return Activations([o.numpy() for o in outputs], saliency.astype(np.float32), int(digit))


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
