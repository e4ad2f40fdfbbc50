"""The networks the app can build from scratch, by name.

Every model takes float32 (N, 28, 28, 1) in [0, 1] (white digit on black) and
returns 10 softmax probabilities. Layers carry readable names so summaries,
the inspector and the model card can refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # keras is imported lazily: importing it costs seconds
    import keras
    import numpy as np

INPUT_SHAPE = (28, 28, 1)
NUM_CLASSES = 10
CONV_KINDS = ("Conv2D", "GroupedConv2D")  # type names of the 2-D convolution layers (core/grouped_conv.py)


@dataclass(frozen=True)
class Architecture:
    """A registry entry: a name, a one-line description (English, as files and the CLI write it;
    :func:`preset_description` gives it in the GUI's language) and a builder."""

    name: str
    description: str
    build: Callable[[], "keras.Model"]


def _course_features() -> list:
    """The course CNN's input and feature layers: Conv32-Pool-Conv64-Pool-Conv128-Flatten."""
    import keras
    from keras import layers

    return [
        keras.Input(INPUT_SHAPE, name="image"),
        layers.Conv2D(32, 3, activation="relu", name="conv1"),
        layers.MaxPooling2D(2, name="pool1"),
        layers.Conv2D(64, 3, activation="relu", name="conv2"),
        layers.MaxPooling2D(2, name="pool2"),
        layers.Conv2D(128, 3, activation="relu", name="conv3"),
        layers.Flatten(name="flatten"),
    ]


def build_seed_cnn() -> "keras.Model":
    """The course CNN: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense10 (104,202 params)."""
    import keras
    from keras import layers

    return keras.Sequential(
        [*_course_features(), layers.Dense(NUM_CLASSES, activation="softmax", name="probabilities")],
        name="seed-cnn",
    )


def spread_weights() -> "np.ndarray":
    """The fixed (11, 10) matrix from eleven outputs to ten: digit i keeps its own probability plus a
    tenth of the eleventh output's ("not a digit")."""
    import numpy as np

    weights = np.zeros((NUM_CLASSES + 1, NUM_CLASSES), np.float32)
    weights[:NUM_CLASSES] = np.eye(NUM_CLASSES, dtype=np.float32)
    weights[NUM_CLASSES] = 1.0 / NUM_CLASSES
    return weights


def _digit_or_not(features: list, name: str) -> "keras.Model":
    """``features`` followed by the eleven softmax outputs (ten digits and "not a digit") and the fixed
    layer that shares the eleventh out over the ten digits (:func:`spread_weights`)."""
    import keras
    from keras import layers

    spread = layers.Dense(NUM_CLASSES, use_bias=False, trainable=False, name="probabilities")
    model = keras.Sequential(
        [*features, layers.Dense(NUM_CLASSES + 1, activation="softmax", name="digit_or_not"), spread], name=name)
    spread.set_weights([spread_weights()])
    return model


def build_reader_cnn() -> "keras.Model":
    """The course CNN with a hidden layer and a "not a digit" output (241,785 params, 110 of them fixed).

    ...-Conv128-Flatten-Dense128-Dropout-Dense11 softmax-Dense10 (fixed). The
    eleventh softmax output is "not a digit"; a last dense layer with fixed
    weights and no bias (:func:`spread_weights`) shares it out evenly over
    the ten digits, so the network still gives ten probabilities that sum to
    1 and a mark that is not a digit gets an even spread (0.1 each). The
    hidden layer lets the output be a non-linear function of the features:
    seed-cnn trained by the default recipe read 98.8 % of MNIST's test set.
    Without the eleventh output the network has to make all ten outputs equal
    for every non-digit, which cost MNIST and pen accuracy (README, "What
    was tried").
    """
    from keras import layers

    return _digit_or_not(
        [*_course_features(), layers.Dense(128, activation="relu", name="hidden"), layers.Dropout(0.3, name="dropout")],
        "reader-cnn")


def _joined_readers(count: int, name: str) -> "keras.Model":
    """``count`` reader-cnns side by side in one network, their answers averaged.

    Every conv layer has ``count`` times the filters; ``/count`` is a grouped
    convolution: its first share of filters sees only the first share of the
    channels, and so on, so the channels of the networks never mix. The
    hidden Dense128 of each network is written as a 3x3 convolution over
    conv3's 3x3 maps (the same sums, :func:`desktop.core.ensemble.join_readers`),
    and the last dense layer averages the networks' eleven logits. Networks
    trained apart and averaged misread fewer pen digits than one (README,
    "What was tried").
    """
    import keras
    from keras import layers

    from .grouped_conv import GroupedConv2D

    return _digit_or_not(
        [
            keras.Input(INPUT_SHAPE, name="image"),
            layers.Conv2D(32 * count, 3, activation="relu", name="conv1"),
            layers.MaxPooling2D(2, name="pool1"),
            GroupedConv2D(64 * count, 3, groups=count, activation="relu", name="conv2"),
            layers.MaxPooling2D(2, name="pool2"),
            GroupedConv2D(128 * count, 3, groups=count, activation="relu", name="conv3"),
            GroupedConv2D(128 * count, 3, groups=count, activation="relu", name="hidden"),
            layers.Flatten(name="flatten"),
            layers.Dropout(0.3, name="dropout"),
        ],
        name)


def build_reader_pair() -> "keras.Model":
    """Two reader-cnns in one network, their answers averaged (483,449 params, 110 fixed):
    Conv64-Pool-Conv128/2-Pool-Conv256/2-Conv256/2-Flatten-Dropout-Dense11 softmax-Dense10 (fixed)."""
    return _joined_readers(2, "reader-pair")


def build_reader_trio() -> "keras.Model":
    """Three reader-cnns in one network, their answers averaged (725,113 params, 110 fixed):
    Conv96-Pool-Conv192/3-Pool-Conv384/3-Conv384/3-Flatten-Dropout-Dense11 softmax-Dense10 (fixed)."""
    return _joined_readers(3, "reader-trio")


#: Architectures made of joined reader-cnns, by how many they join.
JOINED_READERS = {2: "reader-pair", 3: "reader-trio"}


def build_lenet5() -> "keras.Model":
    """LeNet-5 (LeCun et al. 1998) for 28x28 input: pad to 32x32, then as in the paper.

    C1 6@5x5 -> 28x28x6, S2 pool -> 14x14x6, C3 16@5x5 -> 10x10x16,
    S4 pool -> 5x5x16, C5/F6/output dense 120/84/10 (61,706 params).
    Uses tanh and average pooling like the original, softmax instead of RBF.
    """
    import keras
    from keras import layers

    return keras.Sequential(
        [
            keras.Input(INPUT_SHAPE, name="image"),
            layers.ZeroPadding2D(2, name="pad"),
            layers.Conv2D(6, 5, activation="tanh", name="c1"),
            layers.AveragePooling2D(2, name="s2"),
            layers.Conv2D(16, 5, activation="tanh", name="c3"),
            layers.AveragePooling2D(2, name="s4"),
            layers.Flatten(name="flatten"),
            layers.Dense(120, activation="tanh", name="c5"),
            layers.Dense(84, activation="tanh", name="f6"),
            layers.Dense(NUM_CLASSES, activation="softmax", name="probabilities"),
        ],
        name="lenet5",
    )


def _dense_net(name: str, hidden: tuple[int, ...]) -> "keras.Model":
    """A fully connected network: the 28x28 image flattened to 784 inputs, ``hidden`` ReLU layers, softmax 10."""
    import keras
    from keras import layers

    return keras.Sequential(
        [
            keras.Input(INPUT_SHAPE, name="image"),
            layers.Flatten(name="flatten"),
            *(layers.Dense(units, activation="relu", name=f"dense{i + 1}") for i, units in enumerate(hidden)),
            layers.Dense(NUM_CLASSES, activation="softmax", name="probabilities"),
        ],
        name=name,
    )


def build_mlp() -> "keras.Model":
    """Flatten-Dense128-Dense10: 784*128+128 + 128*10+10 = 101,770 parameters, the course CNN's budget."""
    return _dense_net("mlp", (128,))


def build_mlp_deep() -> "keras.Model":
    """Flatten-Dense256-Dense256-Dense10: 200,960 + 65,792 + 2,570 = 269,322 parameters (2.6x the CNN's)."""
    return _dense_net("mlp-deep", (256, 256))


ARCHITECTURES: dict[str, Architecture] = {
    a.name: a
    for a in (
        Architecture(
            "seed-cnn",
            QT_TRANSLATE_NOOP(
                "architectures",
                "The course CNN: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense10, 104,202 parameters."),
            build_seed_cnn,
        ),
        Architecture(
            "reader-cnn",
            QT_TRANSLATE_NOOP(
                "architectures",
                "The course CNN with a hidden layer and a 'not a digit' output: Conv32-Pool-Conv64-Pool-Conv128-"
                "Flatten-Dense128-Dropout-Dense11, shared out to ten digits by a fixed Dense10; 241,785 parameters."),
            build_reader_cnn,
        ),
        Architecture(
            "reader-pair",
            QT_TRANSLATE_NOOP(
                "architectures",
                "Two reader-cnns side by side, their answers averaged: Conv64-Pool-Conv128/2-Pool-Conv256/2-"
                "Conv256/2-Flatten-Dropout-Dense11-Dense10 (/2: two groups that never mix); 483,449 parameters."),
            build_reader_pair,
        ),
        Architecture(
            "reader-trio",
            QT_TRANSLATE_NOOP(
                "architectures",
                "Three reader-cnns side by side, their answers averaged: Conv96-Pool-Conv192/3-Pool-Conv384/3-"
                "Conv384/3-Flatten-Dropout-Dense11-Dense10 (/3: three groups that never mix); 725,113 parameters."),
            build_reader_trio,
        ),
        Architecture(
            "lenet5",
            QT_TRANSLATE_NOOP(
                "architectures",
                "LeNet-5 (1998): CONV-POOL-CONV-POOL-FC120-FC84-FC10 on 28x28 padded to 32x32, 61,706 parameters."),
            build_lenet5,
        ),
        Architecture(
            "mlp",
            QT_TRANSLATE_NOOP(
                "architectures",
                "A dense network, no convolutions: Flatten-Dense128-Dense10, 101,770 parameters (the course CNN's "
                "budget). Every pixel has its own weights, so a digit moved by a few pixels is new input to it."),
            build_mlp,
        ),
        Architecture(
            "mlp-deep",
            QT_TRANSLATE_NOOP(
                "architectures",
                "A bigger dense network: Flatten-Dense256-Dense256-Dense10, 269,322 parameters (2.6x the course "
                "CNN's)."),
            build_mlp_deep,
        ),
    )
}


def preset_description(name: str) -> str:
    """The description of architecture ``name`` in the GUI's language (English in the CLI and in files,
    which use :attr:`Architecture.description`)."""
    return translate("architectures", get_architecture(name).description)


class UnknownArchitecture(ValueError):
    """Raised for a name that is not in the registry."""


def get_architecture(name: str) -> Architecture:
    """Look up an architecture by name, with the valid names in the error."""
    try:
        return ARCHITECTURES[name]
    except KeyError:
        known = ", ".join(ARCHITECTURES)
        raise UnknownArchitecture(translate("architectures", "unknown architecture '{0}'; choose one of: {1}").format(
            name, known)) from None
