"""The .docx draft of scripts/make_fixtures.py, written as Word writes one: document.xml with Word's own numbering
(numbering.xml) for points, a table, a tab and a line break inside paragraphs, core properties with the title; zip
members with fixed timestamps, so the bytes never change.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

FIXED_TIME = (2025, 1, 10, 9, 0, 0)  # zip member timestamps: fixed, so the bytes never change


DOCX_TITLE = "云岭市促进智能制造高质量发展办法（征求意见稿）"
# (style, content): "p" a paragraph; "num" (label Word renders, text) an auto-numbered paragraph;
# "table" a list of rows of cell texts; "tab"/"br" paragraphs whose runs are joined by a tab / a line break.
DOCX_BODY: list[tuple[str, object]] = [
    ("p", DOCX_TITLE),
    ("p", "第一章　总　　则"),
    ("p", "第一条　为加快推进制造业智能化改造和数字化转型，培育壮大新质生产力，结合本市实际，制定本办法。"),
    (
        "p",
        "第二条　本办法适用于在本市行政区域内依法登记注册、具有独立法人资格的工业企业和工业互联网服务机构。",
    ),
    ("p", "第三条　市工业和信息化局负责本办法的组织实施，市财政局负责资金保障和绩效监督。"),
    ("p", "第二章　支持措施"),
    (
        "p",
        "第四条　支持企业实施智能化改造。对设备投资额在500万元以上的智能化改造项目，"
        "按设备投资额的10%给予补助，单个项目最高不超过300万元。",
    ),
    (
        "p",
        "第五条　鼓励创建智能工厂和数字化车间。对新认定的国家级、省级智能工厂分别给予一次性奖励100万元、50万元；"
        "对新认定的市级数字化车间给予一次性奖励20万元。",
    ),
    (
        "p",
        "第六条　支持工业互联网平台建设。对经认定的市级工业互联网平台，按建设投入的20%给予资助，资助金额为20—100万元：",
    ),
    # Points numbered by Word itself (numbering.xml), as many real drafts are: the runs hold no "（一）".
    ("num", ("（一）", "平台连接工业设备不少于5000台（套）；")),
    ("num", ("（二）", "服务本市企业不少于100家；")),
    ("num", ("（三）", "平台上一年度营业收入不低于1000万元。")),
    (
        "table",
        [
            ["支持事项", "支持标准"],
            ["智能化改造项目", "设备投资额的10%，最高不超过300万元"],
            ["国家级智能工厂", "一次性奖励100万元"],
        ],
    ),
    ("p", "第三章　附　　则"),
    ("p", "第七条　同一项目同时符合本市多项扶持政策的，按照就高不重复原则予以支持。"),
    (
        "p",
        "第八条　本办法自2025年3月1日起施行，有效期至2027年12月31日。"
        "到2027年，全市规模以上工业企业数字化改造覆盖率达到80%以上。",
    ),
    ("tab", ["云岭市工业和信息化局", "2025年1月10日"]),
    ("br", ["联系人：王昇", "联系电话：0871-64100000"]),
]

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w_paragraph(runs_xml: str) -> str:
    return f"<w:p><w:r>{runs_xml}</w:r></w:p>"


def _w_text(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def docx_document_xml() -> str:
    body = []
    for style, content in DOCX_BODY:
        if style == "p":
            body.append(_w_paragraph(_w_text(str(content))))
        elif style == "num":
            number_properties = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            body.append(f"<w:p>{number_properties}<w:r>{_w_text(content[1])}</w:r></w:p>")  # type: ignore[index]
        elif style == "tab":
            body.append(_w_paragraph("<w:tab/>".join(_w_text(t) for t in content)))  # type: ignore[union-attr]
        elif style == "br":
            body.append(_w_paragraph("<w:br/>".join(_w_text(t) for t in content)))  # type: ignore[union-attr]
        elif style == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc>{_w_paragraph(_w_text(cell))}</w:tc>" for cell in row) + "</w:tr>"
                for row in content  # type: ignore[union-attr]
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W_NS}"><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    )


def docx_paragraphs() -> list[str]:
    """What an ingester must read from the .docx, in order (tests compare against this)."""
    out: list[str] = []
    for style, content in DOCX_BODY:
        if style == "p":
            out.append(str(content))
        elif style == "num":
            out.append("".join(content))  # type: ignore[arg-type]
        elif style == "tab":
            out.append("\t".join(content))  # type: ignore[arg-type]
        elif style == "br":
            out.append("\n".join(content))  # type: ignore[arg-type]
        elif style == "table":
            out.extend("\t".join(row) for row in content)  # type: ignore[union-attr]  # a row is a line
    return out


# One list: level 0 counts （一）（二）… with nothing between the number and the text.
NUMBERING_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:numbering xmlns:w="{_W_NS}">'
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    "</w:numbering>"
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
    'Target="numbering.xml"/>'
    "</Relationships>"
)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)


def _core_xml(title: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-10T01:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def make_docx() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": _CONTENT_TYPES.encode(),
            "_rels/.rels": _RELS.encode(),
            "docProps/core.xml": _core_xml(DOCX_TITLE).encode(),
            "word/document.xml": docx_document_xml().encode(),
            "word/_rels/document.xml.rels": _DOCUMENT_RELS.encode(),
            "word/numbering.xml": NUMBERING_XML.encode(),
        }
    )
