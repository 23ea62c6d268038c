"""Quoted fragments of reported speech: a short quotation no cue credits, inside what a source is
reported to have said, is the source's words, not the outlet's scare quote.

Indirect speech often quotes a speaker in pieces: `Nancy Pelosi said "the stakes" for the summit
"could not be higher."`, `McCain tweeted that if Trump "is not prepared ...," the talks "should not
move forward."`.  The attribution credits the first piece (its content often ends there); the later
pieces are the same speaker's, and a reader who sees them counted as the outlet's scare quotes is
misled.  A quotation nobody is said to have spoken (`the so-called "deep state"`, `the "reform" the
party promised`) stays the outlet's.  Read by `framing.quote_speakers`, for the quotations it would
otherwise call scare quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing import article_text, quote_marks
from framing.models import Attribution, Quote


def crediting_attribution(
    article: article_text.ArticleText,
    mq: quote_marks.MarkedQuote,
    attributions: Sequence[Attribution],
    cue_starts: Sequence[int],
    done: Sequence[Quote],
) -> Attribution | None:
    """The attribution whose reported words hold the quotation `mq`, or None (a scare quote).

    Only the last reporting cue before `mq` in its sentence is read: the cue must have a source,
    its content must follow it (indirect speech: `said that ...`, not `"...," he said`), and
    either the content holds `mq` (`According to the service, there are 30 "emergencies" in
    effect`) or the quotation just before `mq` in the sentence, after the cue, was credited by the
    same cue (`said "the stakes" for the summit "could not be higher"`: the content read for
    "said" often stops after its first quotation; or by another cue naming the same speaker).
    A cue after its content is read only when "and" joins the quotation after the tag of a
    credited one (`_joined_after_tag`) or the tag is set off by commas inside indirect speech
    (`_after_parenthetical_tag`).  A quotation in title case is left alone
    outside a headline: `According to Variety, Trump brought "SNL"`, `said "x" on "Meet the
    Press"` name a programme, not speech (`Susan Rice: Netanyahu Visit 'Destructive'` is hers).
    `cue_starts` is sorted and parallel to `attributions`; `done` holds the quotations before `mq`."""
    s_start, _ = article.sentence_of(mq.start)
    j = bisect.bisect_left(cue_starts, mq.start) - 1
    while j >= 0 and attributions[j].cue.end > mq.start:
        j -= 1  # (a cue inside the quotation's marks is none)
    if j < 0 or cue_starts[j] < s_start:
        return None
    att = attributions[j]
    content = att.content
    text = article.text
    if att.source is None or content is None or (_title_case(text[mq.start : mq.end]) and not _headline(text, mq.start)):
        return None
    if content.start < att.cue.end:
        if _joined_after_tag(text, att, mq, done, article.single_word_verbs):
            return att
        no_cue_inside = bisect.bisect_left(cue_starts, content.start) == bisect.bisect_left(cue_starts, content.end)
        return att if no_cue_inside and _after_parenthetical_tag(text, att, mq) else None
    # (`adding that ''they have anger''`: a content read from inside the marks holds the quotation too)
    if content.start <= mq.start + _opening_width(text, mq.start) and mq.end <= content.end:
        return att
    prev = done[-1] if done else None
    if prev is None or prev.start < att.cue.end or not _same_speaker(prev, att):
        return None
    return att


def _opening_width(text: str, start: int) -> int:
    """How many characters the quotation's opening mark takes (`''` is two)."""
    n = 0
    while start + n < len(text) and text[start + n] in "“\"‘'`«" and n < 2:
        n += 1
    return n


def _same_speaker(prev: Quote, att: Attribution) -> bool:
    """Was the spoken quotation `prev` credited by `att`'s cue, or by another naming the same
    speaker (`Valls spoke out ..., suggesting "Trumpization" in the form of "sweeping accusations"`:
    "Trumpization" is credited by "spoke out")?"""
    return prev.spoken and (prev.cue_range == att.cue or (prev.speaker is not None and prev.speaker == att.speaker))


_PRONOUNS = frozenset("he she they we i it the".split())


def _after_parenthetical_tag(text: str, att: Attribution, mq: quote_marks.MarkedQuote) -> bool:
    """`Loyalty, he noted, has long been ... what keeps the party's "old guard" in line`: a tag set
    off by commas inside indirect speech reports the whole sentence, the words after it too.  The
    content read before the tag is no quotation, a comma ends it, and a comma follows the tag."""
    content, source = att.content, att.source
    if content is None or source is None or text[content.start : content.start + 1] in "“\"‘'`«":
        return False
    first = text[source.start : source.end].split()[0].lower() if source.end > source.start else ""
    if not (text[source.start : source.start + 1].isupper() or first in _PRONOUNS):
        return False  # (a name, "the senator": no misread cue such as `including walkouts and jeers`)
    tag_start, tag_end = min(source.start, att.cue.start), max(source.end, att.cue.end)
    if content.end > tag_start or text[content.end : tag_start].strip() != ",":
        return False
    after = text[tag_end : mq.start]
    comma = after.find(",")
    return 0 <= comma <= 30 and not any(c in after[:comma] for c in "“\"‘'`«")


def _joined_after_tag(
    text: str, att: Attribution, mq: quote_marks.MarkedQuote, done: Sequence[Quote], verbs: frozenset[str]
) -> bool:
    """`Oz is "smart as hell," Steve Mosko wrote in an email, and "full of s---."`: the quotation
    before the tag was credited by its cue, and "and" or a participle of a reporting verb
    (`Biden said, adding he's "had it up to here"`) joins the next piece after the tag (no other
    clause: `"You winning?" she said, but ... as Trump went on about "how ..."` is no piece of hers)."""
    prev = done[-1] if done else None
    if prev is None or not prev.spoken or prev.end > att.cue.start:
        return False
    if prev.cue_range != att.cue and (prev.speaker is None or prev.speaker != att.speaker):
        return False  # (credited by the tag, or by an earlier cue naming the same speaker)
    between = text[prev.end : mq.start]
    if len(between) > 160 or "\n" in between or any(c in between for c in ";:!?"):
        return False
    if between.rstrip().endswith((", and", " and")):
        return True
    # `"...," Biden said, adding he's "had it up to here"`: a participle of a reporting verb right
    # after the tag goes on with the speaker's words.
    after = text[att.cue.end : mq.start]
    m = _PARTICIPLE_AFTER_TAG_RE.match(after)
    return m is not None and not any(c in after for c in "“\"‘`«") and _reporting_participle(m.group(1).lower(), verbs)


# The tag's last words, a comma and a participle: `said in an interview, adding`.
_PARTICIPLE_AFTER_TAG_RE = re.compile(r"[^,]{0,60}?,[ \t]+(\w+ing)\b")


def _reporting_participle(word: str, verbs: frozenset[str]) -> bool:
    """Is `word` the -ing form of a one-word reporting verb ("adding", "noting", "admitting")?"""
    stem = word[:-3]
    return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)


# Short words a title leaves in lower case (`"Generations with Kevin Swanson"`).
_TITLE_SMALL_WORDS = frozenset("a an the and or but nor of to in on at by for with from into over as".split())


def _title_case(quoted: str) -> bool:
    """Do the quotation's words read as a name (`"Face the Nation"`, `"Capitol Police MVP"`):
    its first word and every word but a title's small words capitalised?"""
    words = [w.strip("“”\"‘’'.,!?;:()") for w in quoted.split()]
    words = [w for w in words if w]
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
    )


def _headline(text: str, pos: int) -> bool:
    """Is `pos` on a short line whose words before it are mostly capitalised (`Susan Rice:
    Netanyahu Visit 'Destructive'`), where every word is in title case?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if (end if end >= 0 else len(text)) - start > 160:
        return False
    words = text[start:pos].split()
    return len(words) >= 2 and sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words)
