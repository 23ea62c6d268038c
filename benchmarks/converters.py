"""Turn each labelled dataset in ../shared/data into the gold format of `framing evaluate spans`.

One function per dataset; each returns a list of documents
`{"id", "text", "spans": [{"start", "end", "type", "text", ...}], ...}` whose span offsets are
checked (`text[start:end] == span["text"]`, a ValueError otherwise), plus dataset fields the
accuracy benchmark uses (a sentence `label`, a content span's `direct` flag).  Read the
PROVENANCE.md beside each dataset for what its fields mean.  Standard library only, so the
tests can load this file on its own.
"""

from __future__ import annotations

import ast
import csv
import json
import re
from pathlib import Path
from typing import Any

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "their", "who", "which", "that"}


def _span(text: str, start: int, end: int, typ: str, expected: str | None = None, **extra: Any) -> dict[str, Any]:
    """A gold span, its offsets checked against the text the dataset gives for it."""
    if expected is not None and text[start:end] != expected:
        raise ValueError(f"offset mismatch: text[{start}:{end}] = {text[start:end]!r}, dataset says {expected!r}")
    return {"start": start, "end": end, "type": typ, "text": text[start:end], **{k: v for k, v in extra.items() if v is not None}}


def is_direct_quote(fragments: list[str]) -> bool:
    """Content is a direct quotation when all its words lie inside quotation marks: `“We will
    win.”`, or `“If he thinks that,” / “what does he think?”` split around "he said", or a quote
    the annotator cut at its sentences.  Content with unquoted words ("that the plan is “dead”")
    is indirect.  Double marks only (“ ”, ", and PTB-style `` and ''), since ’ is also an
    apostrophe."""
    text = " ".join(fragments).replace("``", '"').replace("''", '"')
    inside = quoted = False
    for ch in text:
        if ch in "“«":
            inside = True
        elif ch in "”»":
            inside = False
        elif ch == '"':
            inside = not inside
        elif ch.isalnum():
            if not inside:
                return False
            quoted = True
    return quoted


def _name_like(source: str) -> str | None:
    """The source text as a gold speaker when it names someone (a capitalised word that is not a
    pronoun): "Joel Pollak of Breitbart California" yes; "he", "officials" no."""
    words = re.findall(r"[\w’'.-]+", source)
    if any(w[:1].isupper() and w.lower() not in PRONOUNS and w not in {"The", "A", "An"} for w in words):
        return source
    return None


# --------------------------------------------------------------------------- PolNeAR


def polnear(data_dir: Path, split: str = "test", limit: int | None = None) -> list[dict[str, Any]]:
    """PolNeAR attributions: `source`, `cue` and `content` spans, one annotator per article (the
    first file of that article in the corpus file).  A discontinuous span (content split by
    "he said") becomes one span over all its fragments, which are kept in `fragments`; content
    carries `direct` (see is_direct_quote); a cue carries the source as `speaker` when it is a name."""
    if split not in ("train", "dev", "test"):
        raise ValueError(f"PolNeAR splits are train, dev and test, not {split!r}")
    marker = f'"compartment": "{split}"'
    docs: list[dict[str, Any]] = []
    seen: set[str] = set()
    with (data_dir / "polnear" / "polnear_attributions.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if marker not in line:
                continue
            r = json.loads(line)
            if r["compartment"] != split or r["filename"] in seen:
                continue
            seen.add(r["filename"])
            docs.append(_polnear_doc(r))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def _polnear_doc(r: dict[str, Any]) -> dict[str, Any]:
    text = r["text"]
    spans: list[dict[str, Any]] = []
    for a in r["attributions"]:
        source_text = " ".join(fr["text"] for fr in a.get("source") or [])
        for role in ("source", "cue", "content"):
            frags = a.get(role) or []
            if not frags:
                continue
            for fr in frags:
                _span(text, fr["start"], fr["end"], role, fr["text"])
            start, end = min(fr["start"] for fr in frags), max(fr["end"] for fr in frags)
            extra: dict[str, Any] = {"attribution": a["id"]}
            if len(frags) > 1:
                extra["fragments"] = [[fr["start"], fr["end"]] for fr in frags]
            if role == "content":
                extra["direct"] = is_direct_quote([fr["text"] for fr in frags])
            if role in ("cue", "source") and source_text:
                extra["speaker"] = _name_like(source_text)
            spans.append(_span(text, start, end, role, **extra))
    return {"id": r["filename"], "text": text, "publisher": r["publisher"], "annotator": r["annotator"], "spans": spans}


# --------------------------------------------------------------------------- tuning halves


HALVES = ("even", "odd")


def half(docs: list[dict[str, Any]], which: str, key: str) -> list[dict[str, Any]]:
    """A deterministic half of a dataset with no split, for tuning on one half and reporting the
    other.  Documents are grouped by `key` (BASIL: `triplet`, so a triplet's three articles stay
    together; PTC: `id`, the article id).  Numeric groups go by their parity (PTC article 111111112
    is even); other groups by their position among the sorted groups (BASIL: the first triplet
    uuid in sorted order is number 0, even)."""
    if which not in HALVES:
        raise ValueError(f"halves are even and odd, not {which!r}")
    groups = sorted({str(d[key]) for d in docs})
    numeric = all(g.isdigit() for g in groups)
    number = {g: int(g) if numeric else i for i, g in enumerate(groups)}
    want = 0 if which == "even" else 1
    return [d for d in docs if number[str(d[key])] % 2 == want]


# --------------------------------------------------------------------------- BASIL


def basil(data_dir: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """BASIL articles as title + body: sentences of a paragraph joined by a space, paragraphs
    and the title by a blank line.  Lexical-bias spans become `loaded`, informational ones
    `informational`; each has `voice` (quoted when BASIL's quote flag is yes) and, when BASIL
    names a person or group rather than `other_*`, `speaker`."""
    docs: list[dict[str, Any]] = []
    with (data_dir / "basil" / "basil_articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            docs.append(_basil_doc(json.loads(line)))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def _basil_doc(r: dict[str, Any]) -> dict[str, Any]:
    title = r.get("title") or ""
    parts: list[str] = [title, "\n\n"] if title else []
    offset = len(title) + 2 if title else 0
    sentence_start: dict[int, int] = {}
    para = None
    for s in sorted(r["sentences"], key=lambda s: s["idx"]):
        if para is not None:
            sep = " " if s["para"] == para else "\n\n"
            parts.append(sep)
            offset += len(sep)
        para = s["para"]
        sentence_start[s["idx"]] = offset
        parts.append(s["text"])
        offset += len(s["text"])
    text = "".join(parts)
    spans = []
    for a in r["phrase_level_annotations"]:
        base = 0 if a["id"] == "title" else sentence_start[a["sentence_idx"]]
        typ = "loaded" if a["bias"] == "lex" else "informational"
        speaker = a.get("speaker") or None
        if speaker and speaker.lower().startswith("other"):
            speaker = None
        voice = "quoted" if a["quote"] == "yes" else "author"
        spans.append(_span(text, base + a["start"], base + a["end"], typ, a["txt"], voice=voice, speaker=speaker,
                           polarity=a.get("polarity"), basil_speaker=a.get("speaker") or None))
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return {"id": r["article_key"], "text": text, "title": title, "outlet": r["source"], "triplet": r["triplet_uuid"], "spans": spans}


# --------------------------------------------------------------------------- PTC


PTC_LOADED = ("Loaded_Language", "Name_Calling,Labeling")


def ptc(data_dir: Path, split: str = "train", limit: int | None = None, techniques: tuple[str, ...] = PTC_LOADED) -> list[dict[str, Any]]:
    """PTC articles with their Loaded_Language and Name_Calling,Labeling spans as `loaded` (the
    technique kept in `technique`).  Only train has technique labels in this copy."""
    if split != "train":
        raise ValueError("PTC technique labels exist only for the train split in this copy")
    docs: list[dict[str, Any]] = []
    with (data_dir / "ptc_semeval2020_t11" / "ptc_articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["split"] != split:
                continue
            text = r["text"]
            spans = [_span(text, s["start"], s["end"], "loaded", s["fragment"], technique=s["technique"])
                     for s in r["spans"] if s["technique"] in techniques]
            docs.append({"id": r["article_id"], "text": text, "spans": spans})
            if limit is not None and len(docs) >= limit:
                break
    return docs


# --------------------------------------------------------------------------- CoNLL-2010


_PTB = [("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"), ("``", '"'), ("''", '"')]


_CLITIC = re.compile(r"(?<=\w) (n't|'s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE)


def detokenise_ptb(text: str) -> str:
    """Undo the PTB bracket and quote tokens (`-LRB-`, ``` `` ```) so quotation marks are seen as
    such, and rejoin split clitics ("does n't", "it 's"), so "couldn't" and "it's been said" read
    as they would in running text."""
    for token, char in _PTB:
        text = text.replace(token, char)
    return _CLITIC.sub(r"\1", text)


def conll2010_wiki(data_dir: Path, split: str = "test", limit: int | None = None) -> list[dict[str, Any]]:
    """CoNLL-2010 Wikipedia sentences, one document each, `label` 1 = uncertain (no cue spans
    exist in this copy).  PTB tokens are undone; sentence-level labels do not depend on offsets."""
    if split not in ("train", "test"):
        raise ValueError(f"the CoNLL-2010 wiki copy has train and test, not {split!r}")
    docs: list[dict[str, Any]] = []
    with (data_dir / "conll2010_wikiweasel_sentences" / f"{split}.csv").open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            docs.append({"id": f"{split}-{i}", "text": detokenise_ptb(row["text"]), "label": int(row["label"]), "spans": []})
            if limit is not None and len(docs) >= limit:
                break
    return docs


# --------------------------------------------------------------------------- BABE


# Annotators marked phrases word by word ("the", "of" in "the radical left of ..."); their positions
# are lost, so a function word would match every "the" in the sentence.  These are left out.
FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with as and or but nor so is are was were be been being it its "
    "this that these those there here he she they we i you his her their our my your him them us out up "
    "not no if than then into onto over off about".split()
)


def babe(data_dir: Path, split: str = "sg2", limit: int | None = None) -> list[dict[str, Any]]:
    """BABE sentences (SG2 is BABE proper) with `label` 1 = biased, 0 = non-biased ("No agreement"
    rows are left out), and every whole-word, case-insensitive occurrence of an annotated biased
    word as a `loaded` span, function words aside (FUNCTION_WORDS); words not found in the
    sentence are listed in `unfound_words`."""
    if split not in ("sg1", "sg2"):
        raise ValueError(f"BABE groups are sg1 and sg2, not {split!r}")
    docs: list[dict[str, Any]] = []
    with (data_dir / "babe" / f"babe_{split}_final_labels.csv").open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if row["label_bias"] not in ("Biased", "Non-biased"):
                continue
            text = row["text"]
            words = ast.literal_eval(row["biased_words"]) if row["biased_words"].strip() else []
            spans, unfound = [], []
            for w in dict.fromkeys(w.strip(" \"“”‘’'") for w in words):
                if not w or w.lower() in FUNCTION_WORDS:
                    continue
                hits = list(re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE))
                if not hits:
                    unfound.append(w)
                spans.extend(_span(text, m.start(), m.end(), "loaded", m.group()) for m in hits)
            spans.sort(key=lambda s: s["start"])
            docs.append({"id": f"{split}-{i}", "text": text, "label": int(row["label_bias"] == "Biased"), "outlet": row["outlet"],
                         "spans": spans, "unfound_words": unfound})
            if limit is not None and len(docs) >= limit:
                break
    return docs
