"""Which files under the paths a run is given are articles, and what each one is.

A folder is walked recursively in sorted order, linked folders too, each folder once however many
links lead to it (so a link loop ends); hidden files are skipped.  A file's format is told by its
extension (`FORMATS`): text, HTML, a web archive (.mhtml), Word (.docx, and the old .doc), OpenDocument (.odt),
tables, PDF, RTF.  Documents someone meant as articles but saved in a form framing cannot read (Pages,
a Safari web archive, text without an extension) are found too, so that each can be reported with
how to save it instead (`not_read`): met in a folder, every other file (the images and scripts a
browser saves beside a page, Word's ~$ lock files) is passed over in silence.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path

from framing import manifest
from framing.models import IngestError
from framing.text_decoding import NotText, check_not_binary

FORMATS = {
    ".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".mhtml": "mhtml", ".mht": "mhtml",  # a web archive ("Webpage, Single File"): its page read as .html (framing/web_archive.py)
    ".docx": "docx", ".odt": "odt",  # Word, OpenDocument (LibreOffice, a Google Docs download): framing/office_text.py
    ".docm": "docm", ".fodt": "fodt",  # a macro-enabled Word document (its macros never read), a flat OpenDocument (one XML file)
    ".pdf": "pdf",  # a page saved with "Save as PDF", or an outlet's PDF: framing/pdf_text.py
    ".rtf": "rtf",  # rich text, as WordPad, TextEdit and Word save it: framing/rtf_text.py
    ".doc": "doc",  # an old Word 97-2003 document, as teachers' archives keep them: framing/doc_text.py
    ".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",  # (a .csv may be tab-separated too)
    ".parquet": "parquet",  # a table of articles, one a row (framing/parquet_articles.py); never gzipped: it compresses itself
    # archives are often shipped compressed: tables, and text or HTML files one by one
    ".csv.gz": "csv", ".tsv.gz": "csv", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".txt.gz": "text", ".md.gz": "text", ".html.gz": "html", ".htm.gz": "html", ".xhtml.gz": "html", ".shtml.gz": "html",
    ".mhtml.gz": "mhtml", ".mht.gz": "mhtml",
}
SUPPORTED = ", ".join(f for f in FORMATS if not f.endswith(".gz")) + " (a text, HTML, web-archive, CSV or JSONL file also gzipped, as .gz)"
DOCUMENTS = ("docx", "docm", "odt", "fodt", "pdf", "rtf", "doc")  # documents, not text to decode: framing/office_text.py, pdf_text.py, rtf_text.py, doc_text.py
# Documents someone meant as articles but saved in a form framing cannot read: reported, with how
# to save them instead, even when found in a folder (other files there, such as the images and
# scripts a browser saves beside a page, are passed over in silence).
DOCUMENT_ADVICE = {
    ".pages": "a Pages document; if it is an article, export it as Word (File > Export To > Word, .docx) or as plain text (.txt)",
    ".webarchive": "a Safari web archive; if it is an article, save the page again as 'Page Source' (.html)",
    ".xlsx": "a spreadsheet; if it holds articles, save it as CSV (columns id, outlet, title, date, url, text)",
    ".xls": "a spreadsheet; if it holds articles, save it as CSV (columns id, outlet, title, date, url, text)",
    ".ods": "a spreadsheet; if it holds articles, save it as CSV (columns id, outlet, title, date, url, text)",
    ".json": "a JSON file; if it holds articles, write them as JSON Lines (one article object a line) in a .jsonl file",
}
# Named on the command line these get the advice above; met in a folder they pass in silence, being
# mostly settings (a user lexicon folder's metadata.json), unless they look like articles (_looks_like_articles).
_QUIET_IN_FOLDERS = {".json"}
_ARTICLE_JSON = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\[|"(?:text|maintext|body)"\s*:')  # a list, or a body field (news-please: maintext)
WORD_LOCK = "~$"  # ~$ory.docx: the lock file Word keeps beside a document it has open (162 bytes, no article)
HTML_START = re.compile(r"\A\ufeff?\s*(<!doctype html|<html[\s>])", re.IGNORECASE)


def named_alike(target: Path) -> str | None:
    """The name of the file beside `target` that differs from it only in case, if there is one."""
    try:
        return next((p.name for p in target.parent.iterdir() if p.name.lower() == target.name.lower() and p.is_file()), None)
    except OSError:
        return None


# The README.txt `framing score --format parquet` leaves in its output folder (framing/parquet.py),
# told by its name and first words, so that scoring a folder that holds an earlier output does not
# score the README as an article.
PARQUET_README = "README.txt"
PARQUET_README_OPENING = "This folder holds two Parquet tables written by `framing score`"


def broken_link(path: Path) -> str | None:
    """What is wrong with `path` if it is a symbolic link that leads nowhere (a loop back to itself,
    or a target since moved or deleted), and what to do; None for any other path.  Only asked of
    a path that is no file or folder, or is about to be read: one `lstat`, no more."""
    if not path.is_symlink() or path.exists():
        return None
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link that leads back to itself (a link loop), not a file or folder; remove the link, or point it at the articles"
    return f"a symbolic link to {os.readlink(path)}, which does not exist; point the link at the articles, or remove it"


def not_read(path: Path) -> IngestError:
    """The error for a file framing has no reader for: what it is and how to save it instead."""
    advice = DOCUMENT_ADVICE.get(path.suffix.lower())
    if advice:
        return IngestError(str(path), f"not read: {advice}")
    if not path.suffix:
        return IngestError(str(path), f"no file extension, so not read (framing tells a file's format by it); if it is an article, "
                                      f"rename it {path.name}{_extension_for(path)}")
    return IngestError(str(path), f"unsupported file type '{path.suffix or 'no extension'}': framing reads {SUPPORTED}; convert the file or leave it out")


def walk(root: Path) -> tuple[list[Path], list[Path], list[OSError], list[Path]]:
    """Supported files and manifests under `root`, sorted by their path parts (hidden ones
    skipped), the folders that could not be listed, and the documents in a form framing cannot
    read (Word, PDF, ...: see DOCUMENT_ADVICE)."""
    files: list[Path] = []
    manifests: list[Path] = []
    unreadable: list[OSError] = []
    documents: list[Path] = []
    folders = {os.path.realpath(root)}
    for folder, dirnames, filenames in os.walk(root, onerror=unreadable.append, followlinks=True):
        # a linked folder (news/bbc -> /data/bbc) is read, as `ls` shows it (its articles were passed
        # over in silence); one reached before, such as a link back up (a loop), is not read twice
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and _first_visit(os.path.join(folder, d), folders)]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if manifest.is_manifest(path):
                manifests.append(path)
            elif file_format(path) is not None:
                # framing's own Parquet output and Word's lock files (~$ory.docx): passed over, as they always were
                if not in_score_output(path) and not (name.startswith(WORD_LOCK) and file_format(path) in DOCUMENTS):
                    files.append(path)
            elif not path.suffix and _looks_like_text(path):  # an article saved without an extension ('story', '48213')
                documents.append(path)
            elif (path.suffix.lower() in DOCUMENT_ADVICE and not name.startswith(WORD_LOCK)
                  and (path.suffix.lower() not in _QUIET_IN_FOLDERS or _looks_like_articles(path))):
                documents.append(path)
    key = lambda p: p.relative_to(root).parts  # noqa: E731
    return sorted(files, key=key), sorted(manifests, key=key), unreadable, sorted(documents, key=key)


def in_score_output(path: Path) -> bool:
    """A part of a Parquet folder `framing score` wrote (`scores.parquet/articles/part-00000.parquet`,
    beside its `_run.json` or README.txt): its own output, passed over in a folder scored, as it
    always was, where a corpus's own .parquet file is read as articles."""
    folder = path.parent
    return (path.suffix.lower() == ".parquet" and folder.name in ("articles", "spans")
            and ((folder.parent / "_run.json").is_file() or (folder.parent / PARQUET_README).is_file()))


def _first_visit(folder: str, seen: set[str]) -> bool:
    real = os.path.realpath(folder)
    if real in seen:
        return False
    seen.add(real)
    return True


def _looks_like_text(path: Path) -> bool:
    """A file whose first bytes are text (not a program or an image without an extension)."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
        check_not_binary(head)
    except (OSError, NotText):
        return False
    return bool(head.strip())


def _extension_for(path: Path) -> str:
    """The extension a file without one should have, by what it starts with."""
    try:
        with path.open("rb") as f:
            head = f.read(4096).decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    except OSError:
        return ".txt"
    if HTML_START.match(head) or head.lower().startswith(("<html", "<?xml", "<!doctype")):
        return ".html"
    if head.startswith("{"):
        return ".jsonl (one JSON object a line)"
    return ".txt (the headline on the first line)"


def _looks_like_articles(path: Path) -> bool:
    """A .json file met in a folder that holds articles (a JSON list, or objects with a body field):
    a corpus exported as one JSON array was passed over in silence, its articles lost unsaid."""
    try:
        with path.open("rb") as f:
            return _ARTICLE_JSON.search(f.read(4096)) is not None
    except OSError:
        return False


def file_format(path: Path) -> str | None:
    """The reader for a file, by its extension ("x.jsonl.gz" is a compressed JSONL)."""
    return FORMATS.get(extension(path))


def extension(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz") and (dot := name.rfind(".", 0, len(name) - 3)) > 0:
        return name[dot:]
    return path.suffix.lower()


def folders_up(folder: Path, root: Path) -> Iterator[Path]:
    """`folder`, then its parents up to and including `root` (nearest manifest first)."""
    yield folder
    if folder == root:
        return
    for parent in folder.parents:
        yield parent
        if parent == root:
            return
