"""Generate the binary and re-encoded fixtures, deterministically (same bytes on every run).

    .venv/bin/python scripts/make_fixtures.py          # writes into fixtures/

Writes:
  fixtures/drafts/yunling_zhizao_2025_zqyj.docx        a draft in 第一章/第一条 style (with a table), as .docx
  fixtures/drafts/yunling_huahui_2025_gb18030.txt      a 一、/（一）/1. draft in GB18030 with GBK-only characters
  fixtures/drafts/yunling_keji_2025_notice.html        a government-site page, declared gb2312, GB18030 bytes
  fixtures/real/html/shandong_yusuan_2014.html         a real provincial document, declared gb2312 (see SOURCES.md)
  fixtures/bad/*                                       inputs that must be refused with a one-line error
                                                       (fixtures/bad/legacy_* come from scripts/make_pdf_fixtures.py)

The drafts are fictional (云岭市 is not a real city) and written for these tests.
"""

from __future__ import annotations

import random
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the .docx half lives beside this file
    sys.path.insert(0, str(HERE))

from fixture_docx import (  # noqa: E402
    _CONTENT_TYPES,
    _W_NS,
    _zip,
    docx_document_xml,
    docx_paragraphs,
    make_docx,
)

__all__ = ["GB18030_DRAFT", "HTML_PAGE", "SHANDONG_PAGE", "bad_inputs", "docx_paragraphs", "make_docx"]

ROOT = HERE.parent
DRAFTS = ROOT / "fixtures" / "drafts"
BAD = ROOT / "fixtures" / "bad"
REAL_HTML = ROOT / "fixtures" / "real" / "html"

# ------------------------------------------------------------------------------------------------ GB18030 .txt

# 喆, 昇 and 镕 are in GBK/GB18030 but not in GB2312.
GB18030_DRAFT = """云岭市关于支持花卉产业高质量发展的若干措施（征求意见稿）
为加快推进花卉产业转型升级，打造具有国际影响力的花卉产业集群，结合昇平区、镕江县花卉产业发展实际，制定以下措施。
一、强化种业创新
（一）支持新品种培育。对获得国家植物新品种权的花卉新品种，每个给予一次性奖励5万元，单个企业每年奖励最高不超过50万元。
（二）建设种质资源圃。对新建的省级以上花卉种质资源圃，给予建设单位30万元补助。
二、壮大经营主体
（三）培育龙头企业。对首次入选国家级农业产业化重点龙头企业的花卉企业，给予一次性奖励50万元。对年销售收入增长较快的企业分档奖励：
1.年销售收入首次突破1亿元的，给予奖励20万元；
2.年销售收入首次突破5亿元的，给予奖励50万元。
（四）支持品牌建设。对新获得中国驰名商标的花卉企业给予一次性奖励20万元。
三、完善流通体系
（五）建设冷链物流。对新建花卉冷库容积在1000立方米以上的，按设备投资的20%给予补助，最高不超过100万元。
（六）发展电子商务。对年网络销售额在1000万元以上的花卉电商企业，给予10—30万元奖励。
四、保障措施
到2027年，全市花卉种植面积稳定在30万亩以上，花卉产业综合产值达到500亿元。
本措施自印发之日起施行，有效期3年。
联系人：李喆　联系电话：0871-64200000
"""

# ------------------------------------------------------------------------------------------------ gov-site page

HTML_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>云岭市科学技术局关于公开征求《云岭市支持科技型企业加快发展若干措施（征求意见稿）》意见的通知_云岭市人民政府门户网站</title>
<link rel="stylesheet" href="/css/main.css" />
<script type="text/javascript">var _hmt = _hmt || []; window.siteStat = "统计脚本不应出现在正文";</script>
<style type="text/css">.zoom p { text-indent: 2em; } /* 样式不应出现在正文 */</style>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/">云岭市人民政府门户网站</a></div>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="main">
<table class="xxgk_table" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="t1"><b>索&nbsp;引&nbsp;号：</b></td><td>11530100MB0000000X/2025-00012</td>
      <td class="t1"><b>主题分类：</b></td><td>科技、教育\\科技</td></tr>
  <tr><td class="t1"><b>发文机关：</b></td><td>云岭市科学技术局</td>
      <td class="t1"><b>成文日期：</b></td><td>2025年01月08日</td></tr>
  <tr><td class="t1"><b>标　　题：</b></td>
      <td colspan="3">云岭市科学技术局关于公开征求《云岭市支持科技型企业加快发展若干措施（征求意见稿）》意见的通知</td></tr>
  <tr><td class="t1"><b>发文字号：</b></td><td>云科发〔2025〕8号</td>
      <td class="t1"><b>发布日期：</b></td><td>2025年01月10日</td></tr>
</table>
<div class="article">
  <h1 class="article-title">云岭市科学技术局关于公开征求《云岭市支持科技型企业加快发展若干措施（征求意见稿）》意见的通知</h1>
  <div class="pages-date">发布时间：2025-01-10 16:30　来源：市科技局　<span class="font">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
  <div class="share bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
  <div class="zoom" id="UCAP-CONTENT">
    <p>各有关单位：</p>
    <p>　　为支持科技型企业加快发展，市科技局起草了《云岭市支持科技型企业加快发展若干措施（征求意见稿）》，现向社会公开征求意见。请于2025年1月20日17:00前将意见建议发送至电子邮箱kjj@example.gov.cn。</p>
    <p>　　联系人：张喆；联系电话：0871-64300000。</p>
    <p style="text-align:center">云岭市支持科技型企业加快发展若干措施（征求意见稿）</p>
    <p>　　为深入实施创新驱动发展战略，推动科技型企业量质齐升，制定以下措施。</p>
    <p>　　一、加大研发投入支持</p>
    <p>　　（一）支持企业基于昇腾、鲲鹏等自主计算架构开展应用适配，对完成适配并实现销售的项目，按研发投入的20%给予后补助，单个项目最高不超过200万元。</p>
    <p>　　（二）对上一年度研发投入在1000万元以上且增幅超过10%的企业，给予一次性奖励50万元。</p>
    <p>　　二、培育创新主体</p>
    <p>　　（三）对首次认定的高新技术企业给予一次性奖励20万元；对重新认定的给予10万元。<br/>对科技型中小企业开展研发活动的，给予5—30万元资助。</p>
    <p>　　（四）到2027年，全市高新技术企业数量达到1500家以上，科技型中小企业达到3000家。</p>
    <p style="text-align:right">云岭市科学技术局</p>
    <p style="text-align:right">2025年1月10日</p>
  </div>
  <div class="print-bar"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer">主办单位：云岭市人民政府办公室　网站标识码：5301000000　版权所有</div>
<script>document.write("页面底部脚本");</script>
</body>
</html>
"""

# ------------------------------------------------------------------------------------------------ real page

# 鲁政发〔2014〕20号, the opening of the real text (public document; provenance in fixtures/real/html/SOURCES.md),
# in the layout of an older provincial site that declares gb2312.
SHANDONG_PAGE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>山东省人民政府关于深化预算管理制度改革的实施意见 - 山东省人民政府</title>
<script language="javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</head>
<body>
<table width="100%" class="top"><tr><td><img src="/images/logo.gif" alt="山东省人民政府"></td></tr>
<tr><td class="menu"><a href="/">首页</a> | <a href="/col/col1/">要闻动态</a> | <a href="/col/col2/">政府文件</a></td></tr></table>
<table width="960" align="center"><tr><td class="dqwz">您现在的位置：首页 &gt;&gt; 政府文件 &gt;&gt; 鲁政发</td></tr></table>
<table width="960" align="center">
<tr><td class="title" align="center"><font size="5"><b>山东省人民政府关于深化预算管理制度改革的实施意见</b></font></td></tr>
<tr><td align="center" class="info">字体：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</td></tr>
<tr><td id="zoom" class="bt_content">
<p align="center">鲁政发〔2014〕20号</p>
<p>各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：</p>
<p>　　现代预算制度是现代财政制度的基础。建立全面规范、公开透明的现代预算制度，是深化财税体制改革的重要内容，也是加快政府职能转变、推进政府治理体系和治理能力现代化、促进全省经济社会持续健康发展的重大举措。根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》（国发〔2014〕45号）和《中共山东省委山东省人民政府关于深化财税体制改革的意见》（鲁发〔2014〕18号）有关要求，现就深化我省预算管理制度改革提出以下实施意见：</p>
<p>　　一、深化预算管理制度改革的总体要求</p>
<p>　　1.指导思想。贯彻落实党的十八大和十八届三中、四中全会以及省委十届十次全会精神，以邓小平理论、“三个代表”重要思想、科学发展观为指导，深入贯彻习近平总书记系列重要讲话精神，紧紧围绕建立现代财政制度的总目标，改进预算管理制度，创新预算管理方式，健全预算管理体系，优化预算收支结构，提升预算管理绩效，加快构建全面规范、公开透明的预算制度，进一步规范政府行为、强化预算约束、防范财政风险，为推进政府治理体系和治理能力现代化、加快经济文化强省建设提供制度保障。</p>
<p>　　2.目标任务。从2014年开始，全面启动预算管理制度改革。2015年在预算管理改革上取得决定性进展，在优化财政支出结构上取得实质性突破。</p>
</td></tr>
<tr><td align="center" class="tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr>
</table>
<table width="960" align="center" class="foot"><tr><td>主办：山东省人民政府办公厅　版权所有</td></tr></table>
</body>
</html>
"""

# ------------------------------------------------------------------------------------------------ bad inputs

ENTITY_BOMB = """<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html><head><title>关于征求意见的通知</title></head><body><p>&lol9;</p></body></html>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<html><head><title>关于征求意见的通知</title></head><body><p>正文：&xxe;</p></body></html>
"""


def _declared_size_bomb() -> bytes:
    """A tiny zip whose central directory claims word/document.xml expands to 3 GB."""
    data = _zip(
        {"[Content_Types].xml": _CONTENT_TYPES.encode(), "word/document.xml": docx_document_xml().encode()}
    )
    claimed = 3 * 1024**3
    out = bytearray(data)
    # Patch the uncompressed-size field of every local header (offset 22) and central entry (offset 24).
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := out.find(signature, start)) != -1:
            struct.pack_into("<I", out, start + size_offset, claimed)
            start += 4
    return bytes(out)


def _ratio_bomb() -> bytes:
    """A real high-ratio member: 20 MB of spaces inside an XML element deflate to about 20 KB."""
    padding = b" " * (20 * 1024 * 1024)
    xml = (
        b'<?xml version="1.0"?><w:document xmlns:w="'
        + _W_NS.encode()
        + b'"><w:body>'
        + padding
        + b"</w:body></w:document>"
    )
    return _zip({"[Content_Types].xml": _CONTENT_TYPES.encode(), "word/document.xml": xml})


def bad_inputs(docx: bytes) -> dict[str, bytes]:
    rng = random.Random(20250110)
    binary = bytearray(rng.randbytes(2048))
    for position in range(0, len(binary), 97):
        binary[position] = 0  # NUL bytes, as in any executable or image
    return {
        "empty.txt": b"",
        "binary.txt": bytes(binary),
        # Valid UTF-8 Chinese, then 0xFF and 0x80: bytes that neither UTF-8 nor GB18030 allows.
        "bad_encoding.txt": "关于征求意见的通知\n".encode() + b"\xff\x80\xff\x80 broken\n",
        "not_a_zip.docx": "这不是一个Word文件，只是改了扩展名的文本。\n".encode(),
        "zip_bomb.docx": _declared_size_bomb(),
        "zip_ratio_bomb.docx": _ratio_bomb(),
        "no_document.docx": _zip(
            {"[Content_Types].xml": _CONTENT_TYPES.encode(), "word/styles.xml": b"<styles/>"}
        ),
        "truncated.docx": docx[: len(docx) // 2],
        "entity_bomb.html": ENTITY_BOMB.encode(),
        "external_entity.html": EXTERNAL_ENTITY.encode(),
        # A file is read by what its bytes are: the start of a PDF named .txt is never text.
        "pdf_named.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n",
        # A zip that is no .docx, named .txt (an archive of attachments saved under the wrong name).
        "zip_named.txt": _zip({"attachments/readme.txt": "附件说明\n".encode()}),
        # What a failed download saves under the attachment's name: the site's error page.
        "error_page.pdf": (
            "<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
            "<body><h1>页面不存在</h1></body></html>\n"
        ).encode(),
    }


def main() -> None:
    for folder in (DRAFTS, BAD, REAL_HTML):
        folder.mkdir(parents=True, exist_ok=True)
    docx = make_docx()
    outputs = {
        DRAFTS / "yunling_zhizao_2025_zqyj.docx": docx,
        DRAFTS / "yunling_huahui_2025_gb18030.txt": GB18030_DRAFT.encode("gb18030"),
        DRAFTS / "yunling_keji_2025_notice.html": HTML_PAGE.encode("gb18030"),
        REAL_HTML / "shandong_yusuan_2014.html": SHANDONG_PAGE.encode("gb18030"),
        **{BAD / name: data for name, data in bad_inputs(docx).items()},
    }
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}  {len(data)} bytes")


if __name__ == "__main__":
    main()
