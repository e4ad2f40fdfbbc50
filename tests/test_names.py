"""Any name a person gives a network trains: Keras gets a valid name, files a safe one, the name itself stays."""

import json
import re
import unicodedata

import numpy as np
import pytest

from desktop.core.names import file_stem, keras_name

LONG = ("Netz für Ziffern " * 18)[:300]

# name as typed: (Keras model name, file name without suffix)
NAMES = {
    "my net (v2)": ("my_net_v2", "my net (v2)"),
    "Mạng của tôi – bản 2": ("Mang_cua_toi_ban_2", "Mạng của tôi – bản 2"),
    "手写数字网络": ("custom", "手写数字网络"),
    "🙂 net 🚀": ("net", "🙂 net 🚀"),
    "  ": ("custom", "custom"),
    "con/v:*?": ("con_v", "con_v_"),
    LONG: ("Netz_fur_Ziffern_Netz_fur_Ziffern_Netz_fur_Ziffern_Netz_fur_Ziff",
           "Netz für Ziffern Netz für Ziffern Netz für Ziffern Netz für Ziffern Netz für Ziffern Netz für"),
    ".hidden": ("hidden", "hidden"),
    "CON": ("CON", "CON_"),
}
ODD = ["Đồ án ß", "ＡＢＣ①", "-rf", "_x", "a\\b|c<d>e\"f", "line\nbreak\ttab", "\ud83d half an emoji", "con.net",
       "lpt1 ", "x. . ", "👩‍💻" * 40, "e\u0301" * 60, "", "...", "\u2028"]
TF_ROOT_SCOPE = re.compile(r"^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$")  # what TensorFlow checks when training starts
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_derived_names_of_names_people_give(name):
    assert (keras_name(name), file_stem(name)) == NAMES[name]


@pytest.mark.parametrize("name", [*NAMES, *ODD])
def test_keras_names_are_valid_scopes_and_short(name):
    derived = keras_name(name)
    assert TF_ROOT_SCOPE.match(derived) and derived[0].isalnum() and "/" not in derived
    assert 1 <= len(derived) <= 64


@pytest.mark.parametrize("name", [*NAMES, *ODD])
def test_file_stems_are_valid_on_every_file_system(name, tmp_path):
    stem = file_stem(name)
    assert stem and len(stem.encode("utf-8")) <= 100
    assert not set(stem) & set('/\\<>:"|?*') and all(unicodedata.category(c) not in ("Cc", "Cs") for c in stem)
    assert stem[0] not in ". -" and stem[-1] not in ". "
    assert stem.split(".")[0].strip().upper() not in WINDOWS_DEVICES
    for suffix in ("-20240131-235959.keras", "-20240131-235959.card.json", ".json"):
        (tmp_path / (stem + suffix)).write_text("x")
    assert len(list(tmp_path.iterdir())) == 3


def test_file_stems_are_cut_between_letters_and_whole_emoji():
    assert file_stem("x" * 99 + "é") == "x" * 99  # é is 2 bytes in UTF-8
    assert file_stem("e\u0301" * 60) == "e\u0301" * 33  # never an e without its accent
    assert file_stem("👩‍💻" * 40) == "👩‍💻" * 9  # 11 bytes each, the joiner included
    assert file_stem("👍🏽" * 40) == "👍🏽" * 12  # the skin tone stays with its hand
    assert file_stem("CON." + "x" * 200) == "CON_." + "x" * 95
    assert file_stem(LONG, max_bytes=20) == "Netz für Ziffern Ne"


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_every_name_trains_saves_and_loads(name, tmp_path, small_mnist, tf):
    from desktop.core.model_files import load_model, save_model
    from desktop.core.spec import preset
    from desktop.core.training import TrainConfig, describe_network, train

    spec = preset("lenet5")
    spec.name = name
    spec.layers[0].params["filters"] = 2
    config = TrainConfig(arch="custom", spec=spec.to_dict(), epochs=1, batch_size=16, subset=40, seed=1)
    result = train(config, small_mnist)  # Keras used to refuse here: "... is not a valid root scope name"
    assert result.epochs_completed == 1 and result.model.name == keras_name(name)
    assert describe_network(config).startswith(f"{name}, built in the editor: Conv2D 2 5x5")

    path = save_model(result.model, tmp_path / f"{file_stem(name)}-20240131-2359.keras", {"name": name})
    assert path.name == NAMES[name][1] + "-20240131-2359.keras"
    assert json.loads((tmp_path / f"{path.stem}.card.json").read_text(encoding="utf-8"))["name"] == name
    loaded = load_model(path)
    assert loaded.name == name and loaded.model.name == keras_name(name)
    x = small_mnist.x_test[:4, ..., None].astype("float32") / 255
    assert np.allclose(loaded.model(x, training=False), result.model(x, training=False), atol=1e-6)
