"""Non-answers whose phrase has no reporting verb to be their cue: "Smith could not be reached for
comment", "could not immediately be reached for comment", "was not available for comment", "did
not return a call seeking comment", "was unavailable for comment".

A `no_comment` phrase of reporting_verbs.tsv that opens with a reporting verb ("declined to
comment", "did not respond to a request for comment") leaves the cue to its verb, and
framing.cue_stances gives that verb's attribution the stance.  These phrases open with a word
that reports nothing on its own ("reach", "available", "return"), so no verb rule ever sees them:
the phrase's first word is the cue here, its subject the source, the rest of the phrase the
content, and the stance `no_comment`.  A researcher counting how often an outlet says it asked
and got no answer counts "could not be reached" with "declined to comment".  Like "respond", a
phrase of a word that is no refusal counts only negated ("could not be reached", "was not
immediately available"); "unavailable for comment" is its own negation.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing import article_text, subject_phrases
from framing.cue_stances import NO_COMMENT, negated, negator_words
from framing.lexicon import LexiconSet, Match
from framing.models import Attribution, Range

_OWN_NEGATION = ("un", "non")  # "unavailable for comment": no negator needed


def attributions(
    art: article_text.ArticleText, found: list[Attribution], matches: Sequence[Match], lexicons: LexiconSet
) -> list[Attribution]:
    """`found` plus an attribution of stance `no_comment` for each non-answer phrase whose first
    word is no reporting verb, in text order.  A phrase inside a quotation is the speaker's words;
    one whose cue another attribution already has, or with no subject before it ("Calls were not
    returned"), is left."""
    verbs = lexicons.entries.get("reporting_verbs", {})
    phrases = [m for m in matches if m.entry.category == NO_COMMENT and m.entry.term.split()[0] not in verbs]
    if not phrases:
        return found
    tokens = art.tokens
    negators = negator_words(lexicons)
    cue_starts = {a.cue.start for a in found}
    extra: list[Attribution] = []
    for m in phrases:
        head = m.entry.term.split()[0]
        start, end = tokens[m.first].start, tokens[m.first].end
        if start in cue_starts or art.quote_in(start) is not None:
            continue
        if not (head.startswith(_OWN_NEGATION) or negated(tokens, m.first, negators)):
            continue
        s_start, _ = art.sentence_of(start)
        subject, _ = subject_phrases.subject_before(art, m.first, s_start)
        if subject is None:
            continue
        speaker, anonymous = art.speakers.name_of(list(tokens[subject[0] : subject[1] + 1]), tokens[subject[0]].start)
        source = Range(tokens[subject[0]].start, tokens[subject[1]].end)
        content = Range(tokens[m.first + 1].start, m.end) if m.last > m.first else None
        extra.append(Attribution(Range(start, end), head, NO_COMMENT, speaker, source, content, anonymous))
        cue_starts.add(start)
    if not extra:
        return found
    return sorted(found + extra, key=lambda a: a.cue.start)
