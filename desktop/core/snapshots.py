"""Snapshots of a network while it trains: what the Train area shows live and replays afterwards.

A :class:`SnapshotTaker` runs on the training thread, between batches. Now
and then (a few times a second for the live view, and every ``stride``
batches for the replay) it copies a few small arrays out of the model: the
first conv layer's kernels, how much each layer's weights moved since the
last snapshot, one probe digit's feature maps (every layer that makes maps)
and probabilities, and the network's reading of a fixed strip of test
digits. The probe can be changed while training runs (:meth:`SnapshotTaker.choose_probe`). A :class:`SnapshotRing`
keeps the replay's share within a fixed count: when it is full, every other
snapshot goes and the stride doubles, so a long run takes no more memory
than a short one.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .architectures import CONV_KINDS


@dataclass(frozen=True)
class Snapshot:
    """The network after ``step`` batches (0: before the first), in epoch ``epoch`` (0-based).

    ``loss`` is that batch's loss (None before training); ``kernels`` the first conv layer's kernels
    (F, F, C, K) or None; ``change`` each weighted layer's mean absolute weight change since the
    snapshot before; ``maps`` the probe digit's output (H, W, C), float16, of each layer that makes
    maps, by layer name; ``probe`` which image of the taker's batch the probe was (0: its own probe
    digit, i: strip digit i - 1); ``probabilities`` the probe's ten probabilities; ``guesses`` the
    digit read for each image of the strip.
    """

    step: int
    epoch: int
    loss: float | None
    kernels: np.ndarray | None
    change: tuple[tuple[str, float], ...]
    maps: tuple[tuple[str, np.ndarray], ...]
    probabilities: np.ndarray
    guesses: np.ndarray
    probe: int = 0

    def layer_maps(self, name: str) -> np.ndarray | None:
        """The probe's maps in layer ``name`` (None if that layer's were not kept)."""
        return next((maps for layer, maps in self.maps if layer == name), None)

    @property
    def nbytes(self) -> int:
        arrays = (self.kernels, self.probabilities, self.guesses, *(maps for _, maps in self.maps))
        return sum(a.nbytes for a in arrays if a is not None)


class SnapshotRing:
    """At most ``capacity`` snapshots, one every ``stride`` batches, the stride doubling when full.

    The last snapshot added with ``final=True`` (the trained network) is always kept, whatever the stride.
    """

    def __init__(self, capacity: int = 64, stride: int = 1) -> None:
        if capacity < 2 or stride < 1:
            raise ValueError("a ring needs room for two snapshots and a stride of at least one batch")
        self.capacity = capacity
        self.stride = stride
        self._kept: list[Snapshot] = []
        self._final: Snapshot | None = None

    def due(self, step: int) -> bool:
        """Whether a snapshot after ``step`` batches belongs in the ring."""
        return step % self.stride == 0 and (not self._kept or step > self._kept[-1].step)

    def add(self, snapshot: Snapshot, final: bool = False) -> None:
        if final:
            self._final = snapshot
            return
        self._kept.append(snapshot)
        while len(self._kept) > self.capacity:
            self.stride *= 2
            self._kept = [s for s in self._kept if s.step % self.stride == 0]

    @property
    def snapshots(self) -> list[Snapshot]:
        """The kept snapshots in order, the final one last."""
        kept = list(self._kept)
        if self._final is not None:
            kept = [s for s in kept if s.step < self._final.step] + [self._final]
        return kept

    def __len__(self) -> int:
        return len(self.snapshots)

    @property
    def nbytes(self) -> int:
        return sum(s.nbytes for s in self.snapshots)


MAP_VALUES = 150_000  # at most this many map values (float16) per snapshot: 300 kB, 20 MB for a full ring


def mapped_layers(model) -> list[int]:
    """Indices of the layers whose maps a snapshot keeps: those giving (H, W, C) maps, in order, while
    their values fit in ``MAP_VALUES`` (the first always); identities at inference (dropout, noise) left out."""
    kept, values = [], 0
    for index, layer in enumerate(model.layers):
        try:
            shape = tuple(layer.output.shape)[1:]
        except (AttributeError, ValueError):  # never called on a symbolic input: no maps known
            shape = ()
        name = type(layer).__name__
        if len(shape) != 3 or "Dropout" in name or "Noise" in name:
            continue
        size = int(np.prod(shape))
        if kept and values + size > MAP_VALUES:
            break
        kept.append(index)
        values += size
    return kept


# One traced reading per training model: the training routine reuses its compiled models from run
# to run, and tracing anew every run cost time and left state behind (thread records).
_WATCHES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _watch_function(model):
    """A traced function giving the kept layers' outputs (``mapped_layers``) and the model's output,
    and those layers' names."""
    if model not in _WATCHES:
        import tensorflow as tf

        layers = list(model.layers)
        watched = set(mapped_layers(model))

        @tf.function
        def watch(x):
            outputs = []
            for index, layer in enumerate(layers):
                x = layer(x, training=False)
                if index in watched:
                    outputs.append(x)
            return [*outputs, x]

        _WATCHES[model] = (watch, [layers[i].name for i in sorted(watched)])
    return _WATCHES[model]


class SnapshotTaker:
    """Takes snapshots of a training model on its own thread (see module docs).

    ``probe`` is one 28x28 image (values 0-1), ``strip`` (N, 28, 28) images; :meth:`choose_probe` makes
    one of the strip's digits the probe instead, from any thread. ``deliver(snapshot)`` gets every
    live snapshot (the first, then at most one per ``live_gap_s`` seconds, and the last); it is called on
    the training thread and must only hand the snapshot on. ``ring`` keeps the replay, whose snapshots
    between live ones are taken but not delivered.
    """

    def __init__(self, probe: np.ndarray, strip: np.ndarray, deliver: Callable[[Snapshot], None] | None = None,
                 capacity: int = 64, live_gap_s: float = 0.4) -> None:
        # The probe first, then the strip: one batch, read at every snapshot.
        self.images = np.concatenate([np.asarray(probe, np.float32).reshape(1, 28, 28, 1),
                                      np.asarray(strip, np.float32).reshape(-1, 28, 28, 1)])
        self.deliver = deliver or (lambda snapshot: None)
        self.probe = 0  # the image of ``images`` whose maps and probabilities are kept
        self.capacity = capacity
        self.live_gap_s = live_gap_s
        self.ring = SnapshotRing(capacity)
        self._watch = None
        self._names: list[str] = []
        self._previous: dict[str, list[np.ndarray]] = {}
        self._last_live = 0.0

    def begin(self, model, total_steps: int) -> None:
        """Before the first batch: the ring's stride for ``total_steps`` batches, and the untrained network."""
        self.ring = SnapshotRing(self.capacity, max(1, total_steps // (self.capacity - 1)))
        self._watch, self._names = _watch_function(model)
        self._previous = {}
        self._take(model, 0, 0, None)

    def choose_probe(self, index: int) -> None:
        """Make image ``index`` of the batch the probe from the next snapshot on (0: the probe digit given,
        i: strip digit i - 1). Safe from another thread: one attribute, read once per snapshot."""
        if not 0 <= index < len(self.images):
            raise ValueError(f"probe {index} is not one of the {len(self.images)} watched images")
        self.probe = index

    def after_batch(self, model, step: int, epoch: int, loss: float | None) -> None:
        """After batch ``step`` (counted from 1 over the whole run): a snapshot if one is due."""
        now = time.perf_counter()
        if self.ring.due(step) or now - self._last_live >= self.live_gap_s:
            self._take(model, step, epoch, loss)

    def end(self, model, step: int, epoch: int, loss: float | None) -> Snapshot:
        """The trained network (its final weights, as handed over), kept last in the ring."""
        return self._take(model, step, epoch, loss, final=True)

    def _take(self, model, step: int, epoch: int, loss: float | None, final: bool = False) -> Snapshot:
        now = time.perf_counter()
        live = final or step == 0 or now - self._last_live >= self.live_gap_s
        if live:
            self._last_live = now
        probe = self.probe
        outputs = [np.asarray(o) for o in self._watch(self.images)]
        probs = outputs[-1]
        with np.errstate(over="ignore"):  # a diverging network's maps pass float16's 65,504: inf, drawn as the top
            maps = tuple((name, out[probe].astype(np.float16)) for name, out in zip(self._names, outputs[:-1]))
        change = []
        kernels = None
        for layer in model.layers:
            weights = layer.get_weights()
            if not weights:
                continue
            if kernels is None and type(layer).__name__ in CONV_KINDS:
                kernels = np.array(weights[0], np.float32)
            before = self._previous.get(layer.name)
            if before is not None:
                moved = sum(float(np.abs(w - b).sum()) for w, b in zip(weights, before))
                change.append((layer.name, moved / sum(w.size for w in weights)))
            else:
                change.append((layer.name, 0.0))
            self._previous[layer.name] = weights
        snapshot = Snapshot(step, epoch, loss, kernels, tuple(change), maps, probs[probe].astype(np.float32),
                            probs[1:].argmax(axis=1).astype(np.int8), probe)
        if final or self.ring.due(step):
            self.ring.add(snapshot, final=final)
        if live:  # the replay's own snapshots are not drawn: the view shows at most one per live_gap_s
            self.deliver(snapshot)
        return snapshot


__all__ = ["MAP_VALUES", "Snapshot", "SnapshotRing", "SnapshotTaker", "mapped_layers"]
