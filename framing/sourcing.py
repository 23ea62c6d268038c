"""Who each outlet quotes and how: reporting-verb stance, named vs anonymous sources, top speakers.

Read from attribution and quote spans of article records shaped like `Analysis.to_dict()`.  A
speaker of "anonymous" is an unnamed source ("a senior official said"); no speaker at all means the
text did not say who.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.compare import outlet_of

ANONYMOUS = "anonymous"


@dataclass(slots=True)
class SpeakerRow:
    outlet: str
    speaker: str
    attributions: int = 0
    quotes: int = 0
    verbs: Counter = field(default_factory=Counter)
    spellings: list[str] = field(default_factory=list)  # the names merged into this row (merge_spellings)

    def verb_list(self) -> str:
        """"say ×3, claim ×1": the reporting verbs used for this speaker, most frequent first."""
        return ", ".join(f"{v} ×{n}" for v, n in self.verbs.most_common())


@dataclass(slots=True)
class Sourcing:
    outlets: list[str]
    stance: dict[str, Counter]  # outlet -> stance -> attributions
    sources: dict[str, Counter]  # outlet -> named / anonymous / not named -> attributions
    speakers: list[SpeakerRow]  # per outlet, most attributions + quotes first

    def stance_table(self) -> list[dict]:
        rows = []
        for o in self.outlets:
            total = sum(self.stance[o].values())
            for stance, n in self.stance[o].most_common():
                rows.append({"outlet": o, "stance": stance, "attributions": n, "share": round(n / total, 4)})
        return rows

    def source_table(self) -> list[dict]:
        rows = []
        for o in self.outlets:
            c = self.sources[o]
            total = sum(c.values())
            rows.append({"outlet": o, "named": c["named"], "anonymous": c["anonymous"], "not named": c["not named"],
                         "attributions": total, "anonymous_share": round(c["anonymous"] / total, 4) if total else None})
        return rows

    def speaker_table(self, per_outlet: int = 10) -> list[dict]:
        rows, seen = [], Counter()
        for s in self.speakers:
            if seen[s.outlet] < per_outlet:
                seen[s.outlet] += 1
                rows.append({"outlet": s.outlet, "speaker": s.speaker, "attributions": s.attributions,
                             "quotes": s.quotes, "verbs": s.verb_list(), "spellings": " | ".join(s.spellings or [s.speaker])})
        return rows


class SourcingCounter:
    """Counts attributions and quotes one record at a time, so a corpus streams through."""

    def __init__(self) -> None:
        self.outlets: list[str] = []
        self.stance: dict[str, Counter] = {}
        self.sources: dict[str, Counter] = {}
        self.speakers: dict[tuple[str, str], SpeakerRow] = {}

    def add(self, record: dict) -> None:
        o = outlet_of(record)
        if o not in self.stance:
            self.outlets.append(o)
            self.stance[o], self.sources[o] = Counter(), Counter()
        stance, sources, speakers = self.stance[o], self.sources[o], self.speakers
        for s in record.get("spans") or ():
            kind = s.get("type")
            if kind != "attribution" and kind != "quote":
                continue
            who = s.get("speaker")
            if kind == "attribution":
                stance[s.get("stance") or "unknown"] += 1
                sources["anonymous" if who == ANONYMOUS else "named" if who else "not named"] += 1
                if who:
                    row = speakers.setdefault((o, who), SpeakerRow(o, who))
                    row.attributions += 1
                    if s.get("verb"):
                        row.verbs[s["verb"]] += 1
            elif who and s.get("voice") == "quoted":
                speakers.setdefault((o, who), SpeakerRow(o, who)).quotes += 1

    def result(self) -> Sourcing:
        order = {o: i for i, o in enumerate(self.outlets)}
        merged = [row for o in self.outlets for row in merge_spellings([r for (ro, _), r in self.speakers.items() if ro == o])]
        ranked = sorted(merged, key=lambda r: (order[r.outlet], -(r.attributions + r.quotes), r.speaker))
        return Sourcing(list(self.outlets), self.stance, self.sources, ranked)


def _person(name: str, given_name_first: bool = True) -> tuple[str, str, str] | None:
    """(first, middle, last) of a name written as a person's, a given name first ("Donald J.
    Trump" -> donald, j., trump); None for anything else (a lone surname, "anonymous", "Senate
    Democrats", "the Kremlin's press office").  Without `given_name_first`, any capitalised first
    and last word: who else might a lone surname be."""
    from framing.genders import is_given_name

    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in (words[0], words[-1])):
        return None
    if given_name_first and not is_given_name(words[0]):
        return None
    return words[0].casefold(), " ".join(words[1:-1]).casefold(), words[-1].casefold()


def merge_spellings(rows: list[SpeakerRow]) -> list[SpeakerRow]:
    """One outlet's speakers with the spellings of one person counted as one row.

    Each article names a speaker at its fullest, so across articles one person comes as "Donald
    J. Trump", "Donald John Trump" and "Donald Trump" (BASIL's NYT: 48, 2 and 33 attributions, three
    rows of "who is quoted most").  Names with the same first and last word are one person unless
    their middles disagree (an initial agrees with a name it begins: "J." and "John"; George H.W.
    Bush and George W. Bush stay apart, and so does a plain "George Bush" then).  A lone surname
    ("Trump") joins them only where no other person of the outlet has it (not beside Melania Trump).
    The row takes the fullest spelling; `spellings` lists every one merged."""
    people: dict[tuple[str, str], list[SpeakerRow]] = {}
    for r in rows:
        p = _person(r.speaker)
        if p is not None:
            people.setdefault((p[0], p[2]), []).append(r)
    merged: dict[tuple[str, str], list[SpeakerRow]] = {}
    for key, members in people.items():
        middles = sorted({_person(r.speaker)[1] for r in members} - {""}, key=len)
        if all(_same_middle(a, b) for a in middles for b in middles):
            merged[key] = members
    by_surname: dict[str, set[tuple[str, str]]] = {}  # everyone a lone surname might be: "Malia Obama" too
    for r in rows:
        p = _person(r.speaker, given_name_first=False)
        if p is not None:
            by_surname.setdefault(p[2], set()).add((p[0], p[2]))
    taken = {id(r) for members in merged.values() for r in members}
    for r in rows:
        if id(r) in taken or " " in r.speaker or not r.speaker[:1].isupper():
            continue
        persons = by_surname.get(r.speaker.casefold(), set())
        if len(persons) == 1 and next(iter(persons)) in merged:
            merged[next(iter(persons))].append(r)
            taken.add(id(r))
    out = [r for r in rows if id(r) not in taken]
    for members in merged.values():
        head = max(members, key=lambda r: (len(r.speaker.split()), r.attributions + r.quotes)).speaker
        row = SpeakerRow(members[0].outlet, head, spellings=sorted({m.speaker for m in members}, key=lambda n: (n != head, n)))
        for m in members:
            row.attributions += m.attributions
            row.quotes += m.quotes
            row.verbs.update(m.verbs)
        out.append(row)
    return out


def _same_middle(a: str, b: str) -> bool:
    """Whether two middle names can be one person's: equal, or an initial and a name it begins
    ("j." and "john"); "h.w." and "w." cannot."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short.endswith(".") and short.count(".") == 1 and len(short) == 2 and long.startswith(short[0]) and "." not in long


def sourcing(records: Sequence[dict]) -> Sourcing:
    counter = SourcingCounter()
    for r in records:
        counter.add(r)
    return counter.result()
