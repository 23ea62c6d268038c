"""Publication dates as the inputs spell them, normalised to ISO `YYYY-MM-DD`.

Researchers group articles by day, so every date that can be read unambiguously becomes
`YYYY-MM-DD`; a date known only to the month or year (`2025-05`, `2025`) stays so; anything else is kept exactly as given and the caller records a warning (a date
is never silently dropped or guessed: 03/04/2025 could be March or April).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"

_PATTERNS = [
    re.compile(rf"^{_YEAR}-(?P<mnum>\d{{1,2}})-{_DAY}(?:[T\s].*)?$"),  # ISO date or datetime
    re.compile(rf"^{_YEAR}/(?P<mnum>\d{{1,2}})/{_DAY}(?:\s.*)?$"),
    re.compile(rf"^{_YEAR}\.(?P<mnum>\d{{1,2}})\.{_DAY}$"),
    re.compile(rf"^{_YEAR}(?P<mnum>\d{{2}})(?P<day>\d{{2}})$"),  # 20250514
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}(?:\b.*)?$", re.IGNORECASE),  # 14 May 2025
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?:\b.*)?$", re.IGNORECASE),  # May 14, 2025
]
_PARTIAL_ISO = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$")  # 2025, 2025-05
_MONTH_YEAR = re.compile(rf"^{_MONTH},?\s+{_YEAR}$", re.IGNORECASE)  # May 2025: known to the month
# What a spreadsheet or pandas writes for a missing value (str(None), NaN, NA, ...): no date, not a
# date "not understood" (a thousand warnings on an export of undated rows, and "NaN" in the output)
MISSING_AS_TEXT = {"nan", "none", "null", "nat", "<na>"}  # str() of pandas' and Python's missing values
_MISSING = MISSING_AS_TEXT | {"n/a", "na", "#n/a", "-", "--"}
_NUMERIC_DMY = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})$")


def normalise_date(value: str | None) -> tuple[str | None, str | None]:
    """(date, warning): the ISO date where `value` can be read unambiguously, else `value` as
    given with a warning saying why.  Empty values give (None, None)."""
    if value is None:
        return None, None
    raw = str(value).strip()
    if not raw or raw.casefold() in _MISSING:
        return None, None
    iso = _parse(raw)
    if iso:
        return iso, None
    if _PARTIAL_ISO.match(raw):  # an archive that knows only the month or the year: ISO 8601 too, and kept as such
        return raw, None
    m = _MONTH_YEAR.match(raw)
    if m and m["month"].lower() in _MONTHS:  # "November 2016": the month, as 2016-11
        return f"{m['year']}-{_MONTHS[m['month'].lower()]:02d}", None
    m = _NUMERIC_DMY.match(raw)
    if m and int(m["a"]) <= 12 and int(m["b"]) <= 12 and int(m["a"]) != int(m["b"]):
        a, b, year = int(m["a"]), int(m["b"]), m["year"]
        return raw, (f"date {raw!r} is ambiguous ({a} {_MONTH_NAMES[b - 1]} or {_MONTH_NAMES[a - 1]} {b} {year}?): "
                     "kept as given (write dates as YYYY-MM-DD)")
    return raw, f"date {raw!r} not understood: kept as given (write dates as YYYY-MM-DD)"


def _parse(raw: str) -> str | None:
    for pattern in _PATTERNS:
        m = pattern.match(raw)
        if m:
            groups = m.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS.get(groups["month"].lower())
            if month is None:
                continue
            return _iso(int(groups["year"]), month, int(groups["day"]))
    m = _NUMERIC_DMY.match(raw)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:  # 14/05/2025: day first
            return _iso(int(m["year"]), b, a)
        if b > 12 >= a:  # 05/14/2025: month first
            return _iso(int(m["year"]), a, b)
        if a == b:  # 05/05/2025: either way the 5th of May
            return _iso(int(m["year"]), a, a)
        return None  # 03/04/2025: ambiguous
    try:  # RFC 2822, as in RSS feeds: "Wed, 14 May 2025 10:00:00 GMT"
        parsed: datetime = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
