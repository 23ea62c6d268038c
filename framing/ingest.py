"""Read articles from files and folders: every input becomes an Article or an IngestError.

Formats, chosen by extension:
- `.txt`, `.md` (`.markdown`): one article per file; the first non-empty line is the headline (a
  Markdown `#` is not part of it).  The text is the whole file as decoded, nothing stripped.
- `.html`, `.htm` (`.xhtml`, `.shtml`): the page's main text (see `framing.html_text`); headline from <h1>/<title>,
  date, outlet and URL from the page's <meta> tags where it declares them.
- `.mhtml`, `.mht`: a web archive (Chrome's and Edge's "Webpage, Single File"); its main page is
  read as a `.html` file is (`framing.web_archive`), and the address it was saved from is the url.
- `.docx` (Word; `.docm`, macro-enabled, alike: its macros never read), `.odt` (LibreOffice, a Google
  Docs download; `.fodt`, its flat XML form): the body's paragraphs, a blank line between them; the
  first is the headline, as a .txt's first line is (`framing.office_text`).
- `.pdf` (a page saved with "Save as PDF", an outlet's PDF): its lines rejoined into paragraphs, the
  headline found by its larger type (the lines above it kept, for the cleaner to set aside as the
  masthead), the browser's print header and footer and running heads left out, the address
  printed in its footer the url (`framing.pdf_text`); a scan with no text layer is an error saying to run OCR.
- `.rtf` (WordPad, TextEdit, Word): its paragraphs, the first the headline; the title and author
  it declares kept (`framing.rtf_text`).
- `.doc` (Word 97-2003): the main text's paragraphs (no headers, footers or footnotes), a field
  as its shown result, the first paragraph the headline; the title and author it stores kept (`framing.doc_text`).
- `.csv` (`.tsv`), `.jsonl` (also `.ndjson`): one article per row/line (see
  `framing.article_tables`), streamed.
- `.parquet`: one article per row, the same columns, read a row group at a time
  (`framing.parquet_articles`); a row's number stands where a CSV row has its line.
- Text, HTML, web archives, CSV and JSONL gzipped (`.jsonl.gz`, `.txt.gz`, `.html.gz`, ...) are read as the file inside.
- `manifest.csv` beside the files (text, HTML, Word, ...) supplies outlet/date/headline/... per file (`framing.manifest`).

Precedence: `outlet=` (the CLI's --outlet) over the manifest over what the file says itself.
Folders are read recursively in sorted order (linked folders too, each folder once however many
links lead to it, so a link loop ends), skipping hidden files and files of other types (except
documents meant as articles but saved as Pages, a spreadsheet, ..., or as text without an extension: each is
an error saying how to save or name it instead; `framing.input_files` finds them); a file named
explicitly that cannot be read is an error.  Article ids are unique in a run: the
file stem (`x`, then `x~2` for a second `x.md`), and `stem:row-id` (or `stem:line`) for rows.
Nothing is lost silently: an empty, binary or undecodable file, a link that leads nowhere (a loop,
a target since moved), a bad row, or a manifest row naming no file each give an IngestError with
what to do, and the run goes on.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from framing import consent_walls, doc_text, html_text, manifest, office_text, pdf_text, rtf_text, web_archive
from framing.outlet_columns import OUTLET_COLUMNS, looks_like_link, outlet_from, outlet_from_url
from framing.article_tables import FRAMING_OUTPUT, TableFile, claim_unique, read_csv, read_jsonl
from framing.dates import normalise_date
from framing.input_files import DOCUMENTS, HTML_START, PARQUET_README, PARQUET_README_OPENING, SUPPORTED, broken_link, extension, file_format, folders_up, named_alike, not_read, walk
from framing.models import Article, IngestError
from framing.parquet_articles import read_parquet
from framing.text_decoding import NotText, decode_bytes

_FRAMING_REPORT = '<meta name="generator" content="framing'  # the head of every `framing report` page
_DOCUMENT_READERS = {**office_text.READERS, "pdf": pdf_text.read_pdf, "rtf": rtf_text.read_rtf, "doc": doc_text.read_doc}
LONG_HEADLINE = 250  # characters: a first line longer than this is a paragraph, not a headline
_MARKDOWN = (".md", ".markdown", ".md.gz")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|\A\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
                           re.IGNORECASE)  # (an XHTML page may say it in its XML declaration)


def read_articles(
    paths: Sequence[str | Path], outlet: str | None = None, skip: Sequence[str | Path] = ()
) -> Iterator[Article | IngestError]:
    """Articles from every readable input under `paths`, lazily and in a stable order; inputs
    that cannot be read come through as IngestError (naming the file, line and what to do).

    `skip` are files never read: the run's own outputs, which may lie in a folder it scores
    (`framing score news/ --out news/scores.csv`) and are being written while it reads.  One path
    given as a string or Path is that path (`analyze_corpus("news.csv")` in a notebook had read
    each of its letters as a file: "n: no such file or folder", "e: ...")."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    yield from _Run(outlet, skip).read([Path(p) for p in paths])


class _Run:
    """State of one read: ids handed out, files seen, manifests loaded (all small: per file)."""

    def __init__(self, outlet: str | None, skip: Sequence[str | Path] = ()) -> None:
        self.outlet = outlet or None
        self.file_ids: set[str] = set()
        # resolved paths, as strings (far smaller than Path objects); a file skipped counts as read
        self.read_files: set[str] = {os.path.realpath(p) for p in skip}
        self.manifests: dict[Path, manifest.Manifest | None] = {}
        self.walked_manifests: list[manifest.Manifest] = []

    def read(self, paths: list[Path]) -> Iterator[Article | IngestError]:
        for path in paths:
            if path.is_dir():
                files, manifests, unreadable, documents = walk(path)
                for error in unreadable:
                    yield IngestError(error.filename or str(path), f"cannot read this folder ({error.strerror}); check its permissions")
                for document in documents:
                    self.read_files.add(os.path.realpath(document))  # reported here: a manifest row naming it need not be too
                    yield not_read(document)
                for m in manifests:
                    yield from self._load_manifest(m.parent)
                    loaded = self.manifests.get(m.parent)
                    if loaded is not None and loaded not in self.walked_manifests:
                        self.walked_manifests.append(loaded)
                for f in files:
                    yield from self._file(f, root=path)
            elif path.is_file():
                if manifest.is_manifest(path):
                    yield IngestError(str(path), "this is a manifest (metadata for the files beside it), not articles; pass its folder instead")
                elif file_format(path) is None:
                    yield not_read(path)
                else:
                    yield from self._file(path, root=path.parent)
            else:
                yield IngestError(str(path), broken_link(path) or "no such file or folder; check the path")
        yield from self._unused_manifest_rows()

    # -- one file ------------------------------------------------------------------------
    def _file(self, path: Path, root: Path) -> Iterator[Article | IngestError]:
        resolved = os.path.realpath(path)  # (Path.resolve raised on a link loop: a traceback, the run lost)
        if resolved in self.read_files:
            return  # named twice (a file and its folder): read once
        self.read_files.add(resolved)
        if (problem := broken_link(path)) is not None:  # news/a.txt -> a.txt, or -> a file since moved
            yield IngestError(str(path), problem)
            return
        row: manifest.ManifestRow | None = None
        nearest: manifest.Manifest | None = None  # the manifest that would describe this file
        for folder in folders_up(path.parent, root):
            yield from self._load_manifest(folder)
            m = self.manifests[folder]
            nearest = nearest or m
            if m is not None and (row := m.lookup(path)) is not None:
                break
        fields = row.fields if row else {}
        extra = row.extra if row else {}
        kind = file_format(path)
        file_id = self._claim_file_id(path)
        if kind in ("csv", "jsonl", "parquet"):
            reader = {"csv": read_csv, "jsonl": read_jsonl, "parquet": read_parquet}[kind]
            try:
                rows = reader(TableFile(path, file_id, self.outlet, fields, extra))
                yield from (map(_without_surrogates, rows) if kind == "jsonl" else rows)
            except (OSError, EOFError) as e:  # unreadable, or a broken .gz: the rows before it stand
                yield IngestError(str(path), f"reading stopped ({e}); rows before this point were read; check the file or export it again")
        else:
            article = self._document(path, file_id, kind, fields, extra)
            if isinstance(article, Article) and nearest is not None and row is None:
                if (line := nearest.rejected_line(path)) is not None:  # its row was bad: the error on that line says why
                    article.warnings.append(f"its row in {nearest.path} (line {line}) was not read (see the error on that line), so the "
                                            "manifest gives it no outlet, date or headline; fix that row")
                elif nearest.rows:
                    # a file the manifest forgot: no outlet or date, and nothing said (compare put it under "(no outlet)")
                    article.warnings.append(f"not listed in {nearest.path}, so the manifest gives it no outlet, date or headline; add a row for it")
            yield article

    def _document(self, path: Path, file_id: str, kind: str, fields: dict[str, str], extra: dict[str, str]) -> Article | IngestError:
        where = str(path)
        try:
            data = path.read_bytes()
        except OSError as e:
            return IngestError(where, f"cannot read ({e.strerror}); check that the file exists and is readable")
        if path.name.lower().endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error):  # (gzip.BadGzipFile is an OSError)
                return IngestError(where, "not a readable gzip file (broken or cut short); compress it again, or give the file uncompressed")
        if not data:
            return IngestError(where, "empty file (0 bytes): nothing to analyse; fill it in or leave it out")
        if kind in DOCUMENTS:
            return self._office_document(where, file_id, kind, data, fields, extra)
        declared, archive_url = None, None
        if kind == "mhtml":  # a web archive: its main page is read as a .html file is, at the address it was saved from
            try:
                page = web_archive.main_page(data)
            except web_archive.NoPage as e:
                return IngestError(where, str(e))
            data, declared, archive_url, kind = page.html, page.charset, page.url, "html"
        try:
            decoded = decode_bytes(data, declared=(declared or _declared_charset(data)) if kind == "html" else None)
        except NotText as e:
            return IngestError(where, str(e))
        if not decoded.text.strip():
            return IngestError(where, "empty file (only white space): nothing to analyse; fill it in or leave it out")
        if path.name == PARQUET_README and decoded.text.startswith(PARQUET_README_OPENING):
            return IngestError(where, FRAMING_OUTPUT.format(what="the README of a Parquet folder framing score wrote"))
        warnings = list(decoded.warnings)
        own: Mapping[str, str | None]
        if kind == "text" and HTML_START.match(decoded.text):
            # "view source", copied into a .txt: its markup, scripts and menus would be scored as prose
            kind = "html"
            warnings.append("an HTML page saved as a text file: read as HTML (its main text only)")
        if kind == "html":
            if _FRAMING_REPORT in decoded.text[:2000]:
                return IngestError(where, FRAMING_OUTPUT.format(what="a report written by framing"))
            doc = html_text.extract(decoded.text)
            if not doc.text.strip():
                return IngestError(where, "no article text found in this HTML page (only markup, scripts or navigation); save the article's own page")
            if doc.text.strip() == (doc.title or "").strip():  # a page whose script fills it in: saved before it ran, it is a title and nothing else
                return IngestError(where, f"no article text in this HTML page, only its title ({doc.title!r}): a page filled in by "
                                          "JavaScript was saved before it loaded; open the article in a browser, wait for it, "
                                          "and save it again (Save Page As), or copy its text into a .txt file")
            text = doc.text
            own = {"title": doc.title, "date": doc.date, "outlet": doc.outlet, "url": archive_url or doc.url}
            if doc.author and "author" not in extra:
                extra = {**extra, "author": doc.author}
        else:
            text = decoded.text
            own, front = _text_fields(text, markdown=extension(path) in _MARKDOWN)
            extra = {**front, **extra}
            if (long := _long_headline(own.get("title"), fields)) is not None:
                warnings.append(f"the first line, taken as the headline, is {long:,} characters long: put the headline "
                                "on a line of its own at the top (or give it in the manifest's headline column)")
        return self._article(where, file_id, kind, text, own, fields, extra, warnings)

    def _office_document(self, where: str, file_id: str, kind: str, data: bytes, fields: dict[str, str],
                         extra: dict[str, str]) -> Article | IngestError:
        """A Word, OpenDocument, PDF or RTF file: its paragraphs, the first the headline (as a .txt's first line);
        the document's own title, author and creation date kept as metadata, where the manifest gives none."""
        try:
            document = _DOCUMENT_READERS[kind](data)
        except office_text.UnreadableDocument as e:
            return IngestError(where, str(e))
        warnings = list(document.warnings)
        if not document.styled_headline and (long := _long_headline(document.headline, fields)) is not None:
            warnings.append(f"the first paragraph, taken as the headline, is {long:,} characters long: put the headline in a "
                            "paragraph of its own at the top (or give it in the manifest's headline column)")
        return self._article(where, file_id, kind, document.text, {"title": document.headline, "url": document.url}, fields,
                             {**document.metadata, **extra}, warnings)

    def _article(self, where: str, file_id: str, kind: str, text: str, own: Mapping[str, str | None], fields: dict[str, str],
                 extra: dict[str, str], warnings: list[str]) -> Article | IngestError:
        """The article a file makes: the manifest's fields over what the file says of itself."""
        if consent_walls.is_consent_wall(text):
            return IngestError(where, consent_walls.MESSAGE)
        date, date_warning = normalise_date(fields.get("date") or own.get("date"))
        if date_warning:
            warnings.append(date_warning)
        return Article(
            id=file_id,
            text=text,
            # where nothing names it, the site its url is on (not an HTML or PDF page's own address: a classroom's
            # pages with no outlet are named by their files)
            outlet=self.outlet or fields.get("outlet") or own.get("outlet")
            or (found[0] if (found := outlet_from_url(fields.get("url") or (own.get("url") if kind not in ("html", "pdf") else None))) else None),
            title=fields.get("title") or own.get("title"),
            date=date,
            url=fields.get("url") or own.get("url"),
            source_path=where,
            metadata=dict(extra),
            warnings=warnings,
        )

    # -- ids and manifests ---------------------------------------------------------------
    def _claim_file_id(self, path: Path) -> str:
        """The file stem, made unique in the run (`x`, `x~2`, ...); ':' is reserved for row ids."""
        base = path.name[: len(path.name) - len(extension(path))].replace(":", "_") or "article"
        return claim_unique(base, self.file_ids)

    def _load_manifest(self, folder: Path) -> Iterator[IngestError]:
        if folder in self.manifests:
            return
        candidate = folder / manifest.MANIFEST_NAME
        if not candidate.is_file():
            self.manifests[folder] = None
            return
        loaded = manifest.load(candidate)
        self.manifests[folder] = loaded
        yield from loaded.errors

    def _unused_manifest_rows(self) -> Iterator[IngestError]:
        for m in self.walked_manifests:
            for key, row in m.unused_rows():
                target = m.path.parent / key
                if os.path.realpath(target) in self.read_files:
                    continue  # read, and described by a nearer manifest
                if not target.is_file():
                    message = f"lists '{key}', but there is no such file beside the manifest; fix the path or remove the row"
                    same = named_alike(target)
                    if same:  # a manifest typed on a system where names ignore case (Windows, macOS)
                        message = (f"lists '{key}', but the file beside the manifest is '{same}' (file names differ in upper and lower "
                                   f"case here); write '{same}' in the manifest")
                else:
                    message = f"lists '{key}', which was not read (framing reads {SUPPORTED}); convert it or remove the row"
                yield IngestError(str(m.path), message, row.line)


_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_WARNING = ("an unpaired surrogate escape (\\ud800-\\udfff), which is no character and cannot be written to any file, "
                     "read as U+FFFD (\ufffd); fix the escape in the input")


def _without_surrogates(item: Article | IngestError) -> Article | IngestError:
    """A JSON row's article with each unpaired surrogate (a JSON escape such as "\\ud83d" alone,
    which decodes to no character) read as U+FFFD, one character for one, so offsets stay as they
    are.  Left in, the first write of the output raised UnicodeEncodeError: a traceback, every
    article after it lost."""
    if not isinstance(item, Article) or not any(map(_has_surrogate, (item.text, item.id, item.outlet, item.title, item.url, item.metadata))):
        return item
    fields = {k: _replace_surrogates(getattr(item, k)) for k in ("text", "id", "source_id", "outlet", "title", "url", "metadata")}
    return Article(**fields, date=item.date, source_path=item.source_path, warnings=[*item.warnings, SURROGATE_WARNING], line=item.line,
                   text_column=item.text_column)


def _has_surrogate(value: object) -> bool:
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(map(_has_surrogate, value))
    return False


def _replace_surrogates(value):  # type: ignore[no-untyped-def]
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    return value


_FRONT_MATTER_KEYS = {
    "title": "title", "headline": "title", "date": "date", "published": "date", "url": "url", "link": "url",
}  # outlet, publication, publisher, source, site and domain: framing/outlet_columns.py, as in a manifest or a table


def _text_fields(text: str, markdown: bool) -> tuple[dict[str, str], dict[str, str]]:
    """(Article fields, other metadata) a text file gives about itself: the headline is the first
    non-empty line (in Markdown without its `#` marks), unless a Markdown front-matter block
    (`---` / `key: value` lines / `---`, or TOML's `+++` / `key = "value"` / `+++`) names the
    title, date, outlet or URL."""
    own: dict[str, str] = {}
    extra: dict[str, str] = {}
    outlets: dict[str, str] = {}
    lines = text.splitlines()
    fence = lines[0].strip().removeprefix("\ufeff") if markdown and lines else ""
    if fence in ("---", "+++"):  # YAML front matter (`key: value`), or TOML (`key = "value"`, Hugo's)
        for i, line in enumerate(lines[1:60], start=1):
            if line.strip() == fence:
                for entry in lines[1:i]:
                    key, _, value = entry.partition(":" if fence == "---" else "=")
                    key, value = key.strip().lower(), value.strip().strip("'\"")
                    if not value:
                        continue
                    if key in OUTLET_COLUMNS:
                        outlets.setdefault(key, value)
                    elif key in _FRONT_MATTER_KEYS:
                        own.setdefault(_FRONT_MATTER_KEYS[key], value)
                    elif key.isidentifier():
                        extra[key] = value
                lines = lines[i + 1 :]
                break
    if (outlet := outlet_from(outlets)) is not None:
        own["outlet"] = outlet[0]
    taken = outlet[1] if outlet else "outlet"
    extra.update((key, value) for key, value in outlets.items() if looks_like_link(value) and key not in ("outlet", taken))  # a link is kept, not an outlet
    if "title" not in own:
        for line in lines:
            line = line.strip()
            if markdown:  # a rule, a fence or an underline (`---` of front matter left unclosed, `===`, ```) is no headline
                line = "" if not line.strip("-=*_+`~ ") else line.lstrip("#").strip()
            if line:
                own["title"] = line
                break
    return own, extra


def _long_headline(headline: str | None, fields: Mapping[str, str]) -> int | None:
    """The length of a headline taken from the first line that is too long to be one (and that the
    manifest does not replace), else None."""
    length = len(headline or "")
    return length if length > LONG_HEADLINE and not fields.get("title") else None


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return (m.group(1) or m.group(2)).decode("ascii") if m else None
