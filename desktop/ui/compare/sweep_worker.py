"""A sweep in a QThread: the models loaded there (their own copies), MNIST test images perturbed and read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ...core.memory import release_freed_memory
from ...core.perturb import SweepKind
from ...core.training import CancelFlag


class SweepWorker(QObject):
    """Runs :func:`~desktop.core.sweep.run_sweep` for ``paths`` (name -> model file) on ``count`` test images.

    Signals: ``progress(done, total)``, ``finished(SweepResult)``, ``failed(str)``;
    a stopped sweep emits ``failed("stopped")``. ``stop()`` is safe from any thread.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, paths: dict[str, Path], kind: SweepKind, count: int, data_path: str | None = None) -> None:
        super().__init__()
        self.paths = dict(paths)
        self.kind = kind
        self.count = count
        self.data_path = data_path
        self.cancel = CancelFlag()

    def stop(self) -> None:
        self.cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            from ...core.data import DataError, load_mnist
            from ...core.model_files import ModelFileError, load_model
            from ...core.sweep import SweepCancelled, run_sweep

            try:
                data = load_mnist(self.data_path)
            except DataError as exc:
                self.failed.emit(str(exc))
                return
            models = {}
            for name, path in self.paths.items():
                try:
                    model = load_model(path).model
                except ModelFileError as exc:
                    self.failed.emit(f"{name}: {exc}")
                    return
                models[name] = model.predict_on_batch
                if self.cancel.is_set():
                    self.failed.emit("stopped")
                    return
            try:
                result = run_sweep(models, data.x_test[: self.count], data.y_test[: self.count], self.kind,
                                   self.progress.emit, self.cancel.is_set)
            except SweepCancelled:
                self.failed.emit("stopped")
                return
            self.finished.emit(result)
        except Exception as exc:  # report, never die silently in the thread
            self.failed.emit(self.tr("The sweep failed: {0}: {1}").format(type(exc).__name__, exc))
        finally:
            release_freed_memory()  # the models and perturbed images are gone: give their memory back


__all__ = ["SweepWorker"]
