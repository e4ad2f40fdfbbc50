"""Command line: ``digit-recognizer [train|evaluate|predict|summary] ...``.

Without a command it opens the GUI. Every failure a user can cause ends with
a one-line message on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import json
import signal
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path

from .core.architectures import ARCHITECTURES
from .core.errors import first_line
from .core.extra_samples import COPIES as EXTRA_COPIES
from .core.reading import NOT_A_DIGIT
from .core.training import OPTIMIZERS, SCHEDULES, TrainConfig

TRAIN_DEFAULTS = TrainConfig()  # the CLI's defaults are the Train area's

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

MODEL_HELP = "a .keras model file, or 'default' for the shipped model"


# Bidirectional overrides and isolates: they reorder what follows them on screen.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: object) -> str:
    """``text`` (names from model cards and specs, file names) safe to print: control characters and
    bidi overrides appear as escapes (``\\x1b``), so a name cannot move the cursor, recolour or
    retitle the terminal, or fake extra lines."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS else c
                   for c in str(text))


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 1."""


def _quiet_tensorflow() -> None:
    from .core.tf_import import configure_for_app, import_tensorflow

    configure_for_app()  # oneDNN on and the thread count, as in the app
    import_tensorflow()


def _model_path(text: str) -> Path:
    from .core.locations import default_model_path

    return default_model_path() if text == "default" else Path(text)


def _load(text: str):
    from .core.model_files import ModelFileError, load_model

    _quiet_tensorflow()
    try:
        return load_model(_model_path(text))
    except ModelFileError as exc:
        raise CliError(str(exc)) from None


def _load_data(path: str | None):
    from .core.data import DataError, load_mnist

    try:
        data = load_mnist(path)
    except DataError as exc:
        raise CliError(str(exc)) from None
    for warning in data.warnings:  # odd but usable data: say so, and go on
        print(f"Warning: {printable(warning)}", file=sys.stderr)
    return data


def _default_out(name: str) -> tuple[Path, str]:
    """Where to save a model of the network ``name`` when --out is not given, and the model's name.

    The file name is the network's name made safe for any file system; the
    model keeps the name as written (both with the time appended).
    """
    from .core.locations import user_data_dir
    from .core.names import stamped

    file_name, model_name = stamped(name, _dt.datetime.now().strftime("%Y%m%d-%H%M%S"))
    return user_data_dir() / "models" / file_name, model_name


@contextmanager
def _ctrl_c_sets(cancel):
    """While inside: the first Ctrl-C sets ``cancel`` (training stops after the batch), a second aborts."""

    def on_sigint(signum, frame):
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("\nStopping after the current batch; Ctrl-C again aborts without saving.", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _check_out(out: Path) -> None:
    """Raise CliError unless the model and its card can be saved as ``out``: said before training, not after."""
    from .core.model_files import ModelFileError, check_can_save

    try:
        check_can_save(out)
    except ModelFileError as exc:
        raise CliError(str(exc)) from None


def _refuse_diverged(model, loss_was_nan: bool) -> None:
    """Raise CliError when training diverged (a NaN loss, or weights that are not finite): nothing to save."""
    from .core.model_files import nonfinite_weights

    kind = nonfinite_weights(model)
    if loss_was_nan or kind:
        why = "loss NaN" if loss_was_nan else "weights " + {"not numbers (NaN)": "NaN"}.get(kind, kind)
        raise CliError(f"training diverged ({why}); the model was not saved, try a lower learning rate")


def _save(model, out: Path, card: dict, path_network=None) -> Path:
    """Save a trained model (and its ``path_network``, if any) as ``out``; returns where it went.

    When that fails after all (the disk filled up, the folder went away), the
    model is saved in the user's models folder, else the temporary folder, and
    CliError says where: a training run is never thrown away for want of a file.
    """
    import tempfile

    from .core import model_files

    try:
        return model_files.save_model(model, out, card, path_network)
    except model_files.DivergedModelError as exc:  # no other file would take it either
        raise CliError(str(exc)) from None
    except model_files.ModelFileError as exc:
        failure = str(exc)
    fallback = _default_out(out.stem)[0]
    for folder in (fallback.parent, Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            saved = model_files.save_model(model, folder / fallback.name, card, path_network)
        except (OSError, model_files.ModelFileError):
            continue
        raise CliError(f"{failure}; the trained model was saved to {saved} instead")
    raise CliError(f"{failure}; saving it in {fallback.parent} or {tempfile.gettempdir()} failed too")


SEED_MAX = 2**32 - 1  # the largest seed NumPy and Keras take
# Upper bounds of the whole-number options (at least the Train area's): (attribute, name, largest).
NUMBER_LIMITS = (("epochs", "epochs", 1000), ("batch_size", "batch size", 8192),
                 ("patience", "early-stopping patience", 1000))


def _check_numbers(args: argparse.Namespace) -> None:
    """Raise CliError for numbers beyond what training takes, before anything is read or trained."""
    problems = []
    if args.seed is not None and not 0 <= args.seed <= SEED_MAX:
        problems.append(f"seed must be a whole number from 0 to {SEED_MAX:,} (got {args.seed})")
    for attr, what, most in NUMBER_LIMITS:
        value = getattr(args, attr)
        if value is not None and value > most:
            problems.append(f"{what} must be at most {most:,} (got {value})")
    if problems:
        raise CliError("invalid settings: " + "; ".join(problems))


def _personal_samples(path: str) -> list:
    """The digit samples of the ``--samples`` file; CliError when it cannot be used or holds no digits."""
    from .core.extra_samples import digit_samples

    samples = _sample_file(path)
    if not digit_samples(samples):
        raise CliError(f"{printable(Path(path).name)}: no digit samples to train on (labels 0-9; "
                       f"all {len(samples):,} are 'not a digit' or empty)")
    return samples


def cmd_train(args: argparse.Namespace) -> int:
    _check_numbers(args)
    if args.recipe:
        if args.samples:
            raise CliError("--samples cannot be used with --recipe (the recipe has its own pen samples); "
                           "to fit a model to your writing, adapt it: digit-recognizer adapt MODEL --samples FILE")
        return _train_recipe(args)
    if args.work_dir:
        raise CliError("--work-dir goes with --recipe (only the recipe trains several networks in a row)")
    spec = None
    if args.spec:
        from .core.spec import SpecError, load_spec

        try:
            spec = load_spec(args.spec)
        except SpecError as exc:
            raise CliError(str(exc)) from None
        args.arch = "custom"
    config = TrainConfig(
        arch=args.arch,
        spec=spec.to_dict() if spec else None,
        epochs=TRAIN_DEFAULTS.epochs if args.epochs is None else args.epochs,
        batch_size=args.batch_size,
        learning_rate=args.lr,
        optimizer=args.optimizer,
        lr_schedule=args.lr_schedule,
        validation_split=args.val_split,
        augment=args.augment,
        patience=args.patience,
        subset=args.subset,
        seed=args.seed,
    )
    problems = config.problems()
    if problems:
        raise CliError("invalid settings: " + "; ".join(problems))
    network = spec.name if spec else args.arch
    if args.out:
        out = Path(args.out).expanduser()
        name = out.stem
    else:
        out, name = _default_out(network)
    if out.suffix != ".keras":
        raise CliError(f"--out must end in .keras (got {out.name})")
    if args.out is None:
        out.parent.mkdir(parents=True, exist_ok=True)
    elif not out.parent.is_dir():
        raise CliError(f"--out folder {out.parent} does not exist")
    _check_out(out)
    personal = _personal_samples(args.samples) if args.samples else None

    data = _load_data(args.data)
    problems = config.problems(len(data.x_train))
    if problems:
        raise CliError("invalid settings: " + "; ".join(problems))
    extra = None
    if personal is not None:
        import numpy as np

        from .core.extra_samples import extra_from_samples

        extra = extra_from_samples(personal, rng=np.random.default_rng(config.seed), name=Path(args.samples).name)
        print(f"Adding {printable(extra.describe())}.")
    n = config.subset or len(data.x_train)
    n_val = int(n * config.validation_split)
    images = f"{n - n_val:,} images" if extra is None else f"{n - n_val:,} MNIST images + {len(extra):,} of yours"
    held = f" + {n_val:,} for validation" if n_val else " (none held out for validation)"
    schedule = ", cosine decay" if config.lr_schedule == "cosine" else ""
    print(f"Training {printable(network)} on {printable(data.source)}: {images}{held}, {config.epochs} epochs, "
          f"batch {config.batch_size}, lr {config.learning_rate:g} ({config.optimizer}{schedule})")
    print("Press Ctrl-C to stop after the current batch and keep what was trained.")

    _quiet_tensorflow()
    from .core.evaluation import evaluate
    from .core.model_card import build_card
    from .core.progress import ConsoleProgress
    from .core.training import CancelFlag, train

    cancel = CancelFlag()
    try:
        with _ctrl_c_sets(cancel):
            result = train(config, data, ConsoleProgress(), cancel, extra=extra)
    except ValueError as exc:  # what Keras refuses in a network from a spec file
        raise CliError(f"training {network} failed: {first_line(exc, 300, with_type=True)}") from None

    _refuse_diverged(result.model, result.stopped == "nan")
    if result.stopped == "early-stopping":
        print(f"Early stopping after {result.epochs_completed} epochs; keeping the best weights.")
    test = evaluate(result.model, data.x_test, data.y_test)
    card = build_card(result, test, data.describe(), name=name)
    print(f"Test accuracy {test.accuracy:.2%} on {test.count} images (loss {test.loss:.4f}).")
    path = _save(result.model, out, card)
    print(f"Saved {printable(path)} ({path.stat().st_size / 1e6:.2f} MB) and its model card.")
    return EXIT_INTERRUPTED if result.stopped == "cancelled" else 0


def _pen_samples(given: str | None, name: str) -> list:
    from .core.locations import shared_data_file
    from .core.pen_samples import SampleFileError, load_samples

    path = Path(given).expanduser() if given else shared_data_file(name)
    try:
        return load_samples(path)
    except SampleFileError as exc:
        raise CliError(f"{exc} (pen samples; give another file with --pen-digits / --pen-nondigits)") from None


def _work_dir(given: str | None, out: Path) -> Path:
    """The folder the recipe keeps its networks in: ``given``, or OUT.networks beside ``out``."""
    work = Path(given).expanduser() if given else out.with_name(out.stem + ".networks")
    try:
        if work.exists() and not work.is_dir():
            raise CliError(f"--work-dir {printable(work)} is a file, not a folder")
        if not work.exists() and not work.parent.is_dir():
            raise CliError(f"--work-dir folder {printable(work.parent)} does not exist")
    except OSError as exc:
        raise CliError(f"cannot keep the networks in {printable(work)}: {(exc.strerror or str(exc)).lower()}; "
                       "choose another folder with --work-dir") from None
    return work


def _train_recipe(args: argparse.Namespace) -> int:
    """``train --recipe default``: the shipped model's data, augmentation, training and calibration."""
    from .core.locations import PEN_DIGITS, PEN_NONDIGITS

    if args.spec or args.arch != "seed-cnn":
        raise CliError("--recipe chooses its own network; leave out --arch and --spec")
    if args.epochs is not None and args.epochs < 1:
        raise CliError(f"--epochs must be at least 1 (got {args.epochs})")
    if args.subset is not None and args.subset < 100:
        raise CliError(f"--subset must be at least 100 images (got {args.subset})")
    out = Path(args.out).expanduser() if args.out else _default_out("default-recipe")[0]
    if out.suffix != ".keras":
        raise CliError(f"--out must end in .keras (got {out.name})")
    if args.out and not out.parent.is_dir():
        raise CliError(f"--out folder {out.parent} does not exist")
    digits = _pen_samples(args.pen_digits, PEN_DIGITS)
    nondigits = _pen_samples(args.pen_nondigits, PEN_NONDIGITS)
    data = _load_data(args.data)
    out.parent.mkdir(parents=True, exist_ok=True)
    _check_out(out)
    work = _work_dir(args.work_dir, out)

    _quiet_tensorflow()
    from .core.progress import ConsoleProgress
    from .core.recipe import RecipeOptions, recipe_card, run_recipe
    from .core.recipe_networks import NetworkStore
    from .core.training import CancelFlag

    options = RecipeOptions()
    if args.subset is not None:  # a quick run: a share of MNIST and few variations of the pen samples
        options = RecipeOptions(mnist_images=args.subset, digit_copies=1, style_samples=20, nondigit_copies=0,
                                symbol_copies=0, marks=200, path_epochs=1)
    changes = {key: value for key, value in (("epochs", args.epochs), ("seed", args.seed)) if value is not None}
    options = dataclasses.replace(options, **changes)
    seeds = (options.seed, *options.more_seeds)
    networks = (f"{len(seeds)} {options.architecture}s (seeds {', '.join(map(str, seeds))}), each"
                if len(seeds) > 1 else f"{options.architecture}, seed {options.seed},")
    print(f"Recipe 'default': {networks} {options.epochs} epochs; MNIST from {data.source}, "
          f"{len(digits):,} pen digits, {len(nondigits):,} pen non-digits (split by writer).")
    print("Press Ctrl-C to stop after the current batch and keep what was trained.")
    store = NetworkStore(work)
    print(f"Each network is kept in {printable(work)} as it finishes; if the run stops, the same command goes "
          "on from there.")
    cancel = CancelFlag()
    with _ctrl_c_sets(cancel):
        model, figures, path_network = run_recipe(data, digits, nondigits, options, ConsoleProgress(), cancel,
                                                  log=print, store=store)
    sources = {"pen_digits": str(args.pen_digits or PEN_DIGITS), "pen_nondigits": str(args.pen_nondigits
                                                                                     or PEN_NONDIGITS)}
    _refuse_diverged(model, False)
    card = recipe_card(model, figures, data.describe(), name=out.stem, sources=sources)
    held = figures["figures"]["held_out_writers"]
    print(f"Held-out writers: {held.get('digit_accuracy', 0):.2%} of {held.get('digits', 0):,} pen digits read, "
          f"{held.get('nondigits_rejected', 0):.2%} of {held.get('nondigits', 0):,} non-digits rejected "
          f"(symbols {held.get('symbols_rejected') or 0:.2%}, letters {held.get('letters_rejected') or 0:.2%}), "
          f"{held.get('digits_rejected', 0):.2%} of digits rejected; MNIST test "
          f"{figures['figures']['mnist_test_accuracy']:.2%}.")
    joined = figures.get("path_network", {}).get("figures", {}).get("held_out_writers")
    if joined:
        print(f"With the path network, held-out writers: {joined.get('digit_accuracy', 0):.2%} of pen digits "
              f"read, {joined.get('nondigits_rejected', 0):.2%} of non-digits rejected, "
              f"{joined.get('digits_rejected', 0):.2%} of digits rejected.")
    path = _save(model, out, card, path_network)
    extra = " and its path network" if path_network is not None else ""
    print(f"Saved {printable(path)} ({path.stat().st_size / 1e6:.2f} MB), its model card{extra}.")
    if cancel.is_set():
        print(f"The networks finished so far stay in {printable(work)}: run the same command to go on.")
        return EXIT_INTERRUPTED
    store.clear()
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.strokes:
        return _evaluate_strokes(args)
    if args.image_only:
        raise CliError("--image-only goes with --strokes (MNIST images have no pen path)")
    loaded = _load(args.model)
    data = _load_data(args.data)
    _quiet_tensorflow()
    from .core.evaluation import evaluate

    result = evaluate(loaded.model, data.x_test, data.y_test)
    if args.json:
        print(json.dumps({"model": loaded.name, "data": data.source, "n": result.count,
                          "accuracy": result.accuracy, "loss": result.loss}))
        return 0
    print(f"{printable(loaded.name)}: test accuracy {result.accuracy:.2%} ({round(result.accuracy * result.count)}"
          f"/{result.count}), loss {result.loss:.4f}")
    return 0


def _sample_file(path: str) -> list:
    """The samples of a file the user named; CliError when it cannot be used or holds none."""
    from .core.pen_samples import SampleFileError, load_samples

    try:
        samples = load_samples(path)
    except SampleFileError as exc:
        raise CliError(str(exc)) from None
    if not samples:
        raise CliError(f"{printable(Path(path).name)}: no samples")
    return samples


def _evaluate_strokes(args: argparse.Namespace) -> int:
    from .core.stroke_evaluation import evaluate_strokes

    samples = _sample_file(args.strokes)
    loaded = _load(args.model)
    report = evaluate_strokes(loaded.model, loaded.calibration, samples,
                              None if args.image_only else loaded.path_reader)
    if args.json:
        print(json.dumps({"model": loaded.name, "file": str(args.strokes), **report}))
        return 0
    how = ("rendered as the canvas renders them, and their pen paths" if report["reading"] != "image"
           else "rendered as the canvas renders them")
    print(f"{printable(loaded.name)} on {report['n']:,} pen samples from {printable(Path(args.strokes).name)} "
          f"({how}):")
    for label, row in report["per_label"].items():
        what = "not a digit" if label == "-1" else f"digit {label}"
        verb = "rejected" if label == "-1" else "read"
        print(f"  {what:12s} {row['right']:6,}/{row['n']:<6,} {verb:8s} {row['accuracy']:7.2%}")
    print(f"accuracy {report['accuracy']:.2%} ({report['right']:,}/{report['n']:,}); "
          f"said 'not a digit' for {report['rejected']:.2%}")
    return 0


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2%}"


def cmd_adapt(args: argparse.Namespace) -> int:
    """``adapt MODEL --samples FILE --out OUT.keras``: the Adapt button of the My samples area, headless."""
    if args.seed is not None and not 0 <= args.seed <= SEED_MAX:
        raise CliError(f"seed must be a whole number from 0 to {SEED_MAX:,} (got {args.seed})")
    if args.steps is not None and not 10 <= args.steps <= 5000:
        raise CliError(f"--steps must be from 10 to 5,000 (got {args.steps})")
    if not 0 <= args.folds <= 10 or args.folds == 1:
        raise CliError(f"--folds must be 0 (no check) or 2-10 (got {args.folds})")
    out = Path(args.out).expanduser()
    if out.suffix != ".keras":
        raise CliError(f"--out must end in .keras (got {printable(out.name)})")
    source_path = _model_path(args.model)
    if out.resolve() == source_path.resolve():
        raise CliError("--out is the model being adapted; an adaptation never overwrites its source")
    samples = _sample_file(args.samples)
    _check_out(out)
    loaded = _load(args.model)
    data = _load_data(args.data)
    from .core.adapt import AdaptOptions, adapt_and_measure, adapted_card, replay_pools, trained_on_of
    from .core.adapt_path import path_part_of

    pen_digits, pen_nondigits = replay_pools()  # other writers' pen samples, where the shared data is
    from .core.personal_samples import fingerprint
    from .core.progress import ConsoleProgress
    from .core.training import CancelFlag

    options = AdaptOptions()
    changes = {key: value for key, value in (("steps", args.steps), ("seed", args.seed)) if value is not None}
    options = dataclasses.replace(options, **changes)
    print(f"Adapting {printable(loaded.name)} to {len(samples):,} samples from {printable(Path(args.samples).name)} "
          f"({options.steps} steps each; {args.folds}-fold check first)" if args.folds else
          f"Adapting {printable(loaded.name)} to {len(samples):,} samples ({options.steps} steps)")
    cancel = CancelFlag()
    try:
        with _ctrl_c_sets(cancel):
            adaptation = adapt_and_measure(loaded.model, loaded.calibration, samples, data, pen_digits,
                                           pen_nondigits, options, ConsoleProgress(), cancel, args.folds,
                                           trained_on_of(loaded.card), path_part_of(loaded.path, loaded.path_reader))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if adaptation is None:
        print("Stopped; nothing saved.", file=sys.stderr)
        return EXIT_INTERRUPTED
    _refuse_diverged(adaptation.model, False)
    card = adapted_card(loaded.card, loaded.name, adaptation, [fingerprint(s) for s in samples], options, out.stem)
    print(f"Your samples read right: before {_percent(adaptation.own_before)}, after "
          f"{_percent(adaptation.own_after)} ({adaptation.folds}-fold cross-validation over "
          f"{adaptation.own_scored:,} samples, each scored by a model that never trained on it)")
    print(f"MNIST test: before {_percent(adaptation.mnist_before)}, after {_percent(adaptation.mnist_after)}; "
          f"{adaptation.seconds:.1f} s")
    path = _save(adaptation.model, out, card, adaptation.path_model)
    extra = " and its path network (adapted too)" if adaptation.path_model is not None else ""
    print(f"Saved {printable(path)}, its model card{extra}; {printable(loaded.name)} is unchanged.")
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    from .core.images import ImageError, looks_blank, picture_name, read_ink
    from .core.preprocess import normalize_digit

    loaded = _load(args.model)
    try:
        ink = read_ink(args.image)  # the app's File > Open reads pictures the same way
    except ImageError as exc:
        raise CliError(str(exc)) from None
    digit = normalize_digit(ink)  # all zeros when no pixel is dark enough to be ink
    if not digit.any():
        raise CliError(looks_blank(picture_name(args.image)))
    from .core.evaluation import probabilities

    read, probs = loaded.calibration.read(probabilities(loaded.model, digit[None, ..., None])[0])
    best = int(probs.argmax())
    if read == NOT_A_DIGIT:
        print(f"not a digit  (closest: {best}, {probs[best]:.1%})")
    else:
        print(f"{best}  ({probs[best]:.1%})")
    for d in range(10):
        print(f"  {d}: {probs[d]:6.1%} {'#' * int(round(probs[d] * 40))}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from .core.summary import format_summary

    _quiet_tensorflow()
    if args.target in ARCHITECTURES:
        model = ARCHITECTURES[args.target].build()
        title = f"{args.target}: {ARCHITECTURES[args.target].description}"
    else:
        if not Path(args.target).exists() and args.target != "default" and not args.target.endswith(".keras"):
            raise CliError(f"'{args.target}' is neither an architecture ({', '.join(ARCHITECTURES)}) nor a model file")
        loaded = _load(args.target)
        model, title = loaded.model, f"{loaded.name} ({loaded.path})"
    print(printable(title))
    print("\n".join(printable(line) for line in format_summary(model).splitlines()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from .core.images import FORMATS

    parser = argparse.ArgumentParser(
        prog="digit-recognizer",
        description="Learn how convolutional networks read handwritten digits. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--model", help=f"model to open in the app ({MODEL_HELP})")
    parser.add_argument("--startup-report", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("train", help="train a network on MNIST and save it with its model card",
                       description="Train an architecture on MNIST (with --samples: and your own pen "
                       "samples), evaluate it on the MNIST test set and save it (.keras + .card.json). Ctrl-C "
                       "stops after the current batch and saves.")
    p.add_argument("--recipe", choices=["default"], help="re-create the shipped model: MNIST, pen digits, writing "
                   "styles and non-digits, calibrated (--epochs, --subset, --seed, --data, --out apply)")
    p.add_argument("--pen-digits", metavar="FILE", help="pen digits for --recipe (default: unipen-dev.json.gz "
                   "beside $DIGITS_MNIST or in ../shared/data)")
    p.add_argument("--pen-nondigits", metavar="FILE", help="pen non-digits for --recipe (default: "
                   "unipen-dev-nondigits.json.gz there)")
    p.add_argument("--work-dir", metavar="DIR", help="where --recipe keeps each network as it finishes, so that the "
                   "same command run again goes on after a stop (default: OUT.networks beside --out; removed "
                   "when the run completes)")
    p.add_argument("--arch", default="seed-cnn", choices=list(ARCHITECTURES), help="architecture (default seed-cnn)")
    p.add_argument("--spec", metavar="FILE", help="train a network saved from the Build area (JSON) instead of --arch")
    p.add_argument("--epochs", type=int, default=None, help=f"passes over the training data (default "
                   f"{TRAIN_DEFAULTS.epochs}; the recipe's: 24)")
    p.add_argument("--batch-size", type=int, default=TRAIN_DEFAULTS.batch_size,
                   help=f"images per step (default {TRAIN_DEFAULTS.batch_size})")
    p.add_argument("--lr", type=float, default=TRAIN_DEFAULTS.learning_rate,
                   help=f"learning rate (default {TRAIN_DEFAULTS.learning_rate:g})")
    p.add_argument("--optimizer", default=TRAIN_DEFAULTS.optimizer, choices=OPTIMIZERS,
                   help=f"optimizer (default {TRAIN_DEFAULTS.optimizer})")
    p.add_argument("--lr-schedule", default=TRAIN_DEFAULTS.lr_schedule, choices=SCHEDULES,
                   help=f"constant, or cosine decay to 2%% over the run (default {TRAIN_DEFAULTS.lr_schedule})")
    p.add_argument("--val-split", type=float, default=TRAIN_DEFAULTS.validation_split,
                   help=f"share of training images held out for validation (default {TRAIN_DEFAULTS.validation_split:g}; "
                   "needed for --patience)")
    p.add_argument("--augment", action="store_true", help="random rotation, scale, shear, shift and stroke width")
    p.add_argument("--patience", type=int, default=0, help="early-stopping patience in epochs, 0 = off")
    p.add_argument("--subset", type=int, default=None, help="train on only this many images (quick demos)")
    p.add_argument("--seed", type=int, default=None, help="random seed for a repeatable run (the recipe's: 7)")
    p.add_argument("--samples", metavar="FILE", help="also train on your own pen samples (JSON or JSON.gz list of "
                   "{label, strokes}, e.g. the My samples file my-samples.json): each digit sample is added to "
                   f"the training images as drawn and in {EXTRA_COPIES} stroke variations, never to validation "
                   "or test; 'not a digit' (-1) samples are left out. Not with --recipe")
    p.add_argument("--data", help="mnist.npz or IDX folder (default: $DIGITS_MNIST, cache, download)")
    p.add_argument("--out", help="where to save, NAME.keras (default: the user data folder)")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="accuracy of a model on the MNIST test images or on pen strokes",
                       description="Evaluate a model on the 10,000 MNIST test images, or with --strokes on "
                       "pen-drawn samples rendered as the canvas renders them. With strokes, a digit counts "
                       "as right when it is read correctly and not called 'not a digit'; a sample labelled -1 "
                       "counts as right when it is called 'not a digit'.")
    p.add_argument("model", metavar="MODEL", help=MODEL_HELP)
    p.add_argument("--data", help="mnist.npz or IDX folder (default: $DIGITS_MNIST, cache, download)")
    p.add_argument("--strokes", metavar="FILE", help="JSON or JSON.gz list of {label, strokes} samples "
                   "(the format of unipen-dev.json.gz; label -1 = not a digit) instead of MNIST")
    p.add_argument("--image-only", action="store_true", help="with --strokes: read the images alone, not also "
                   "the pen path (as for a picture), when the model has a path network")
    p.add_argument("--json", action="store_true", help="print one JSON object with the figures, nothing else")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("adapt", help="adapt a model to one person's handwriting (their own samples)",
                       description="Fine-tune a copy of MODEL on pen samples of one person (--samples: the "
                       "format of unipen-dev.json.gz, e.g. the My samples file) with MNIST and other writers "
                       "replayed, check it by cross-validation, and save it as --out with its card. MODEL "
                       "itself is never changed. Ctrl-C stops; nothing is saved then.")
    p.add_argument("model", metavar="MODEL", help=MODEL_HELP)
    p.add_argument("--samples", metavar="FILE", required=True, help="JSON or JSON.gz list of {label, strokes}")
    p.add_argument("--out", metavar="OUT.keras", required=True, help="where to save the adapted model")
    p.add_argument("--steps", type=int, default=None, help="training steps (default 200)")
    p.add_argument("--folds", type=int, default=2, help="cross-validation folds for the before/after check "
                   "(default 2; 0 = no check, faster)")
    p.add_argument("--seed", type=int, default=None, help="random seed (default 0)")
    p.add_argument("--data", help="mnist.npz or IDX folder (default: $DIGITS_MNIST, cache, download)")
    p.set_defaults(func=cmd_adapt)

    p = sub.add_parser("predict", help="read the digit in an image file",
                       description=f"Predict the digit in a picture ({FORMATS}), read as the app reads it: "
                       "upright as its EXIF orientation says, first frame of an animation. The digit is "
                       "cropped, scaled and centred like MNIST; dark-on-light images are inverted.")
    p.add_argument("model", metavar="MODEL", help=MODEL_HELP)
    p.add_argument("image", metavar="IMAGE", help="image file with one digit")
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("summary", help="layers, output shapes and parameter counts, with the formulas",
                       description="Show a model's layers with output shapes and parameter counts, "
                       "and the arithmetic behind each number.")
    p.add_argument("target", metavar="MODEL|ARCH", help=f"a model file, 'default', or one of: {', '.join(ARCHITECTURES)}")
    p.set_defaults(func=cmd_summary)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``digit-recognizer`` and ``python -m desktop``."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .app import main as gui_main

        return gui_main(model_path=args.model, startup_report=args.startup_report)
    # Names from files (a spec's, a model card's) may not fit the terminal's encoding: escape, never fail.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return args.func(args)
    except CliError as exc:
        print(f"digit-recognizer {args.command}: error: {printable(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Interrupted; nothing saved.", file=sys.stderr)
        return EXIT_INTERRUPTED
