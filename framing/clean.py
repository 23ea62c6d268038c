"""Find boilerplate in an article and mark it as ignored ranges, each with a reason.

The text is never rewritten: the cleaner only says which stretches of it are not the article
(reader-app and paywall prompts, related-story lists, photo captions, a repeated headline,
comment forms, reader polls, ads, share buttons, copyright and cookie notices...), and the pipeline leaves
those out of detection and word counts.  It works on whole lines, because that is how page
furniture survives in saved text, and it is conservative: a rule fires only on a short line
that *is* a prompt, never on a sentence that mentions one ("the two sides to sign up to a
ceasefire" stays).  The rules themselves are in `framing.boilerplate`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from framing import boilerplate as bp
from framing.lazy_patterns import LazyPattern, compile_lazily
from framing.models import IgnoredRange

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?;:][\"'\u201d\u2019)\]]*$")
_STRAIGHTEN = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "), ("\u2013", "-"), ("\u2014", "-"))
HEADLINE_WORDS = 40  # longer lines are never compared with the headline
_ANY_RULE = compile_lazily("|".join(f"(?P<r{i}>{rule.pattern.pattern})" for i, rule in enumerate(bp.RULES)), re.IGNORECASE)
KEYED_WORDS = max(rule.max_words for rule in bp.RULES)  # longer lines match no rule at all


def _rules_up_to(words: int) -> tuple[tuple[bp.Rule, ...], LazyPattern]:
    """The rules a line of `words` words may get (those whose `max_words` it keeps), in order,
    and their patterns combined like `_ANY_RULE` (group `r{k}` for the k-th of them)."""
    rules = tuple(rule for rule in bp.RULES if words <= rule.max_words)
    if len(rules) == len(bp.RULES):
        return rules, _ANY_RULE
    return rules, compile_lazily("|".join(f"(?P<r{k}>{rule.pattern.pattern})" for k, rule in enumerate(rules)), re.IGNORECASE)


# Index: a line's word count, up to KEYED_WORDS.  A rule never applies to a line longer
# than its `max_words`, so a 40-word paragraph is matched against the cookie notices alone, not
# against every prompt (half of what matching lines cost); one pattern per distinct word limit.
_BY_LIMIT = {limit: _rules_up_to(limit) for limit in {rule.max_words for rule in bp.RULES}}
_RULES_FOR_WORDS = [_BY_LIMIT[min(limit for limit in _BY_LIMIT if limit >= words)] for words in range(KEYED_WORDS + 1)]
_FRONT_MATTER_FIELD = re.compile(r"[\w-]+\s*:.*|\s+.*|-\s.*")
MASTHEAD_LINES = 15  # the headline must come within this many lines for the lines above it to be a masthead
# ... unless the article's reader saw on the page how many stood above it (a PDF's, in its metadata)
LINES_ABOVE_HEADLINE = "lines_above_headline"
MASTHEAD_WORDS = 8
MENU_WORDS = 20  # a site's menu above the headline, one line of capitalised words ("Home News Sport Business ... Live")


@dataclass(slots=True)
class _Line:
    """A non-empty line: its trimmed extent in the text and a form for matching rules."""

    start: int
    end: int
    text: str
    key: str  # straight quotes, plain dashes and spaces: what rules match against ("" for long lines)
    words: int  # capped at KEYED_WORDS + 1


def ignored_ranges(text: str, title: str | None = None, metadata: Mapping[str, Any] | None = None) -> list[IgnoredRange]:
    """Sorted, non-overlapping ranges of `text` that are not the article, with a reason each.

    `title` is the article's headline where known (from a manifest, a CSV column or the page);
    it locates the headline in the text, so its repeats and the masthead above it are found.
    `metadata` is the article's: where its reader saw how many lines stood above the headline on
    the page (`LINES_ABOVE_HEADLINE`, as `framing.pdf_text` does), those are judged as a masthead
    however many they are (a site's menu printed an item a line), not only within MASTHEAD_LINES.
    """
    lines = _lines(text)
    reasons: list[str | None] = [None] * len(lines)
    _mark_front_matter(lines, reasons)
    _mark_rules(text, lines, reasons)
    _mark_captions(lines, reasons)
    headline = _mark_headline_repeats(lines, reasons, title)
    if headline is not None:
        _mark_masthead(lines, reasons, headline, _lines_above_headline(metadata))
        _mark_byline(lines, reasons, headline)
    return _ranges(lines, reasons)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        if stripped.count(" ") >= KEYED_WORDS:  # a paragraph: no rule looks at it, skip the work
            out.append(_Line(start, start + len(stripped), stripped, "", KEYED_WORDS + 1))
            continue
        key = " ".join(_straighten(stripped).split())
        out.append(_Line(start, start + len(stripped), stripped, key, key.count(" ") + 1))
    return out


def _straighten(text: str) -> str:
    """Curly quotes straight, dashes plain, no-break spaces plain (str.replace: far faster than
    str.translate with a table, and a no-op scan when the character is absent)."""
    for curly, plain in _STRAIGHTEN:
        if curly in text:
            text = text.replace(curly, plain)
    return text


def _mark_front_matter(lines: list[_Line], reasons: list[str | None]) -> None:
    """A Markdown front-matter block (`---`, `key: value` lines, `---`) at the very top."""
    if not lines or lines[0].start != 0 or lines[0].text != "---":
        return
    for i in range(1, min(len(lines), 60)):
        if lines[i].text == "---":
            for k in range(i + 1):
                reasons[k] = bp.FRONT_MATTER
            return
        if not _FRONT_MATTER_FIELD.fullmatch(lines[i].text):
            return


def _mark_rules(text: str, lines: list[_Line], reasons: list[str | None]) -> None:
    i = 0
    while i < len(lines):
        rule = None if reasons[i] else _matching_rule(lines[i])
        if rule is None:
            i += 1
            continue
        last = i
        if rule.kind == "form":
            last = _form_end(lines, i, rule.reason)
        if rule.kind == "tail" or (rule.kind == "form" and last == i):
            while last + 1 < len(lines) and _short_prompt(lines[last + 1]):
                last += 1
        elif rule.kind == "list":
            last = _list_end(text, lines, i)
        for k in range(i, last + 1):
            reasons[k] = rule.reason
        i = last + 1


def _matching_rule(line: _Line) -> bp.Rule | None:
    """The first rule whose pattern matches the whole line and whose word limit it keeps.  One
    combined regex of the rules within whose limit the line is finds the first matching pattern
    in a single pass (most lines match none)."""
    if line.words > KEYED_WORDS:  # past every rule's limit
        return None
    rules, any_rule = _RULES_FOR_WORDS[line.words]
    m = any_rule.fullmatch(line.key)
    if m is None or m.lastgroup is None:  # a match always names its rule's group
        return None
    return rules[int(m.lastgroup[1:])]


def _form_end(lines: list[_Line], opening: int, reason: str) -> int:
    """Last line of the form's fine print within FORM_LINES of its opening line (or the opening
    line itself when there is none)."""
    last = opening
    for k in range(opening + 1, min(len(lines), opening + 1 + bp.FORM_LINES)):
        rule = _matching_rule(lines[k])
        if rule is not None and rule.reason == reason and rule.kind == "line":
            last = k
    return last


def _short_prompt(line: _Line) -> bool:
    if line.words > bp.TAIL_WORDS:
        return False
    return line.words <= bp.TAIL_SENTENCE_WORDS or not _SENTENCE_END.search(line.key)


def _list_end(text: str, lines: list[_Line], heading: int) -> int:
    """Last line of a related-stories list: the headline-like lines right under its heading
    (one blank line allowed after the heading, none between items)."""
    last = heading
    for k in range(heading + 1, min(len(lines), heading + 1 + bp.LIST_ITEMS)):
        gap = text.count("\n", lines[k - 1].end, lines[k].start)
        if gap > (2 if k == heading + 1 else 1):
            break
        line = lines[k]
        if line.words > bp.LIST_WORDS or _SENTENCE_END.search(line.key):
            break
        last = k
    return last


def _mark_captions(lines: list[_Line], reasons: list[str | None]) -> None:
    for i, line in enumerate(lines):
        if reasons[i] is None and line.words <= bp.CAPTION_WORDS and _is_caption(line.key):
            reasons[i] = bp.CAPTION


def _is_caption(key: str) -> bool:
    m = bp.CREDIT_AT_END.search(key)
    if m:
        for token in re.split(r"[\s/,;:&+]+", m.group(1)):
            if token in bp.AGENCIES_UPPER or token.lower() in bp.AGENCIES or token.lower() in bp.CREDIT_WORDS:
                return True
    # CREDIT_LABEL ends in a colon and at most 81 characters after it ("Photo: Jane Doe/AFP"):
    # without a colon there, its search (tried at every position) cannot match, and most lines
    # have none; that test costs a sixth of the search.
    if ":" in key[-82:] and bp.CREDIT_LABEL.search(key) is not None:
        return True
    return bp.CAPTION_LABEL.fullmatch(key) is not None


def headline_key(text: str) -> str:
    """A line as compared with the headline: curly quotes straight, case, spacing, a Markdown '#'
    and a closing stop aside (the report finds the headline line in the text the same way)."""
    key = _straighten(unicodedata.normalize("NFKC", text)).lstrip("#").casefold()
    return " ".join(key.split()).rstrip(".!?:")


def _mark_headline_repeats(lines: list[_Line], reasons: list[str | None], title: str | None) -> int | None:
    """Mark later lines that repeat the headline.  The headline is the given title's first
    occurrence, else the first line not already ignored.  Returns the headline's index when
    the title was found in the text (or none was given), so the lines around it can be judged;
    None otherwise."""
    free = [i for i, r in enumerate(reasons) if r is None]
    if not free:
        return None
    if title and title.strip():
        wanted = headline_key(title)
        found = next((i for i in free if lines[i].words <= HEADLINE_WORDS and headline_key(lines[i].key) == wanted), None)
        if found is not None:
            _mark_repeats(lines, reasons, found, wanted)
            return found
    first = free[0]
    _mark_repeats(lines, reasons, first, headline_key(lines[first].key))
    return None if title and title.strip() else first


def _mark_repeats(lines: list[_Line], reasons: list[str | None], after: int, key: str) -> None:
    for i in range(after + 1, len(lines)):
        if reasons[i] is None and lines[i].words <= HEADLINE_WORDS and headline_key(lines[i].key) == key:
            reasons[i] = bp.REPEATED_HEADLINE


def _lines_above_headline(metadata: Mapping[str, Any] | None) -> int | None:
    value = str((metadata or {}).get(LINES_ABOVE_HEADLINE, ""))
    return int(value) if value.isdigit() else None


def _mark_masthead(lines: list[_Line], reasons: list[str | None], headline: int, shown_above: int | None = None) -> None:
    """Short label lines above the headline (outlet, section, byline) when nothing above it
    looks like a sentence of the article.  The headline must come within MASTHEAD_LINES lines, or
    just after the `shown_above` lines its page showed above it."""
    if not (0 < headline <= MASTHEAD_LINES or headline == shown_above):
        return
    above = [i for i in range(headline) if reasons[i] is None]
    if all((lines[i].words <= MASTHEAD_WORDS or _menu(lines[i])) and not _SENTENCE_END.search(lines[i].key) for i in above):
        for i in above:
            reasons[i] = bp.MASTHEAD


def _menu(line: _Line) -> bool:
    """A site's menu printed on one line (a PDF of a page keeps it so): up to MENU_WORDS words, each
    capitalised or a separator ("Home | News | Sport", "UK World Business Politics Tech Science")."""
    words = line.key.split()  # (no key: a line too long to be one)
    return 0 < len(words) <= MENU_WORDS and all(word[0].isupper() or not word[0].isalpha() for word in words)


def _mark_byline(lines: list[_Line], reasons: list[str | None], headline: int) -> None:
    """"By ..." and "Published ..." lines between the headline and the first paragraph."""
    for i in range(headline + 1, min(len(lines), headline + 1 + bp.NEAR_HEADLINE)):
        line = lines[i]
        if reasons[i] is not None:
            continue
        if line.words > bp.BYLINE_WORDS:
            return  # the body has begun
        if bp.BYLINE_LINE.fullmatch(line.key) or bp.DATELINE_LINE.fullmatch(line.key):
            reasons[i] = bp.BYLINE


def _ranges(lines: list[_Line], reasons: list[str | None]) -> list[IgnoredRange]:
    """Runs of consecutive lines with the same reason, as one range each."""
    out: list[IgnoredRange] = []
    i = 0
    while i < len(lines):
        reason = reasons[i]
        if reason is None:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and reasons[j + 1] == reason:
            j += 1
        out.append(IgnoredRange(lines[i].start, lines[j].end, reason))
        i = j + 1
    return out
