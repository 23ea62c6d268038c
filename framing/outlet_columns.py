"""Which column names an article's outlet: `outlet`, else `publication`, else `publisher`, else
`source`, else `site`, else `domain`; where none does, the site its `url` is on.

A teacher's manifest.csv and a researcher's table (NELA-GT's `source`, a scraper's `publisher`,
`site` or `domain`, or only `url` and `text`) often name the outlet in a column not called
`outlet` (All the News calls it `publication`); read only as metadata, every article had no outlet
and `framing compare` found one group.  The manifest, CSV/JSONL tables and Markdown front matter
share this one rule.  A value of `publication`, `publisher` or `source` that is a link
(`https://...`, `www....`) is where the article came from, not who published it, and is never
taken as an outlet.  A `site` or `domain` is an address by nature: a link or a host there is named
by its site (`site_name`: "https://www.nytimes.com/" and "www.nytimes.com" are "nytimes.com"), so
that one outlet's articles are one group however the column spelled it.  Last, an article's `url`
gives the site it is on: a scraped table of url,text had every article "(no outlet)".  The columns
stay in the article's metadata (a table's or a manifest's: `--by publisher` still groups as it
did), and the run's note (score, compare, report) says which column each outlet came from (`taken_from`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

NAME_COLUMNS = ("outlet", "publication", "publisher", "source")  # a name; a link there is no outlet
SITE_COLUMNS = ("site", "domain")  # an address or a name; an address is named by its site
OUTLET_COLUMNS = (*NAME_COLUMNS, *SITE_COLUMNS)  # in the order they are taken; then the url's site
_LINK = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_ARCHIVED = re.compile(r"(?:https?://)?web\.archive\.org/web/[^/]*/(.+)", re.IGNORECASE)  # the Wayback Machine's copy of a page
_MOBILE = re.compile(r"(?:www\d*|m|mobile|amp)\.(?=[^.]+\.)")  # the same site's prefixes: www., www2., m., amp.
_HOST = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}")  # names.dotted, ending in letters


def outlet_from(values: Mapping[str, object], missing: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(outlet, the column it came from) for the first of OUTLET_COLUMNS that holds a name, or
    None.  Only strings count (an `outlet` that is not one is left to the caller); blank values,
    values in `missing` (casefolded: "nan", "None" of a DataFrame saved after .astype(str)) and,
    from `publication`, `publisher` and `source`, links are passed over; a `site` or `domain` that
    is an address gives its site's name.  The `url` is not read here: a manifest's outlet for a
    whole table comes before a row's url (`outlet_from_url`)."""
    for column in OUTLET_COLUMNS:
        value = values.get(column)
        if column == "outlet" and value is not None and not isinstance(value, str):
            return None  # a number, say: the caller reads it as it always has
        if not isinstance(value, str) or not (value := value.strip()) or value.casefold() in missing:
            continue
        if column in SITE_COLUMNS:
            if (name := site_name(value)) is not None:
                return name, column
            if " " not in value and looks_like_link(value):
                continue  # an address of no site ("https://localhost/a"): no name
            return value, column  # "The Guardian": a name, taken as given
        if column != "outlet" and looks_like_link(value):
            continue
        return value, column
    return None


def outlet_from_url(url: object, missing: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(the site `url` is on, "url"), or None: the outlet of an article where no column names one.
    Only an address with a scheme, "//" or "www." counts: a url column's "talks.html" is a file's
    name (relative to a page), not a site "talks.html"."""
    if not isinstance(url, str) or url.strip().casefold() in missing or not (looks_like_link(url) or url.strip().startswith("//")):
        return None
    if (name := site_name(url)) is None:
        return None
    return name, "url"


def site_name(address: str) -> str | None:
    """The site of a web address, lower case, without its scheme, port, path, "www." (or "www2.",
    "m.", "mobile.", "amp.": the same site's pages for phones) and trailing slash:
    "https://www.NYTimes.com/2020/01/a.html" -> "nytimes.com"; an archived copy's
    ("web.archive.org/web/2020/https://www.bbc.co.uk/news") is the page's ("bbc.co.uk").  None for
    what is no address of a named site (a name with spaces, "localhost", a relative path, an IP
    number).  The public-suffix rules that would make "edition.cnn.com" "cnn.com" are not applied:
    they need a list framing does not ship, and a subdomain can be another outlet."""
    address = address.strip()
    if " " in address:
        return None
    if (archived := _ARCHIVED.fullmatch(address)) is not None:
        address = archived.group(1)
    rest = address[m.end():] if (m := _SCHEME.match(address)) else address.removeprefix("//")
    host = re.split(r"[/?#\\]", rest, maxsplit=1)[0].rpartition("@")[2]  # (user:password@ goes)
    host = host.partition(":")[0].rstrip(".").lower()
    host = _MOBILE.sub("", host, count=1) if _MOBILE.match(host) else host
    return host if _HOST.fullmatch(host) else None


def looks_like_link(value: str) -> bool:
    """A URL (any scheme) or a `www.` address: a `source` that says where an article was found."""
    return _LINK.match(value.strip()) is not None


def taken_from(outlet: str | None, metadata: Mapping[str, object], url: str | None = None) -> str | None:
    """The column (`publication`, `publisher`, `source`, `site`, `domain` or `url`) an article's
    outlet is the value (or the site) of, where the input kept that column in the article's
    metadata (tables and manifests do) or its url, for the run's note.  An `outlet` column that
    says what one of those says is not told apart from it (it is no part of the metadata)."""
    if not outlet:
        return None
    for column in OUTLET_COLUMNS[1:]:
        value = metadata.get(column)
        if isinstance(value, str) and (value.strip() == outlet or (column in SITE_COLUMNS and site_name(value) == outlet)):
            return column
    if url and "." in outlet and site_name(url) == outlet:  # (a name with no dot is no site: no parse of every url)
        return "url"
    return None


def columns_said(counts: Mapping[str, int], scored: str, what: str) -> str:
    """'2 articles take their `what` from the "content" column and 1 from the "story" column': the
    opening of each run note on a column read in place of another (outlet, text, url)."""
    (column, n), *others = counts.items()
    return f'{n:,} article{"s" * (n != 1)}{scored}{" takes its" if n == 1 else " take their"} {what} from the "{column}" column' + "".join(
        f' and {m:,} from the "{other}" column' for other, m in others)


def taken_from_line(counts: Mapping[str, int], scored: str, first: str) -> str:
    """The run's note on the articles whose outlet came from a column not called `outlet`
    (`counts`: column -> articles; `scored`: " scored in this run" or ""; `first`: the first such
    article), saying what the rule did with links, since a `source` can mean something else (a
    wire service, a data set) and a url's site may not be the name the user wants."""
    said = columns_said(counts, scored, "outlet")
    names = " or ".join(f'"{c}"' for c in counts if c in NAME_COLUMNS)
    sites = " or ".join(f'"{c}"' for c in counts if c not in NAME_COLUMNS)
    example = "(https://www.nytimes.com/a: nytimes.com)"
    links = ("a link there is not taken as an outlet" if not sites else f"an address there is named by its site {example}"
             if not names else f"an address in {sites} is named by its site {example}, a link in {names} is not taken as an outlet")
    return (f'{said} (read where no "outlet" names one; the first: {first}); {links}; give an "outlet" column or pass '
            "--outlet NAME to name them otherwise")
