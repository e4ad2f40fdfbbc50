"""The model the app is using, loaded on a worker thread so the window never waits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..core.model_files import LoadedModel
from .worker_thread import finish_worker, start_worker


class ModelLoader(QObject):
    """Worker living in its own QThread: imports TensorFlow, loads one model (or takes one
    already in memory, e.g. just trained) and builds its fast inference paths.

    A model file whose network numpy can run is first read without TensorFlow
    (``previewed``, a LoadedModel without its Keras model), so that drawings are
    read about a second after start-up, while TensorFlow is still importing.
    """

    previewed = Signal(object)
    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, source: Path | LoadedModel, preview: bool = False) -> None:
        super().__init__()
        self.source = source
        self.preview = preview and not isinstance(source, LoadedModel)
        self.path = source.path if isinstance(source, LoadedModel) else source

    @Slot()
    def run(self) -> None:
        try:
            if self.preview:
                self._preview(self.source)
            from ..core.tf_import import import_tensorflow

            import_tensorflow()
            from ..core.fast_paths import attach_fast_paths
            from ..core.model_files import ModelFileError, check_finite_weights, load_model

            try:
                if isinstance(self.source, LoadedModel):  # just trained: training may have diverged
                    check_finite_weights(self.source.model, self.source.name)
                    loaded = self.source
                else:
                    loaded = load_model(self.source)  # refuses hostile files and NaN weights itself
            except ModelFileError as exc:
                self.failed.emit(str(exc))
                return
            # Tracing the fast inference path takes a while: do it here, not on the first stroke. The
            # inspector's probe waits until the Inspect area is shown (most users start by drawing).
            self.loaded.emit(attach_fast_paths(loaded, probe=False))
        except Exception as exc:  # never let a worker die silently
            self.failed.emit(QCoreApplication.translate("ActiveModel", "cannot load {name}: {error}").format(
                name=self.path.name, error=f"{type(exc).__name__}: {exc}"))

    def _preview(self, path: Path) -> None:
        from ..core.model_files import path_reader_of, read_card
        from ..core.numpy_net import NumpyNet

        try:
            net = NumpyNet.from_file(path)
            card = read_card(path) if net is not None else {}
            path_reader = path_reader_of(path, card) if net is not None else None  # numpy too
        except Exception:  # the preview is a head start only: the full load below decides and reports
            return
        if net is not None:
            self.previewed.emit(LoadedModel(model=None, path=path, card=card, predictor=net, path_reader=path_reader))


class ProbeBuilder(QObject):
    """Worker living in its own QThread: traces the inspector's activation probe for one model.

    Tracing only reads the model's weights, as the canvas predictor does meanwhile on the GUI thread.
    """

    built = Signal(object, object)  # (LoadedModel, ActivationProbe)
    failed = Signal(object, str)

    def __init__(self, loaded: LoadedModel) -> None:
        super().__init__()
        self.model = loaded

    @Slot()
    def run(self) -> None:
        try:
            from ..core.fast_paths import build_probe

            self.built.emit(self.model, build_probe(self.model))
        except Exception as exc:  # never let a worker die silently
            self.failed.emit(self.model, f"{type(exc).__name__}: {exc}")


class ActiveModel(QObject):
    """Holds the active :class:`LoadedModel` (GUI thread) and loads new ones in the background.

    Signals: ``loadingStarted(str)`` with the file name, ``changed(object)``
    with the new LoadedModel, ``loadFailed(str)`` with a one-line reason. A
    failed load, also of a model whose weights are NaN, leaves the previous model active.
    ``previewReady(object)``: while no model is active yet (start-up), the
    model being loaded can already read drawings (:attr:`reader`).
    ``probeReady(object)``: the active model's inspector probe, asked for with
    :meth:`request_probe`, is built (``probeFailed(str)`` if it cannot be).
    """

    loadingStarted = Signal(str)
    changed = Signal(object)
    loadFailed = Signal(str)
    previewReady = Signal(object)
    probeReady = Signal(object)
    probeFailed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: LoadedModel | None = None
        self.preview: LoadedModel | None = None  # numpy-only, until the first model is loaded
        self._thread: QThread | None = None
        self._worker: ModelLoader | None = None
        self._pending: Path | LoadedModel | None = None
        self._probe_thread: QThread | None = None
        self._probe_worker: ProbeBuilder | None = None

    @property
    def loading(self) -> bool:
        return self._thread is not None

    @property
    def reader(self) -> LoadedModel | None:
        """What reads the drawings: the active model, else its preview while it loads (predictor and
        card only, no Keras model)."""
        return self.current or self.preview

    def load(self, source: str | Path | LoadedModel) -> None:
        """Start loading a model file, or preparing a model in memory, in the background.

        A request made while another load runs is queued (latest wins).
        """
        if not isinstance(source, LoadedModel):
            source = Path(source)
        if self._thread is not None:
            self._pending = source
            return
        self.loadingStarted.emit(source.name)
        # Only the first model gets a numpy preview: later, the active model reads drawings meanwhile.
        self._worker = ModelLoader(source, preview=self.current is None)
        self._worker.previewed.connect(self._on_previewed)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.failed.connect(self._on_failed)
        self._thread = start_worker(self._worker, self, "model-loader")

    def set_model(self, loaded: LoadedModel) -> None:
        """Make a model active now (its canvas predictor is built here if missing; :meth:`load`
        does that in the background)."""
        if loaded.predictor is None:
            from ..core.fast_paths import attach_fast_paths

            attach_fast_paths(loaded, probe=False)
        self.current = loaded
        self.preview = None
        self.changed.emit(loaded)

    @Slot(object)
    def _on_previewed(self, preview: LoadedModel) -> None:
        if self.current is None:
            self.preview = preview
            self.previewReady.emit(preview)

    @Slot(object)
    def _on_loaded(self, loaded: LoadedModel) -> None:
        self._finish()
        self.set_model(loaded)
        self._next()

    def request_probe(self) -> bool:
        """Make sure the active model's inspector probe exists or is being built in the background.

        Returns True when it is ready now; else ``probeReady`` follows.
        """
        loaded = self.current
        if loaded is None or loaded.model is None:
            return False
        if loaded.probe is not None:
            return True
        if self._probe_thread is None:
            self._probe_worker = ProbeBuilder(loaded)
            self._probe_worker.built.connect(self._on_probe_built)
            self._probe_worker.failed.connect(self._on_probe_failed)
            self._probe_thread = start_worker(self._probe_worker, self, "probe-builder")
        return False

    def _finish_probe(self) -> None:
        finish_worker(self._probe_thread)
        self._probe_thread = None
        self._probe_worker = None

    @Slot(object, object)
    def _on_probe_built(self, loaded: LoadedModel, probe) -> None:
        self._finish_probe()
        loaded.probe = probe
        if loaded is self.current:
            self.probeReady.emit(loaded)
        elif self.current is not None and self.current.probe is None:
            self.request_probe()  # the model changed meanwhile: build the new one's

    @Slot(object, str)
    def _on_probe_failed(self, loaded: LoadedModel, message: str) -> None:
        self._finish_probe()
        if loaded is self.current:
            self.probeFailed.emit(message)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self.preview = None  # a model that cannot be loaded does not read drawings either
        self.loadFailed.emit(message)
        self._next()

    def _finish(self) -> None:
        finish_worker(self._thread)
        self._thread = None
        self._worker = None

    def _next(self) -> None:
        if self._pending is not None:
            source, self._pending = self._pending, None
            self.load(source)

    def shutdown(self) -> None:
        """Wait for a running load to end (called when the window closes)."""
        self._pending = None
        for thread in (self._thread, self._probe_thread):
            if thread is not None:
                thread.quit()
                thread.wait()
