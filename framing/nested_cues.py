"""Cues inside another attribution's content that are no attribution of their own.

`without_nested_thoughts` drops a belief or intention cue inside the content of another
attribution (`Menendez said he does not think the calendar matters`, `nine in 10 said they
thought the economy favors the wealthy`): the report is the outer cue's; annotators (PolNeAR)
mark the inner one in about one case in six.  So are evidence, attack and stance cues ("show",
"find", "attack", "oppose", "endorse", ...) that credit no quotation (`Trump said polls show he is
winning`, `aides said Cruz opposes the deal`).  Likewise any cue inside the content of an
`according to` that credits no quotation (`..., a majority of voters saying she cannot be trusted,
according to the latest poll`): the report is the poll's (PolNeAR train: 22 of 127 inner cues
marked, 114 of the outer ones).  A tag after the clause it credits (`He agreed to sell it in 2010,
records show.`) is the outer cue, though the clause's content runs over it.

Apart from `framing.cue_patterns`, which finds attributions of fixed patterns: this module only
drops found ones, after every cue is found (`framing.quotes`).
"""

from __future__ import annotations

import heapq

from framing.models import Attribution

# Stance classes whose cue inside another attribution's content is no attribution of its own
# (PolNeAR train: 17% of nested "thought" cues are marked; urging, denial, concession or raising
# cues dropped as well change nothing measurable).
_NESTED_STANCES = frozenset({"thought"})
# Evidence, attack and stance cues inside another attribution's content (`Trump said polls show he
# is winning`, `aides said Cruz opposes the deal`): part of what the outer source said.  PolNeAR
# train marks about one such inner cue in four for "show", "find", "attack" (each raised train and
# dev cue F1 on its own) and one in six for the stance verbs after them (taken as a group, each
# with at least 8 nested train cues and at most 21% marked; train and dev cue F1 both rose; then
# "appear" to "remark", 32-35% marked, as a second group that raised both again); "report",
# "reveal", "suggest", "call", "ask", "claim", "tell" did not raise both.
_NESTED_VERBS = frozenset(
    """show find attack oppose seek endorse encourage agree name charge comment detail demand advocate
    discuss identify request appear offer respond deny challenge remark""".split()
)


# Accusations credited to no one (a passive with no agent: `was arrested and accused of ...`)
# inside another attribution's content (`..., public records show`): that source's report.
_NESTED_UNSOURCED = frozenset("accuse".split())


# The verbs of a tag set after the clause it credits (`..., records show.`, `..., they think,`).
_TAG_LEMMAS = frozenset("say show find think believe write add note conclude report suggest".split())


def _tag_after_clause(text: str, a: Attribution) -> bool:
    """Is `a` a tag after the clause it credits: its content, a comma, its source, then its cue
    (a verb of `_TAG_LEMMAS`) closing the clause (`He agreed to sell it in 2010, records show.`,
    `the way to do that, they think, is ...`)?"""
    if a.content is None or a.source is None or a.verb not in _TAG_LEMMAS:
        return False
    if not (a.content.end <= a.source.start < a.cue.start) or "," not in text[a.content.end : a.source.start]:
        return False
    rest = text[a.cue.end : a.cue.end + 3].lstrip()
    return not rest or rest[0] in ".,;:!?"


def _holds_earlier_cue(text: str | None, a: Attribution, b: Attribution) -> bool:
    """Is `a` a tag after the clause it credits (`_tag_after_clause`) whose content holds `b`'s
    cue?  (`He agreed to sell it in 2010, records show.`: "records show" holds "agreed", whose
    content ran on over the tag.)  Then `b` does not hold `a` though its content reaches it:
    otherwise each would drop the other, and the tag is the outer one."""
    return (
        text is not None and a.content is not None and a.content.start <= b.cue.start < a.content.end
        and _tag_after_clause(text, a)
    )


def _first_around(pool: list[Attribution], found: list[Attribution], asked: list[int], text: str | None = None) -> dict[int, Attribution]:
    """For each index in `asked`, the first attribution of `pool` (in its order) other than
    `found[i]` whose content holds `found[i]`'s cue.  One sweep in cue order with the contents open
    at each cue on a heap by pool order, so a long text costs n log n, not cues times contents."""
    by_start = sorted(range(len(pool)), key=lambda p: pool[p].content.start)  # type: ignore[union-attr]
    open_: list[tuple[int, int]] = []  # (pool order, content end)
    nxt = 0
    first: dict[int, Attribution] = {}
    for i in sorted(asked, key=lambda i: found[i].cue.start):
        a, start = found[i], found[i].cue.start
        while nxt < len(by_start) and pool[by_start[nxt]].content.start <= start:  # type: ignore[union-attr]
            heapq.heappush(open_, (by_start[nxt], pool[by_start[nxt]].content.end))  # type: ignore[union-attr]
            nxt += 1
        skipped = []
        while open_:
            p, end = open_[0]
            if end <= start:  # closed before this cue, so before every later one
                heapq.heappop(open_)
            elif pool[p] is a or _holds_earlier_cue(text, a, pool[p]):
                skipped.append(heapq.heappop(open_))
            else:
                first[i] = pool[p]
                break
        for entry in skipped:
            heapq.heappush(open_, entry)
    return first


def without_nested_thoughts(found: list[Attribution], credit: dict[int, Attribution], text: str | None = None) -> list[Attribution]:
    """`found` without the "thought" cues (think, believe, want, ...) that lie inside the content
    of another attribution, nor the cues crediting no quotation inside an `according to`; a
    quotation such a cue credited goes to the attribution around it.  With the article's `text`,
    a tag after the clause it credits (`..., records show.`) is not dropped by a cue of that
    clause whose content ran over it (`_holds_earlier_cue`)."""
    outer: dict[int, Attribution] = {}
    quoting = {id(att) for att in credit.values()}
    # The attributions a cue may lie inside, in order; a cue that is no thought and credits a
    # quotation is never dropped, and one that credits none only from inside an `according to`.
    around = [b for b in found if b.content is not None and b.stance != "thought"]
    according = [b for b in around if b.verb == "according_to"]
    asked: dict[int, list[int]] = {id(around): [], id(according): []}
    for i, a in enumerate(found):
        if a.stance in _NESTED_STANCES or ((a.verb in _NESTED_VERBS or (a.verb in _NESTED_UNSOURCED and a.source is None)) and id(a) not in quoting):
            asked[id(around)].append(i)
        elif id(a) not in quoting:
            asked[id(according)].append(i)
    for pool in (around, according):
        outer.update(_first_around(pool, found, asked[id(pool)], text))
    if not outer:
        return found
    dropped = {id(found[i]): b for i, b in outer.items()}
    for qi, att in credit.items():
        if id(att) in dropped:
            credit[qi] = dropped[id(att)]
    return [a for i, a in enumerate(found) if i not in outer]
