"""The text of a Word (.docx, .docm) or OpenDocument (.odt, .fodt) article, read with the standard library.

Teachers keep articles as Word files or download them from Google Docs as .odt: both are ZIP
archives of XML.  A macro-enabled Word document (.docm) is a .docx with macros beside its text,
read as one (the macros are never opened); a flat OpenDocument text (.fodt) is the same XML as an
.odt's, in one plain file.  What is read is the body's paragraphs in order (a table's cell paragraphs too,
row by row), each paragraph's text as written (smart quotes, dashes and spaces as they are; a
tab as a tab, a line break inside a paragraph as one line break), paragraphs separated by a blank
line, as `framing.html_text` does, so the segmenter treats a document as it treats a .txt or an
HTML page.  Left out, because they are not the article's running text: footnotes and endnotes
(only their reference marks sit in the body), comments, text boxes and drawings, deleted tracked
changes (their insertions stay), a generated table of contents.  The headline is the first
paragraph, as a .txt's first line is; `styled_headline` says whether the writer marked it as one
(Word's Title or Heading 1 style, an ODF heading of level 1 or the Title style).

The document's own properties (Word's docProps/core.xml, ODF's meta.xml) give `metadata`:
`document_title`, `author` and `document_created`, which describe the file (who made it and when),
not necessarily the article, so they never set the article's headline or date.

A file that cannot be read raises `UnreadableDocument` with one line saying what it is and what
to do (not a ZIP archive, an old .doc renamed, password-protected, no text at all).  The PDF, RTF and
.doc readers (`framing.pdf_text`, `framing.rtf_text`, `framing.doc_text`) give the same `OfficeDocument` and raise the same error.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree

_SAVE_AGAIN = "open it in {app} and save it again as {kind}, or save it as plain text (.txt, the headline on the first line)"
_LARGEST_PART = 200 * 1024 * 1024  # bytes unpacked: a part larger than this is no article (a ZIP bomb), not read
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: a Word 97-2003 .doc, or an encrypted .docx/.odt
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream Office keeps a password-protected document in
_HTML = re.compile(r"<(?:!doctype html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)  # never in an Office part; refused, so no entity is ever expanded


# what reading a damaged ZIP archive raises: a bad CRC, a cut stream, a header pointing before the
# file's start (ValueError), an unknown compression or ZIP version, an entry encrypted with a password
_BROKEN = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, struct.error, NotImplementedError, RuntimeError)


class UnreadableDocument(Exception):
    """A .docx or .odt that cannot be read; the message says what it is and what to do."""


@dataclass(slots=True)
class OfficeDocument:
    text: str  # the paragraphs, separated by a blank line
    headline: str | None  # the first paragraph
    styled_headline: bool = False  # it is styled Title or Heading 1: a headline whatever its length
    metadata: dict[str, str] = field(default_factory=dict)
    url: str | None = None  # the address it was saved from, where the file says it (a browser's PDF footer)
    warnings: list[str] = field(default_factory=list)  # what of it could not be read (a PDF's damaged page)


@dataclass(frozen=True, slots=True)
class _Format:
    name: str  # "a Word document"
    app: str  # the program to open it in
    kind: str  # what to save it as


_DOCX = _Format("a Word document", "Word", "a Word Document (.docx)")
_ODT = _Format("an OpenDocument text", "LibreOffice or Google Docs", "an OpenDocument Text (.odt)")
_FODT = _Format("a flat OpenDocument text", "LibreOffice", "an OpenDocument Text (.odt)")


def read(kind: str, data: bytes) -> OfficeDocument:
    """The document in `data`, a file of `kind` "docx", "docm", "odt" or "fodt"."""
    return READERS[kind](data)


def read_docx(data: bytes) -> OfficeDocument:
    """A Word document: the main part named in _rels/.rels (word/document.xml as Word writes it)."""
    archive = _open_zip(data, _DOCX)
    rels = _xml(archive, "_rels/.rels", _DOCX, required=False)
    targets = {} if rels is None else {r.get("Type", "").rsplit("/", 1)[-1]: r.get("Target", "").lstrip("/") for r in rels}
    main = targets.get("officeDocument") or "word/document.xml"
    root = _xml(archive, main, _DOCX, required=False)
    if root is None or not any(root.tag == f"{{{w}}}document" for w in _W_NAMESPACES):
        names = set(archive.namelist())
        what = "a spreadsheet" if "xl/workbook.xml" in names else "a presentation" if "ppt/presentation.xml" in names else "a ZIP archive"
        raise UnreadableDocument(f"{what}, not a Word document (it holds no word/document.xml); if it is an article, "
                                 + _SAVE_AGAIN.format(app="Word", kind=_DOCX.kind))
    w = root.tag[1:].split("}")[0]
    body = root.find(f"{{{w}}}body")
    folder = main.rpartition("/")[0]
    heading_styles = _docx_heading_styles(_xml(archive, f"{folder}/styles.xml" if folder else "styles.xml", _DOCX, required=False), w)
    paragraphs = [] if body is None else [(text, _docx_styled(p, w, heading_styles)) for p in _docx_paragraphs(body, w)
                                          if (text := _docx_text(p, w)).strip()]
    core = _xml(archive, targets.get("core-properties") or "docProps/core.xml", _DOCX, required=False)
    metadata = _properties(core, {f"{{{_DC}}}title": "document_title", f"{{{_DC}}}creator": "author", f"{{{_DCTERMS}}}created": "document_created"})
    return _document(paragraphs, metadata, _DOCX)


def read_odt(data: bytes) -> OfficeDocument:
    """An OpenDocument text: content.xml's office:text, meta.xml's properties."""
    archive = _open_zip(data, _ODT)
    names = set(archive.namelist())
    mimetype = _raw(archive, "mimetype", _ODT).decode("ascii", "replace").strip() if "mimetype" in names else ""
    if mimetype and mimetype != "application/vnd.oasis.opendocument.text":
        raise UnreadableDocument(f"an OpenDocument file of another kind ({mimetype}), not a text document; if it is an article, "
                                 + _SAVE_AGAIN.format(app=_ODT.app, kind=_ODT.kind))
    manifest = _raw(archive, "META-INF/manifest.xml", _ODT) if "META-INF/manifest.xml" in names else b""
    if b"encryption-data" in manifest:
        raise UnreadableDocument("a password-protected OpenDocument text, which framing cannot open; open it in LibreOffice, "
                                 "save it again without a password (File > Save As, 'Save with password' unticked), or save it as plain text")
    root = _xml(archive, "content.xml", _ODT, required=True)
    meta = _xml(archive, "meta.xml", _ODT, required=False)
    return _odt_document(root, None if meta is None else meta.find(f"{{{_OFFICE}}}meta"), _ODT)


def read_fodt(data: bytes) -> OfficeDocument:
    """A flat OpenDocument text (.fodt, LibreOffice's "Flat XML ODF Text Document"): one XML
    file holding what an .odt's content.xml, styles.xml and meta.xml hold, read as they are."""
    if data.startswith(b"PK") or data.startswith(_OLE):
        raise UnreadableDocument("a zipped document (an .odt or a Word file) named as a flat OpenDocument text (.fodt); "
                                 "if it is an article, give it the extension it was saved with (.odt or .docx)")
    if len(data) > _LARGEST_PART:
        raise UnreadableDocument(f"{len(data):,} bytes, far more than any article; if it is one, " + _SAVE_AGAIN.format(app=_FODT.app, kind=_FODT.kind))
    try:
        if _DOCTYPE.search(data[:4096]):
            raise ElementTree.ParseError("a DOCTYPE declaration, which LibreOffice never writes")
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise UnreadableDocument(f"not a flat OpenDocument text (such a file is XML, and this one is not, or is cut short: {e}); "
                                 "if it is an article, " + _SAVE_AGAIN.format(app=_FODT.app, kind=_FODT.kind)) from None
    mimetype = root.get(f"{{{_OFFICE}}}mimetype") or ""
    if root.tag != f"{{{_OFFICE}}}document" or mimetype not in ("", "application/vnd.oasis.opendocument.text"):
        raise UnreadableDocument(f"an XML file that is not a flat OpenDocument text ({mimetype or root.tag}); if it is an article, "
                                 + _SAVE_AGAIN.format(app=_FODT.app, kind=_FODT.kind))
    return _odt_document(root, root.find(f"{{{_OFFICE}}}meta"), _FODT)


def _odt_document(root: ElementTree.Element, office_meta: ElementTree.Element | None, form: _Format) -> OfficeDocument:
    """The text of an OpenDocument's office:text (content.xml, or a flat .fodt's whole document)."""
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise UnreadableDocument("an OpenDocument file with no text body (a spreadsheet or a drawing?), not a text document; "
                                 "if it is an article, " + _SAVE_AGAIN.format(app=form.app, kind=form.kind))
    title_styles = _odt_title_styles(root)
    paragraphs = [(text, _odt_styled(p, title_styles)) for p in _odt_paragraphs(body) if (text := _odt_text(p)).strip()]
    metadata = _properties(office_meta, {f"{{{_DC}}}title": "document_title", f"{{{_META}}}initial-creator": "author",
                                         f"{{{_META}}}creation-date": "document_created"})
    if "author" not in metadata and office_meta is not None and (creator := (office_meta.findtext(f"{{{_DC}}}creator") or "").strip()):
        metadata["author"] = creator  # (who last saved it: Google Docs writes no initial creator)
    return _document(paragraphs, metadata, form)


# -- shared ---------------------------------------------------------------------------------
def _open_zip(data: bytes, form: _Format) -> zipfile.ZipFile:
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise UnreadableDocument(f"a password-protected document, which framing cannot open; open it in {form.app}, remove the "
                                     "password (in Word: File > Info > Protect Document > Encrypt with Password, cleared) and save it "
                                     "again, or save it as plain text (.txt, the headline on the first line)")
        raise UnreadableDocument(f"an older Word 97-2003 document (.doc) named as {form.name}; if it is an article, give it the "
                                 "extension .doc instead (framing.doc_text reads it)")
    if not data.startswith(b"PK") and (renamed := _renamed_as(data[:4096])):
        raise UnreadableDocument(f"{renamed[0]}, not {form.name} (such a file is a ZIP archive); if it is an article, give it the "
                                 f"extension {renamed[1]} instead")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _BROKEN:
        raise UnreadableDocument(f"not {form.name} (such a file is a ZIP archive, and this one is not, or is cut short); if it is an "
                                 "article, " + _SAVE_AGAIN.format(app=form.app, kind=form.kind)) from None


def _renamed_as(head: bytes) -> tuple[str, str] | None:
    """(what it is, its extension) for a text or HTML file given a document's extension (a .txt
    renamed story.docx, a page some site's 'download as Word' button sent); None for other bytes."""
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")  # (cp1252 text is text too: its odd bytes dropped here)
    if not text or any(c < " " and c not in "\t\r\n\f" for c in text):
        return None
    if _HTML.match(text):
        return "a web page (HTML)", ".html"
    return "plain text", ".txt (the headline on the first line)"


def _raw(archive: zipfile.ZipFile, name: str, form: _Format) -> bytes:
    try:
        return archive.read(name)
    except _BROKEN as e:
        raise UnreadableDocument(f"{form.name} whose {name} cannot be read ({e}); " + _SAVE_AGAIN.format(app=form.app, kind=form.kind)) from None


def _xml(archive: zipfile.ZipFile, name: str, form: _Format, required: bool) -> ElementTree.Element | None:
    """One XML part, parsed; None for a part that is missing (and not `required`) or broken
    where it is only the document's properties."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise UnreadableDocument(f"not {form.name} (the ZIP archive holds no {name}); if it is an article, "
                                     + _SAVE_AGAIN.format(app=form.app, kind=form.kind)) from None
        return None
    if info.file_size > _LARGEST_PART:
        raise UnreadableDocument(f"{name} unpacks to {info.file_size:,} bytes, far more than any article; if it is one, "
                                 + _SAVE_AGAIN.format(app=form.app, kind=form.kind))
    try:
        part = archive.read(info)
        if _DOCTYPE.search(part[:4096]):
            raise ElementTree.ParseError("a DOCTYPE declaration, which no Office program writes")
        return ElementTree.fromstring(part)
    except (*_BROKEN, ElementTree.ParseError) as e:
        if not required and not name.endswith(("document.xml", "content.xml")):
            return None  # a broken properties or styles part: the text is still there
        raise UnreadableDocument(f"{form.name} whose {name} cannot be read ({e}); " + _SAVE_AGAIN.format(app=form.app, kind=form.kind)) from None


def _document(paragraphs: list[tuple[str, bool]], metadata: dict[str, str], form: _Format) -> OfficeDocument:
    if not paragraphs:
        raise UnreadableDocument(f"{form.name} with no text in it (images, text boxes or footnotes alone are not read): nothing to "
                                 "analyse; fill it in or leave it out")
    headline, styled = paragraphs[0]
    return OfficeDocument("\n\n".join(text for text, _ in paragraphs), " ".join(headline.split()), styled, metadata)


def _properties(element: ElementTree.Element | None, keys: dict[str, str]) -> dict[str, str]:
    """The document properties named in `keys`, non-empty ones only, as the metadata keys given."""
    if element is None:
        return {}
    found = {}
    for child in element:
        if child.tag in keys and (value := " ".join((child.text or "").split())):
            found.setdefault(keys[child.tag], value)
    return found


# -- Word (ECMA-376 / ISO 29500 WordprocessingML) -------------------------------------------------
_W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
# not running text: properties (a paragraph's tab stops are w:tab too), deleted or moved-away
# text, drawings and text boxes (mc:AlternateContent holds a text box twice), section settings
_DOCX_SKIP = {"pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sectPr", "del", "moveFrom", "drawing", "pict", "object"}
_DOCX_RUN_TEXT = {"t": None, "tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-", "softHyphen": ""}


def _docx_paragraphs(element: ElementTree.Element, w: str) -> Iterator[ElementTree.Element]:
    """The w:p elements under `element` in body order: in tables cell by cell, in content controls."""
    for child in element:
        namespace, _, name = child.tag[1:].partition("}")
        if namespace == w and name == "p":
            yield child
        elif not (namespace == w and name in _DOCX_SKIP) and namespace != _MC:
            yield from _docx_paragraphs(child, w)


def _docx_text(paragraph: ElementTree.Element, w: str) -> str:
    parts: list[str] = []

    def walk(element: ElementTree.Element) -> None:
        for child in element:
            namespace, _, name = child.tag[1:].partition("}")
            if namespace == _MC or (namespace == w and name in _DOCX_SKIP):
                continue
            if namespace == w and name in _DOCX_RUN_TEXT:
                parts.append((child.text or "") if name == "t" else _DOCX_RUN_TEXT[name])
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _docx_heading_styles(styles: ElementTree.Element | None, w: str) -> set[str]:
    """Ids of the paragraph styles named Title or heading 1 (an id is translated in a German or
    French Word, 'berschrift1'; the name never is)."""
    found = {"Title", "Heading1"}
    for style in [] if styles is None else styles.iter(f"{{{w}}}style"):
        name = style.find(f"{{{w}}}name")
        if name is not None and (name.get(f"{{{w}}}val") or "").lower() in ("title", "heading 1"):
            found.add(style.get(f"{{{w}}}styleId") or "")
    return found


def _docx_styled(paragraph: ElementTree.Element, w: str, heading_styles: set[str]) -> bool:
    style = paragraph.find(f"{{{w}}}pPr/{{{w}}}pStyle")
    level = paragraph.find(f"{{{w}}}pPr/{{{w}}}outlineLvl")
    return (style is not None and style.get(f"{{{w}}}val") in heading_styles) or (level is not None and level.get(f"{{{w}}}val") == "0")


# -- OpenDocument (ODF 1.2 / ISO 26300) ---------------------------------------------------------
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
# not running text: notes, comments, deleted changes, generated indexes, ruby annotations, frames
_ODT_SKIP = {f"{{{_TEXT}}}{name}" for name in (
    "note", "tracked-changes", "table-of-content", "alphabetical-index", "illustration-index", "table-index", "object-index",
    "user-index", "bibliography", "ruby-text", "sequence-decls", "variable-decls", "user-field-decls",
)} | {f"{{{_OFFICE}}}annotation", f"{{{_OFFICE}}}forms", f"{{{_DRAW}}}frame", f"{{{_DRAW}}}custom-shape", f"{{{_DRAW}}}a"}
_ODT_BLOCKS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}


def _odt_paragraphs(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """text:p and text:h under `element` in order: in lists, sections and table cells too."""
    for child in element:
        if child.tag in _ODT_BLOCKS:
            yield child
        elif child.tag not in _ODT_SKIP:
            yield from _odt_paragraphs(child)


def _odt_text(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []

    def walk(element: ElementTree.Element) -> None:
        parts.append(element.text or "")
        for child in element:
            if child.tag == f"{{{_TEXT}}}s":
                count = child.get(f"{{{_TEXT}}}c") or "1"
                parts.append(" " * (min(int(count), 1000) if count.isdigit() else 1))  # (c counts the spaces, 1 when absent)
            elif child.tag == f"{{{_TEXT}}}tab":
                parts.append("\t")
            elif child.tag == f"{{{_TEXT}}}line-break":
                parts.append("\n")
            elif child.tag not in _ODT_SKIP:
                walk(child)  # text:span, text:a, a field's shown value, ...
            parts.append(child.tail or "")  # (the text after an element, a note's too, is the paragraph's)

    walk(paragraph)
    return "".join(parts)


def _odt_title_styles(content: ElementTree.Element) -> set[str]:
    """The paragraph styles that are the Title style or derive from it (LibreOffice names its
    automatic styles P1, P2, ... with the style they modify as parent)."""
    found = {"Title"}
    for style in content.iter(f"{{{_STYLE}}}style"):
        if style.get(f"{{{_STYLE}}}parent-style-name") == "Title":
            found.add(style.get(f"{{{_STYLE}}}name") or "")
    return found


def _odt_styled(paragraph: ElementTree.Element, title_styles: set[str]) -> bool:
    if paragraph.tag == f"{{{_TEXT}}}h":
        return (paragraph.get(f"{{{_TEXT}}}outline-level") or "1") == "1"
    return paragraph.get(f"{{{_TEXT}}}style-name") in title_styles


# a macro-enabled Word document (.docm) is a .docx with a vbaProject.bin beside its parts: the same
# reader, which opens document.xml, styles.xml and core.xml and nothing else (its macros are never read)
READERS: dict[str, Callable[[bytes], OfficeDocument]] = {"docx": read_docx, "docm": read_docx, "odt": read_odt, "fodt": read_fodt}
