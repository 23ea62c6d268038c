"""Reading labelled CSVs: which label is positive, what is dropped, and the errors."""

from __future__ import annotations

import csv

import pytest

from framing.labelled_data import LabelledDataError, holdout_split, read_labelled_csv


def write(path, rows, header=("text", "label")):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.mark.parametrize(
    "labels, positive, negative, expected",
    [
        (["1", "0", "1"], "1", "0", [1, 0, 1]),
        (["1.0", "0.0"], "1.0", "0.0", [1, 0]),
        (["True", "false", "TRUE"], "true", "false", [1, 0, 1]),
        (["yes", "no"], "yes", "no", [1, 0]),
        (["Non-biased", "Biased"], "Biased", "Non-biased", [0, 1]),
        (["opinion", "not opinion"], "opinion", "not opinion", [1, 0]),
        (["Biased", "No agreement", "Non-biased", ""], "Biased", "Non-biased", [1, 0]),
        # two classes spelled four ways (files pasted together, one from pandas with a missing
        # label, so floats): each side under its first spelling, not "found 4 classes"
        (["1", "0.0", "1.0", "0"], "1", "0.0", [1, 0, 1, 0]),
        (["yes", "1", "No", "0"], "yes", "no", [1, 1, 0, 0]),
    ],
)
def test_positive_class_and_labels(tmp_path, labels, positive, negative, expected):
    data = read_labelled_csv(write(tmp_path / "d.csv", [(f"s{i}", lab) for i, lab in enumerate(labels)]), "text", "label")
    assert (data.positive, data.negative, data.labels) == (positive, negative, expected)


def test_dropped_rows_are_noted(tmp_path):
    path = write(tmp_path / "d.csv", [("a", "Biased"), ("b", "No agreement"), ("", "Non-biased"), ("c", "Non-biased")])
    data = read_labelled_csv(path, "text", "label")
    assert data.texts == ["a", "c"]
    assert data.notes == ["dropped 2 rows: 1 labelled 'No agreement' in 'label', 1 with an empty 'text'"]


@pytest.mark.parametrize("rows, note", [
    ([("a", "Biased"), ("b", "no agreement"), ("c", "No agreement"), ("d", "Non-biased")], "dropped 2 rows: 2 labelled 'No agreement' in 'label'"),
    ([("a", "1"), ("b", ""), ("c", "0"), ("  ", "1"), ("", "")], "dropped 3 rows: 1 with an empty 'label', 2 with an empty 'text'"),
])
def test_each_reason_for_dropping_rows_is_counted(tmp_path, rows, note):
    assert read_labelled_csv(write(tmp_path / "d.csv", rows), "text", "label").notes == [note]


def test_positive_named_explicitly(tmp_path):
    path = write(tmp_path / "d.csv", [("a", "left"), ("b", "right")])
    assert read_labelled_csv(path, "text", "label", positive="right").labels == [0, 1]
    with pytest.raises(LabelledDataError, match=r"--positive 'centre' is not one of the labels in column 'label' \('left', 'right'\)"):
        read_labelled_csv(path, "text", "label", positive="centre")


def test_marked_words_column(tmp_path):
    path = write(tmp_path / "d.csv", [("a vile plan", "1", "['vile']"), ("a plan", "0", "[]")], ("text", "label", "words"))
    assert read_labelled_csv(path, "text", "label", words_col="words").marked == [frozenset({"vile"}), frozenset()]


@pytest.mark.parametrize(
    "rows, header, kwargs, message",
    [
        ([("a", "1")], ("text", "label"), {"words_col": "biased_words"}, "no column 'biased_words' (columns: text, label); name the right one with --words-col"),
        ([("a", "1"), ("b", "2"), ("c", "3")], ("text", "label"), {},
         "column 'label' must hold exactly two classes to train or evaluate on, found 3: '1' (1 row, line 2), '2' (1 row, line 3), '3' (1 row, line 4)"),
        ([], ("text", "label"), {}, "column 'label' must hold exactly two classes to train or evaluate on, found 0 (none)"),
        # one stray label among many: counted, commonest first, with the line to correct it on
        ([("a", "Biased"), ("b", "Non-biased"), ("c", "Biassed"), ("d", "Biased"), ("e", "No agreement"), ("f", "Non-biased"), ("g", "Biased")],
         ("text", "label"), {},
         "column 'label' must hold exactly two classes to train or evaluate on, found 3: 'Biased' (3 rows, first on line 2), "
         "'Non-biased' (2 rows, first on line 3), 'Biassed' (1 row, line 4)"),
        ([("a", "Biased"), ("b", "biased")], ("text", "label"), {},
         "column 'label' must hold exactly two classes to train or evaluate on, found 1: 'Biased' (2 rows, first on line 2)"),
        ([(f"s{i}", f"topic {i % 8}") for i in range(9)], ("text", "label"), {},
         "column 'label' must hold exactly two classes to train or evaluate on, found 8: 'topic 0' (2 rows, first on line 2), "
         "'topic 1' (1 row, line 3), 'topic 2' (1 row, line 4), 'topic 3' (1 row, line 5), 'topic 4' (1 row, line 6), "
         "'topic 5' (1 row, line 7), and 2 more"),
    ],
)
def test_errors_name_file_and_column(tmp_path, rows, header, kwargs, message):
    path = write(tmp_path / "d.csv", rows, header)
    with pytest.raises(LabelledDataError) as e:
        read_labelled_csv(path, "text", "label", **kwargs)
    assert str(e.value) == f"{path}: {message}"


def test_missing_file(tmp_path):
    with pytest.raises(LabelledDataError, match="no such file"):
        read_labelled_csv(tmp_path / "none.csv")


def test_holdout_split_is_stratified_fixed_and_disjoint():
    labels = [1] * 30 + [0] * 70
    train, test = holdout_split(labels, 0.2, 7)
    assert len(test) == 20 and sum(labels[i] for i in test) == 6
    assert not set(train) & set(test) and len(train) + len(test) == 100
    assert holdout_split(labels, 0.2, 7) == (train, test)


@pytest.mark.parametrize(
    "labels, positive, negative, expected, note",
    [  # several annotators' sheets pasted together: one class however its name is cased or spaced
        (["Biased", "biased", "Non-biased", "BIASED", "non-biased", "Biased"], "Biased", "Non-biased", [1, 1, 0, 1, 0, 1],
         "read 'biased' (1), 'BIASED' (1) as 'Biased'; 'non-biased' (1) as 'Non-biased': class names that differ only in case or spacing are one class"),
        (["Non biased", "Biased", "Non-Biased", "non_biased"], "Biased", "Non biased", [0, 1, 0, 0],
         "read 'Non-Biased' (1), 'non_biased' (1) as 'Non biased': class names that differ only in case or spacing are one class"),
        (["Opinion", "Not opinion", "opinion "], "Opinion", "Not opinion", [1, 0, 1],
         "read 'opinion' (1) as 'Opinion': class names that differ only in case or spacing are one class"),
        (["Biased", "Non-biased"], "Biased", "Non-biased", [1, 0], None),  # nothing folded, no note
    ],
)
def test_class_names_differing_only_in_case_or_spacing_are_one_class(tmp_path, labels, positive, negative, expected, note):
    data = read_labelled_csv(write(tmp_path / "d.csv", [(f"s{i}", lab) for i, lab in enumerate(labels)]), "text", "label")
    assert (data.positive, data.negative, data.labels) == (positive, negative, expected)
    assert data.notes == ([note] if note else [])


def test_a_sign_is_no_spacing_so_minus_one_and_one_stay_two_classes(tmp_path):
    path = write(tmp_path / "d.csv", [("a", "1"), ("b", "-1"), ("c", "1")])
    assert read_labelled_csv(path, "text", "label", positive="1").labels == [1, 0, 1]


@pytest.mark.parametrize("given, labels", [("Right", [0, 1]), ("RIGHT", [0, 1]), ("left", [1, 0]), ("TRUE", None)])
def test_positive_is_matched_as_the_labels_are_read(tmp_path, given, labels):
    path = write(tmp_path / "d.csv", [("a", "left"), ("b", "right")])
    if labels is None:
        with pytest.raises(LabelledDataError, match=r"--positive 'TRUE' is not one of the labels"):
            read_labelled_csv(path, "text", "label", positive=given)
    else:
        assert read_labelled_csv(path, "text", "label", positive=given).labels == labels
