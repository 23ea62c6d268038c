"""What page furniture looks like, one rule per kind, for `framing.clean`.

Each rule matches a *whole line* (after trimming, with curly quotes made straight and case
ignored), and only lines of at most `max_words` words: a real article sentence that merely
mentions "sign up" or "cookies" is longer, or does not start like a prompt, and stays.  What a
rule covers:

- `line`: the matching line only.
- `tail`: the line and every line after it while they stay short (see TAIL_WORDS): a paywall
  or comment form ends the article, and what follows it is more of the same.
- `form`: a poll or sign-up form: its opening line ("Take our poll") through the last line of the
  form's fine print (a `line` rule with the same reason) within FORM_LINES lines, so the poll's
  question and answers go too, however long; without fine print it ends like a `tail`.
- `list`: a heading ("Related Stories", "Read more") and the headline-like lines straight
  after it (short, no final full stop), a list of links to other stories.

Reasons are shown to users and exported: they say what the text is, in plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.lazy_patterns import LazyPattern, compile_lazily
from framing.name_words import capitalised

READER_APP = "reader-app prompt"
SUBSCRIPTION = "subscription prompt"
NEWSLETTER = "newsletter prompt"
RELATED = "related stories"
CAPTION = "photo caption"
REPEATED_HEADLINE = "repeated headline"
MASTHEAD = "masthead before the headline (outlet, section, byline)"
BYLINE = "byline or dateline"
COMMENT_FORM = "comment form"
ADVERTISEMENT = "advertisement"
SHARE = "share buttons"
SOCIAL = "social media prompt"
COPYRIGHT = "copyright notice"
COOKIES = "cookie notice"
FURNITURE = "page furniture (skip links, listen buttons, reading time)"
FRONT_MATTER = "front matter (metadata block)"
POLL = "reader poll or sign-up form"

# A paywall or comment-form block runs on over short lines and stops at a line that reads like a
# paragraph of the article: longer than TAIL_WORDS, or longer than TAIL_SENTENCE_WORDS and ending
# like a sentence ("100+ trusted global sources." stays in the block).
TAIL_WORDS = 25
TAIL_SENTENCE_WORDS = 12
LIST_WORDS = 20  # related-story headlines are short
LIST_ITEMS = 15
FORM_LINES = 15  # a poll's question, answers and fields


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    kind: str  # "line" | "tail" | "form" | "list"
    pattern: LazyPattern  # compiled at first use (framing.lazy_patterns)
    max_words: int = 30


def _rule(reason: str, kind: str, alternatives: list[str], max_words: int = 30) -> Rule:
    return Rule(reason, kind, compile_lazily("(?:" + "|".join(alternatives) + r")", re.IGNORECASE), max_words)


_N = r"(?:\d+|one|two|three|five|seven|ten|fourteen|thirty)"

# Order matters: the first rule that matches a line decides its reason.
RULES: list[Rule] = [
    _rule(SUBSCRIPTION, "tail", [
        r"sign up to (?:read|continue reading|keep reading) (?:this|the full|the rest of this) (?:article|story)(?: in full)?\.?",
        r"subscribe (?:now |today )?to (?:continue reading|keep reading|read (?:this|the full|the rest of this) (?:article|story)|unlock .{1,60})\.?",
        r"(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:available|exclusive|reserved) (?:only )?(?:to|for) (?:subscribers|members)\b.*",
        r"to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|sign up|log in|register|become a (?:member|subscriber))\b.*",
        r"(?:log|sign) in (?:or (?:subscribe|register) )?to (?:continue|keep) reading\.?",
        r"you(?:'ve| have) (?:reached|used) your (?:limit of )?(?:free|monthly) (?:articles?|stories)\b.*",
    ], max_words=20),
    _rule(COMMENT_FORM, "tail", [
        r"leave a (?:reply|comment)\.?",
        r"(?:post|add|write) a comment\.?",
        r"you must be logged in to post a comment\.?",
    ], max_words=8),
    _rule(COMMENT_FORM, "line", [
        r"leave a (?:reply|comment)\b.{0,40}\b(?:will not be published|required fields are marked)\b.*",
        r"join the (?:conversation|discussion)\.?",
        r"(?:\d+ )?comments?(?: \(\d+\))?",
        r"comments are closed\.?",
        r"your email address will not be published\..*",
        r"required fields are marked \*?",
        r"save my name,? email,? and website in this browser.*",
        r"notify me of (?:follow-up comments|new posts)\b.*",
        r"cancel reply|post comment|submit comment",
        r"this site uses akismet to reduce spam\b.*",
    ]),
    _rule(POLL, "form", [
        r"(?:take|answer|vote in) (?:our|the|this|today's) (?:quick |reader |daily )?(?:poll|survey)\b.{0,160}",
    ], max_words=25),
    _rule(POLL, "line", [  # a web form's fine print (the first is a WordPress form's honeypot field)
        r"(?:[\w*]+ ){0,3}this field is for validation purposes and should be left unchanged\.?",
        r"completing this (?:poll|survey|form) (?:grants|gives) you access to\b.*",
        r"you (?:may|can) (?:opt out|unsubscribe) at any ?time\.?",
        r"you (?:also )?agree to (?:this|our|the) (?:site'?s|website'?s) privacy policy\b.*",
    ], max_words=20),
    _rule(READER_APP, "line", [
        r"get all (?:your|the) news in one place\.?",
        rf"{_N}\+?'?s? (?:of )?(?:premium |trusted |global |top )*(?:titles|sources|publications|newspapers|magazines)\.?",
        r"one app\.?(?: one (?:membership|subscription)\.?)?",
        r"start reading\.?",
        r"(?:download|get|install) (?:the|our) (?:[\w'-]+ ){0,3}app\b.{0,60}",
        r"(?:open|continue|read (?:it|this|more)?) in (?:the )?app\.?",
        r"read news from .{1,40} titles?\b.*",
        r"one subscription that gives you access to\b.*",
        rf"{_N} days? free(?: trial)?\.?",
    ], max_words=15),
    _rule(SUBSCRIPTION, "line", [
        r"already (?:a member|a subscriber|have an account)\?.{0,40}",
        r"(?:subscribe|subscribe now|subscribe today|become a (?:member|subscriber)|try (?:it )?(?:for )?free)\.?!?",
        r"click here to (?:subscribe|sign up|register)\b.*",
        r"(?:support|subscribe to) (?:our|independent|quality) journalism\b.{0,60}",
    ], max_words=20),
    _rule(NEWSLETTER, "line", [
        r"(?:sign up|subscribe)\b.{0,160}\b(?:newsletters?|e-?mails?|inbox|briefings?|bulletins?|alerts?)\b.*",
        r"(?:get|receive) (?:our|the) .{0,60}\bnewsletters?\b.*",
        r"enter your e-?mail(?: address)?\b.*",
        r"(?:thanks|thank you) for (?:signing up|subscribing)\b.*",
    ], max_words=30),
    _rule(RELATED, "list", [
        r"related(?: stories| articles| content| coverage| reading| topics| news)?:?",
        r"(?:read|see) more:?|more (?:stories|news|articles|on this story|top stories)",
        r"more (?:from|on|about) [^.!?]{1,40}",
        r"you (?:may|might) (?:also )?(?:like|be interested in|have missed):?",
        r"recommended(?: for you| stories| reading| articles)?:?",
        r"most (?:read|popular|viewed|shared)(?: stories| articles)?:?",
        r"trending(?: now| stories)?:?|popular now:?|top stories(?: on \w+)?(?: right now)?:?",
        r"(?:our|editors'?|editor's) picks:?|what to read next:?|read next:?|further reading:?|see also:?|in other news:?",
    ], max_words=8),
    _rule(RELATED, "line", [
        r"(?:read more|read also|also read|see also|related(?: stories| articles| content| coverage)?|more(?: stories| on this story)?"
        r"|read next|watch|listen|recommended)\s?[:|\u00bb>\u203a]\s?.{1,200}",
    ], max_words=30),
    _rule(ADVERTISEMENT, "line", [
        r"advertisement|advert|ad|ads|sponsored(?: content)?|paid (?:partner )?content|promoted(?: content)?",
        r"(?:story|article) continues below(?: (?:this )?advertisement)?|skip (?:advertisement|ad)|continue reading (?:the )?(?:main )?story(?: below)?",
        r"scroll (?:down )?to continue(?: reading)?",
    ], max_words=8),
    _rule(SHARE, "line", [
        r"share(?: this)?(?: article| story| page| post)?(?: on| via| to) \w+(?: or \w+)?",
        r"share(?: this)?(?: article| story| page| post)?|copy link|link copied|(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest|flipboard|messenger|save|bookmark)",
    ], max_words=8),
    _rule(SOCIAL, "line", [
        r"(?:follow|like|find) (?:us|@\w+|[\w ]{1,30}) on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|youtube|telegram|google news)\b.*",
    ], max_words=20),
    _rule(COPYRIGHT, "line", [
        r"(?:\u00a9|\(c\)|copyright\s*(?:\u00a9|\(c\))).*|copyright\s+\d{4}\b.*",
        r".{0,80}\ball rights reserved\b.*",
        r"this material may not be published, broadcast, rewritten,? or redistributed\b.*",
    ], max_words=30),
    _rule(COOKIES, "line", [
        r"(?:we|this (?:web)?site|our (?:web)?site|[\w-]+\.(?:com|org|net|co\.uk)) uses? cookies\b.*",
        r"by (?:continuing|using|clicking|browsing)\b.{0,80}\b(?:cookies|you (?:agree|accept|consent))\b.*",
        r"(?:accept|reject|allow|manage|customi[sz]e) (?:all )?(?:cookies|cookie settings|preferences|consent)\.?",
        r"cookie (?:settings|policy|preferences|notice|consent)\.?",
    ], max_words=60),
    _rule(FURNITURE, "line", [
        r"listen to this (?:article|story)\b.{0,30}",
        r"skip to (?:main |the )?(?:content|navigation|article|search)|jump to (?:content|navigation)|back to top",
        r"(?:reading time:? )?\d+ min(?:ute)?s? read",
        r"(?:image|video|photo)s?:? (?:\d+ of \d+|gallery)",
    ], max_words=10),
]

# Photo captions end in an agency credit: "(AFP/Getty)", "(AFP via Getty Images)", "(Reuters)".
CREDIT_AT_END = re.compile(r"\(([^()]{1,100})\)\s*$")
AGENCIES_UPPER = {"AFP", "AP", "PA", "EPA", "EPA-EFE", "UPI", "ANI", "EFE", "DPA", "AAP", "TASS", "SOPA", "ANSA"}  # only in capitals
AGENCIES = {  # any case
    "afp", "getty", "reuters", "shutterstock", "alamy", "bloomberg", "xinhua", "sputnik", "anadolu",
    "nurphoto", "kyodo", "yonhap", "tass", "epa-efe", "wireimage", "pool",
}
CREDIT_WORDS = {"photo", "photograph", "picture", "image", "images", "handout", "pool", "supplied", "courtesy", "file"}
# ... or "Photograph: Name/Agency" (the Guardian's style) after the caption, or the BBC's labels.
CREDIT_LABEL = re.compile(r"(?:^|[.!?]\s+)(?:photograph|photo|picture|photo illustration|illustration|composite)(?: by)?:\s?[^.!?]{1,80}$", re.IGNORECASE)
CAPTION_LABEL = re.compile(r"(?:image|media|video) (?:source|caption)s?, .*", re.IGNORECASE)
CAPTION_WORDS = 60

# Near the headline only: "By Bel Trew", "By Jane Doe and John Roe, Moscow correspondent",
# "Published 14 May 2025" (names are capitalised; a dateline has a digit).
BYLINE_LINE = capitalised(
    r"(?:By|BY|by)\s+[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|&|de|van|von|al|bin))*(?:,\s*[\w ]{1,40})?"
)
DATELINE_LINE = re.compile(r"(?:published|updated|last updated|posted)(?: on| at)?:?\s+(?=[^\d]*\d)[\w ,:./+-]{4,40}", re.IGNORECASE)
BYLINE_WORDS = 10
NEAR_HEADLINE = 6  # lines after the headline where a byline or dateline may stand
