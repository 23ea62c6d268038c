"""Model files: a round trip keeps every probability; corrupted, tampered, newer-format, pickled or
non-model files are refused with a message that says what is wrong and what to do."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import numpy as np
import pytest

from framing.classify import read_model, save_model
from framing.model_io import ARRAYS, MANIFEST, META, ModelFormatError, load, save
from framing.sentence_features import sentence_records
from framing.training import TrainConfig, train

TEXTS = [f"The {s} {p}." for s in ("senator", "mayor", "council", "agency", "board", "union", "party", "minister")
         for p in ("spewed shameful lies again", "unleashed a sinister, outrageous agenda", "met on Tuesday", "published its annual report")]
LABELS = [1, 1, 0, 0] * 8
MARKED = [frozenset({"shameful", "lies"}), frozenset({"sinister"}), frozenset(), frozenset()] * 8
PROBE = ["The court spewed shameful lies.", "The school met on Tuesday.", "A sinister annual agenda."]


@pytest.fixture(scope="module")
def model():
    return train(TEXTS, LABELS, MARKED, config=TrainConfig(threshold_folds=3, calibration_folds=3), name="toy")


@pytest.fixture()
def saved(model, tmp_path):
    return save_model(model, tmp_path / "toy.model")


def rewrite(path, changes: dict[str, bytes]) -> None:
    """Replace members of the zip at path (keeping the others as they were)."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members.update(changes)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def member(path, name) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def test_round_trip_gives_identical_probabilities(model, saved):
    loaded = read_model(saved)
    records = sentence_records(PROBE)
    for variant in ("full", "no_lexicon"):
        assert np.array_equal(loaded.predict_records(records, variant), model.predict_records(records, variant))
    assert loaded.threshold == model.threshold and loaded.name == "toy"
    assert loaded.vocabularies == model.vocabularies and loaded.info == model.info
    assert loaded.vocabularies["marked"] == ["lies", "shameful", "sinister"]


def test_file_is_json_and_pickle_free_npz(saved):
    with zipfile.ZipFile(saved) as z:
        assert sorted(z.namelist()) == sorted([MANIFEST, META, ARRAYS])
    manifest = json.loads(member(saved, MANIFEST))
    assert (manifest["format"], manifest["format_version"]) == ("framing-sentence-model", 2)
    with np.load(io.BytesIO(member(saved, ARRAYS)), allow_pickle=False) as npz:
        assert all(npz[k].dtype != object for k in npz.files)


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "not a framing model file or it is corrupted"),
        (lambda p: p.write_text("term\tcategory\n", encoding="utf-8"), "not a framing model file or it is corrupted"),
        (lambda p: rewrite(p, {META: member(p, META).replace(b'"threshold": 0', b'"threshold": 1')}), "checksum mismatch in model.json"),
        (lambda p: rewrite(p, {ARRAYS: member(p, ARRAYS)[:-40] + bytes(40)}), "checksum mismatch in arrays.npz"),
        (lambda p: rewrite(p, {MANIFEST: b"{not json"}), "manifest is not valid JSON"),
    ],
    ids=["truncated", "not-a-zip", "tampered-json", "corrupted-arrays", "broken-manifest"],
)
def test_damaged_files_are_refused(saved, damage, message):
    damage(saved)
    with pytest.raises(ModelFormatError, match=message) as e:
        read_model(saved)
    assert str(e.value).startswith(str(saved))


@pytest.fixture(scope="module")
def sublinear_model():
    return train(TEXTS, LABELS, MARKED, config=TrainConfig(threshold_folds=3, calibration_folds=3, char_weighting="sublinear_l2"), name="old")


def as_format_1(path) -> None:
    """Rewrite a saved model as framing 0.1's format 1 wrote it: no char_weighting, version 1."""
    meta = json.loads(member(path, META))
    del meta["char_weighting"]
    meta_bytes = json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
    manifest = json.loads(member(path, MANIFEST))
    manifest["format_version"] = 1
    manifest["sha256"][META] = hashlib.sha256(meta_bytes).hexdigest()
    rewrite(path, {META: meta_bytes, MANIFEST: json.dumps(manifest).encode()})


def test_format_1_files_still_load_and_score_the_same(sublinear_model, tmp_path):
    path = save_model(sublinear_model, tmp_path / "old.model")
    as_format_1(path)
    loaded = read_model(path)
    assert loaded.char_weighting == "sublinear_l2"
    records = sentence_records(PROBE)
    assert np.array_equal(loaded.predict_records(records), sublinear_model.predict_records(records))


def test_unknown_char_weighting_in_a_file_is_refused(model, tmp_path):
    path = save_model(model, tmp_path / "m.model")
    meta = member(path, META).replace(b'"char_weighting": "word_sum"', b'"char_weighting": "raw"')
    manifest = json.loads(member(path, MANIFEST))
    manifest["sha256"][META] = hashlib.sha256(meta).hexdigest()
    rewrite(path, {META: meta, MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(ModelFormatError, match="unknown character weighting 'raw'"):
        read_model(path)


def test_newer_format_version_is_refused(saved):
    manifest = json.loads(member(saved, MANIFEST))
    manifest.update(format_version=3, framing_version="9.0")
    rewrite(saved, {MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(ModelFormatError, match=r"format version 3 was written by a newer framing \(9.0\); this framing reads versions 1 to 2: upgrade framing"):
        read_model(saved)


@pytest.mark.parametrize("fmt, version", [("something-else", 1), ("framing-sentence-model", "1"), ("framing-sentence-model", 0)])
def test_unknown_formats_are_refused(saved, fmt, version):
    manifest = json.loads(member(saved, MANIFEST))
    manifest.update(format=fmt, format_version=version)
    rewrite(saved, {MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(ModelFormatError, match="not a framing sentence model|unknown model format version"):
        read_model(saved)


def test_a_pickled_array_is_refused_even_with_matching_checksums(tmp_path):
    path = tmp_path / "evil.model"
    save(path, {"name": "x"}, {"payload": np.array([{"a": 1}], dtype=object)})  # np.savez pickles object arrays
    with pytest.raises(ModelFormatError, match="unreadable model data"):
        load(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ModelFormatError, match="no such model file"):
        read_model(tmp_path / "nope.model")
    with pytest.raises(ModelFormatError, match="is a folder"):
        read_model(tmp_path)


def test_incomplete_model_data_is_refused(tmp_path):
    path = save(tmp_path / "m.model", {"name": "x", "variants": {}}, {})
    with pytest.raises(ModelFormatError, match="model file is incomplete"):
        read_model(path)
