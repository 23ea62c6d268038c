"""Tiny real Word (.docx, .docm), OpenDocument (.odt, .fodt) and web-archive (.mhtml) files, written with the
standard library the way Word, LibreOffice and Chrome write them: the same parts, namespaces and
structure (ECMA-376 WordprocessingML, ODF 1.3, RFC 2557 MHTML as Blink saves it), with only the
paragraphs each test needs."""

from __future__ import annotations

import io
import quopri
import zipfile
from xml.sax.saxutils import escape

# -- Word -------------------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
    "</Relationships>"
)
_W_ROOT = (
    '<w:{tag} xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14">'
)
_SECTION = ('<w:sectPr w:rsidR="00C84A7E"><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
# styles.xml as a German Word writes it: the ids are translated, the names are not
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + _W_ROOT.format(tag="styles")
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    "</w:styles>"
)


def run(text: str, attrs: str = "") -> str:
    """A w:r with one w:t, its spaces kept as Word keeps them."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<w:r{attrs}><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t{space}>{escape(text)}</w:t></w:r>'


def paragraph(*runs: str, style: str | None = None) -> str:
    """A w:p as Word writes it (rsid attributes, paragraph properties with tab stops, which are
    w:tab elements too and must not read as tabs)."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00C84A7E" w:rsidRDefault="00C84A7E">'
            f'<w:pPr>{props}<w:tabs><w:tab w:val="left" w:pos="2835"/></w:tabs></w:pPr>{"".join(runs)}</w:p>')


def docx(body: str, core: dict[str, str] | None = None, footnotes: str = "", comments: str = "") -> bytes:
    """A .docx holding `body` (w:p and w:tbl elements); `core` as docProps/core.xml's dc:title,
    dc:creator, dcterms:created."""
    core = core or {}
    core_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + (f"<dc:title>{escape(core['title'])}</dc:title>" if "title" in core else "<dc:title></dc:title>")
        + f"<dc:creator>{escape(core.get('creator', ''))}</dc:creator>"
        + "<cp:lastModifiedBy>Ann Teacher</cp:lastModifiedBy><cp:revision>2</cp:revision>"
        + (f'<dcterms:created xsi:type="dcterms:W3CDTF">{core["created"]}</dcterms:created>' if "created" in core else "")
        + '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-23T10:00:00Z</dcterms:modified></cp:coreProperties>'
    )
    parts = {
        "[Content_Types].xml": _DOCX_TYPES,
        "_rels/.rels": _DOCX_RELS,
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + _W_ROOT.format(tag="document")
                             + f"<w:body>{body}{_SECTION}</w:body></w:document>",
        "word/styles.xml": _STYLES,
        "word/footnotes.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + _W_ROOT.format(tag="footnotes")
                              + footnotes + "</w:footnotes>",
        "word/comments.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + _W_ROOT.format(tag="comments")
                             + comments + "</w:comments>",
        "docProps/core.xml": core_xml,
        "docProps/app.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties '
                             'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                             "<Application>Microsoft Office Word</Application></Properties>"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


def docm(body: str, core: dict[str, str] | None = None) -> bytes:
    """A macro-enabled Word document (.docm) holding `body`: a .docx whose main part has Word's
    macro-enabled content type, with a VBA project (macro code that must never be run or read) beside it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx(body, core))) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml").replace(
                    b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/'
                                    b'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            target.writestr(item.filename, data)
        # an OLE compound file holding a macro's source: the reader must never open it
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 + b'Sub AutoOpen()\r\nShell "calc.exe"\r\nEnd Sub')
    return buffer.getvalue()


# -- OpenDocument -------------------------------------------------------------------------------
_ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"'
)


def odt(body: str, meta: str = "", encrypted: bool = False, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    """An .odt whose office:text holds `body`; `meta` is office:meta's content (meta.xml)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NAMESPACES}>'
        '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        "</office:automatic-styles>"
        '<office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
        f"</text:sequence-decls>{body}</office:text></office:body></office:document-content>"
    )
    encryption = ('<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
                  'manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
                  'manifest:initialisation-vector="x"/></manifest:encryption-data>') if encrypted else ""
    parts = {
        "META-INF/manifest.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            f'manifest:media-type="{mimetype}"/>'
            f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{encryption}</manifest:file-entry>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'
        ),
        "content.xml": "\x00\x93 encrypted bytes" if encrypted else content,
        "meta.xml": (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODF_NAMESPACES}><office:meta>'
                     f"<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
                     f"{meta}</office:meta></office:document-meta>"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)  # first and stored, as ODF requires
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8", "surrogateescape"), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def fodt(body: str, meta: str = "", mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    """A flat OpenDocument text (.fodt) as LibreOffice saves one ("Flat XML ODF Text Document"):
    its properties, styles and text in one XML file."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n\n<office:document {_ODF_NAMESPACES} office:mimetype="{mimetype}">\n'
        " <office:meta><meta:creation-date>2026-11-20T09:12:00.123456789</meta:creation-date>"
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
        f"{meta}</office:meta>\n"
        ' <office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
        'style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>\n'
        ' <office:styles><style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
        'style:class="chapter"><style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style></office:styles>\n'
        ' <office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title">'
        '<style:paragraph-properties fo:text-align="center"/></style:style><style:page-layout style:name="pm1">'
        '<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>\n'
        ' <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>\n'
        ' <office:body>\n  <office:text>\n   <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
        f"</text:sequence-decls>\n   {body}\n  </office:text>\n </office:body>\n</office:document>\n"
    ).encode("utf-8")


# -- web archive --------------------------------------------------------------------------------
BOUNDARY = "----MultipartBoundary--lGqHvsRp8jr2iKxJ6Y4Fm9VAfXC7ruTqBZm2rMWYpR----"


def mhtml(html: str, url: str, frames: list[tuple[str, str]] = (), main_first: bool = True) -> bytes:
    """A page saved by Chrome as 'Webpage, Single File': headers, the page quoted-printable at
    `url`, a style sheet, and each (html, url) in `frames` as a further text/html part."""
    def part(content_type: str, location: str, body: str, cid: str) -> str:
        encoded = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        return (f"--{BOUNDARY}\r\nContent-Type: {content_type}\r\nContent-ID: <{cid}@mhtml.blink>\r\n"
                f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {location}\r\n\r\n{encoded}\r\n")

    main = part("text/html", url, html, "frame-8F2C1A6B7D3E4F5A9B0C1D2E3F4A5B6C")
    others = [part("text/html", where, frame, f"frame-{i}A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7") for i, (frame, where) in enumerate(frames)]
    css = part("text/css", "cid:css-3f1e2d4c-5b6a-7980-a1b2-c3d4e5f60718@mhtml.blink", '@charset "utf-8";\r\n\r\nbody { margin: 0px; }', "css-1")
    parts = [main, *others] if main_first else [*others, main]
    head = ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {url}\r\n"
            "Subject: =?utf-8?Q?Minister_slams_dam_plan?=\r\n"
            "Date: Tue, 24 Nov 2026 04:10:00 -0000\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            '\ttype="text/html";\r\n'
            f'\tboundary="{BOUNDARY}"\r\n\r\n\r\n')
    return (head + "".join(parts) + css + f"--{BOUNDARY}--\r\n").encode("ascii")


def word_mht(html_cp1252: str) -> bytes:
    """A page as Word and Internet Explorer saved a 'Single File Web Page' (.mht): windows-1252,
    quoted-printable, at a file:// address on the saver's disk."""
    boundary = "----=_NextPart_01DB3E2A.5C7F3A10"
    encoded = quopri.encodestring(html_cp1252.encode("cp1252")).decode("ascii")
    return ("MIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
            "This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, "
            "your browser or editor doesn't support Web Archive files.\r\n\r\n"
            f"--{boundary}\r\nContent-Location: file:///C:/3F1E2D4C/dam.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f'Content-Type: text/html; charset="windows-1252"\r\n\r\n{encoded}\r\n'
            f"--{boundary}--\r\n").encode("ascii")
