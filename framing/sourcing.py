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
                             "quotes": s.quotes, "verbs": s.verb_list()})
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
        ranked = sorted(self.speakers.values(), key=lambda r: (order[r.outlet], -(r.attributions + r.quotes), r.speaker))
        return Sourcing(list(self.outlets), self.stance, self.sources, ranked)


def sourcing(records: Sequence[dict]) -> Sourcing:
    counter = SourcingCounter()
    for r in records:
        counter.add(r)
    return counter.result()
