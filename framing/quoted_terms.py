"""Quoted terms: a quotation introduced by a term noun ("the term", "the word", "the phrase",
"the label", "the slogan", "the nickname", ...) is either someone's word or only named.

- **Someone else's term.**  The subject of a verb of using or coining before the noun (`Trump used
  the term "fake news"`, `critics have adopted the label "X"`), a possessive before it (`Trump's
  term "X"`, `his word "X"`), or an agent after the quotation (`the term "deep state", coined by
  X`, `the phrase "X", which Trump popularised`) is the one whose word it is: the quotation is a
  fragment credited to them, and loaded words inside it are in their voice (`quoted`).
- **A mention.**  With no one credited, the term is only named, not used (`The term "deep state"
  refers to a conspiracy theory`): the quotation is of kind "mention".  It stays in the outlet's
  voice (`author`, as DESIGN.md says of quoted words nobody is said to have spoken), but the outlet
  does not use the word as its own: findings inside a mention carry the rule `models.MENTION_RULE`, and
  the author-voice scores (`framing.score`) leave them out.

"so-called", "dubbed", "known as" and "quote-unquote" are not term nouns: they are the outlet's own
distancing (scare quotes, `framing.quotes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing import article_text, subject_phrases
from framing.models import Range
from framing.name_words import capitalised, strip_possessive, strip_titles


TERM_NOUNS = (
    "term", "word", "phrase", "label", "slogan", "nickname", "expression", "moniker", "epithet",
    "catchphrase", "buzzword", "coinage", "neologism",
)
_NOUN = "(?:" + "|".join(TERM_NOUNS) + ")"
_NOUN_FORMS = frozenset(TERM_NOUNS) | frozenset(n + "s" for n in TERM_NOUNS)
# The nouns that name a word without using it when no one is credited (`The term "X" refers to`).
# The others ("nickname", "slogan", "label") are always someone's; with no one found the quotation
# is read as any other (`framing.quotes`), as are plurals (`Obama said the words "lump" the good
# Muslims with the bad`: the quotation is his word, not the object of "words").
MENTION_NOUNS = frozenset(("term", "word", "phrase", "expression"))
# The term noun right before the quotation mark: `the term "`, `the phrase, "`.
_NOUN_BEFORE_RE = re.compile(r"\b(" + _NOUN + r")(s?)[ \t]*,?[ \t]*$", re.IGNORECASE)
# Verbs of using or coining a word.
_USE_VERBS = (
    "use|used|uses|using|coin|coined|coins|invoke|invoked|invokes|invoking|adopt|adopted|adopts|"
    "popularise|popularised|popularises|popularize|popularized|popularizes|borrow|borrowed|borrows|"
    "employ|employed|employs|deploy|deployed|deploys|apply|applied|applies|repeat|repeated|repeats|"
    "prefer|preferred|prefers|favor|favored|favors|favour|favoured|favours|embrace|embraced|embraces|"
    "introduce|introduced|introduces|invent|invented|invents|chose|chosen|choose|chooses|reach for|"
    "reached for|reaches for|resurrect|resurrected|resurrects|revive|revived|revives|utter|uttered|utters|"
    "tweet|tweeted|tweets|wrote|writes|shouted|chanted|yelled|add|added|adds"
)
# What may stand between the verb and the noun: a determiner or possessive and up to two words
# (`used the derogatory term`, `coined his own phrase`).
_USE_BEFORE_RE = re.compile(
    r"\b(" + _USE_VERBS + r")[ \t]+(?!of\b)(?:(?:the|a|an|this|that|such|his|her|their|its|our|my)[ \t]+)?"
    r"(?:[\w’'-]+[ \t]+){0,2}?" + _NOUN + r"s?[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
# A use denied or avoided right before the verb: `for not using`, `refused to use`, `refrain from using`.
_NOT_USING_RE = re.compile(
    r"\b(?:not|never|n't|no longer|without|refuse[sd]?[ \t]+to|refusing[ \t]+to|refusal[ \t]+to|refrain(?:ed|s|ing)?[ \t]+from|"
    r"avoid(?:ed|s|ing)?|stop(?:ped|s|ping)?|quit|declined?[ \t]+to|declining[ \t]+to|unwilling(?:ness)?[ \t]+to)[ \t]+(?:\w+ly[ \t]+)?$",
    re.IGNORECASE,
)
# Verbs of giving a name, with the one named between: `Trump gave Cruz the nickname "`,
# `branded her with the label "`.
_GIVE_BEFORE_RE = re.compile(
    r"\b(gave|give|gives|giving|bestowed|bestows|pinned|pins|slapped|slaps|hung|saddled|saddles|branded|brands|"
    r"tagged|tags|yoked|yokes|bestowing|pinning|slapping|saddling|branding|tagging|yoking)[ \t]+(?:[\w’'.-]+[ \t]+){0,3}?(?:with[ \t]+|on[ \t]+)?"
    r"(?:the|a|an|his|her|their)[ \t]+(?:[\w’'-]+[ \t]+)?(?:nickname|label|moniker|epithet|name|tag)[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
# A possessive owner right before the noun: `Trump's term`, `Sen. Warren's own phrase`, `his word`.
_OWNER_BEFORE_RE = capitalised(
    r"(?<![\w’'])((?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*(?:’s|'s|s’|s')|[Hh]is|[Hh]er|[Tt]heir)[ \t]+"
    r"(?:(?:use|usage|choice|adoption|invocation|coining)[ \t]+of[ \t]+(?:the|this|that|a)[ \t]+)?"  # `his use of the term`
    r"(?:(?:own|favorite|favourite|preferred|signature|new|latest|old|pet|chosen)[ \t]+)?" + _NOUN + r"s?[ \t]*,?[ \t]*$"
)
# An agent after the quotation: `"deep state", coined by`, `" (a phrase popularised by`,
# `", which Trump popularised`, `" that critics use`.
_AGENT_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+)?" + _NOUN + r"[ \t]+)?(?:(?:was|is|has been|had been|were)[ \t]+)?"
    r"(?:first[ \t]+|originally[ \t]+|widely[ \t]+|later[ \t]+)?"
    r"(?:coined|used|popularised|popularized|invented|introduced|adopted|borrowed|invoked|made popular|repeated)[ \t]+by[ \t]+"
)
_WHICH_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:which|that)[ \t]+(?=\S)"
)
_PRONOUN_OWNERS = {"his": "he", "her": "she"}
# A name opening a sentence (up to four capitalised words), followed by a lower-case word.
_OPENING_NAME_RE = capitalised(r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*(?=[ \t]+[a-z])")
_NOT_SUBJECT_WORDS = frozenset("the a an this that it in on at after before when while as but and so then".split())
# Words that end a name after "coined by": the name runs over capitalised words and particles.
_AGENT_NAME_RE = capitalised(r"(?:(?:the|a|an)[ \t]+)?(?:[\w.’'-]+[ \t]+){0,5}?[\w.’'-]+(?=[ \t]*(?:[,.;:)!?—–]|$| in | on | at | during | to | as | and | who | after | before | while | when | back | years | decades ))")


# A label a thing bears, quoted right after the word that says it bears it: Fox's `At least four of the
# documents were marked “classified.”` (BASIL 87609973), `files stamped "top secret"`.  The outlet
# names the label, uses it for no one and casts no doubt on it: a mention, not a scare quote.
# Only "marked" and "stamped" (a thing's mark); "labelled"/"branded" with a person name someone's
# word (`critics labelled him "a traitor"`), and a label is a few words.
_LABEL_BEFORE_RE = re.compile(r"\b(?:marked|stamped)(?:[ \t]+as)?[ \t]*$", re.IGNORECASE)
LABEL_WORDS = 4


def names_a_label(text: str, start: int, end: int) -> bool:
    """Is the quotation `start:end` (its marks included) a label right after "marked" or
    "stamped", of at most LABEL_WORDS words?"""
    return _LABEL_BEFORE_RE.search(text, max(0, start - 20), start) is not None and len(text[start:end].split()) <= LABEL_WORDS


@dataclass(slots=True)
class TermReading:
    """What a quotation after a term noun is: someone's word (`used`, with the speaker if known,
    who is credited and the words that credit them), or only named (`used` False)."""

    used: bool
    speaker: str | None = None
    source: Range | None = None
    cue: Range | None = None


def after_term_noun(text: str, start: int) -> bool:
    """Does a term noun ("the term", "the word", "the phrases,") end right before the quotation at
    `start`?  The word before it, looked up in a set: this runs for every quotation."""
    end = start
    while end > 0 and text[end - 1] in " \t,":
        end -= 1
    return text[max(0, end - 14) : end].rpartition(" ")[2].lower() in _NOUN_FORMS


def read(art: article_text.ArticleText, start: int, end: int) -> TermReading | None:
    """The reading of the quotation `start:end`: someone's word, a mention, or None when no term
    noun comes right before it (or one that is no mention, with no one credited)."""
    text = art.text
    if not after_term_noun(text, start):
        return None
    s_start, s_end = art.sentence_of(start)
    window_start = max(s_start, start - 90)
    before = text[window_start:start]
    found = _used_by_subject(art, before, window_start, s_start)
    if found is None:
        found = _owner(art, before, window_start)
    if found is None:
        found = _agent_after(art, end, s_end)
    if found is not None and found.used:
        return found
    # Nobody uses it (no one found, or a use denied: `for not using the term`): a mention, if
    # the noun is one that names words.
    noun = _NOUN_BEFORE_RE.search(text, max(0, start - 24), start)
    mention = noun is not None and not noun.group(2) and noun.group(1).lower() in MENTION_NOUNS
    return TermReading(False) if mention else None


def _used_by_subject(art: article_text.ArticleText, before: str, offset: int, s_start: int) -> TermReading | None:
    """`Trump used the term "`, `Trump gave Cruz the nickname "`: the subject of the verb of
    using (or giving a name) is whose word it is."""
    m = _USE_BEFORE_RE.search(before) or _GIVE_BEFORE_RE.search(before)
    if m is None:
        return None
    verb_start = offset + m.start(1)
    if _NOT_USING_RE.search(before, 0, m.start(1)):
        return TermReading(False)  # `slammed the president for not using the term`: no one uses it
    k = art.token_at_or_after(verb_start)
    if k > 0 and art.tokens[k - 1].norm == "to":
        return None  # `his refusal to use the words`: the user is not the phrase before "to"
    if m.group(1).lower().endswith("ing") and art.text[max(0, verb_start - 3) : verb_start].rstrip().endswith(","):
        return _sentence_subject(art, s_start, verb_start, Range(verb_start, offset + m.end(1)))
    subject, _ = subject_phrases.subject_before(art, k, s_start)
    if subject is None:
        return None  # `Using the term "X" is ...`: nobody named uses it
    tokens = art.tokens
    first, last = subject
    # A subject names who uses the word even when it cannot be resolved to a name (`He has
    # popularised the phrase` with no one named before): another's word, speaker unknown.
    speaker, _ = art.speakers.name_of(list(tokens[first : last + 1]), tokens[first].start)
    return TermReading(True, speaker, Range(tokens[first].start, tokens[last].end), Range(verb_start, offset + m.end(1)))


def _sentence_subject(art: article_text.ArticleText, s_start: int, limit: int, cue: Range) -> TermReading | None:
    """`Trump unloaded on Cruz, yoking him with the nickname "`: a participle after a comma has
    the sentence's subject, when that is a name opening the sentence."""
    m = _OPENING_NAME_RE.match(art.text, s_start, limit)
    if m is None:
        return None
    words = strip_titles(strip_possessive(m.group().split()))
    if not words or words[0].lower() in _NOT_SUBJECT_WORDS:
        return None
    return TermReading(True, art.speakers.full_name(" ".join(words)), Range(m.start(), m.end()), cue)


def _owner(art: article_text.ArticleText, before: str, offset: int) -> TermReading | None:
    """`Trump's term "`, `his word "`: the owner is whose word it is; `their` credits someone
    unnamed (a speaker of None, still another's word)."""
    m = _OWNER_BEFORE_RE.search(before)
    if m is None:
        return None
    run = m.group(1)
    start, end = offset + m.start(1), offset + m.end(1)
    low = run.lower()
    if low == "their":
        return TermReading(True, None, Range(start, end), None)
    if low in _PRONOUN_OWNERS:
        speaker = art.speakers.last_person(start, _PRONOUN_OWNERS[low])
        return TermReading(True, speaker, Range(start, end), None)
    words = strip_titles(strip_possessive(run.split()))
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    return TermReading(True, art.speakers.full_name(" ".join(words)), Range(start, end), None)


def _agent_after(art: article_text.ArticleText, end: int, s_end: int) -> TermReading | None:
    """`the term "deep state", coined by X`, `the phrase "X", which Trump popularised`."""
    text = art.text
    m = _AGENT_AFTER_RE.match(text, end, s_end)
    if m is not None:
        return _named_from(art, m.end(), s_end, Range(m.start(), m.end()))
    m = _WHICH_AFTER_RE.match(text, end, s_end)
    if m is None or text[m.start() : m.end()].strip(" \t,") not in ("which", "that"):
        return None
    tail = text[m.end() : s_end]
    verb = re.match(r"((?:[\w.’'-]+[ \t]+){1,4}?)(?:(?:has|have|had)[ \t]+)?(?:\w+ly[ \t]+)?(" + _USE_VERBS + r")\b", tail)
    if verb is None:
        return None
    k = art.token_at_or_after(m.end() + verb.start(2))
    subject, _ = subject_phrases.subject_before(art, k, m.end())
    if subject is None:
        return None
    tokens = art.tokens
    first, last = subject
    speaker, _ = art.speakers.name_of(list(tokens[first : last + 1]), tokens[first].start)
    return TermReading(True, speaker, Range(tokens[first].start, tokens[last].end),
                       Range(m.end() + verb.start(2), m.end() + verb.end(2)))


def _named_from(art: article_text.ArticleText, pos: int, s_end: int, cue: Range) -> TermReading | None:
    """The agent phrase at `pos` (up to a comma, a preposition or the sentence end) and its speaker."""
    m = _AGENT_NAME_RE.match(art.text, pos, s_end)
    if m is None:
        return None
    first = art.token_at_or_after(pos)
    last = art.token_at_or_after(m.end()) - 1
    if last < first:
        return None
    tokens = art.tokens
    speaker, _ = art.speakers.name_of(list(tokens[first : last + 1]), tokens[first].start)
    if speaker is None:
        return None
    return TermReading(True, speaker, Range(tokens[first].start, tokens[last].end), cue)
