"""Site chrome is a kind of text: a site's widgets and notes (QR codes, download and preview prompts, following and
login, the welcome with the day, sharing, font size, print, copyright and ICP footers, the editor's strip, a
file-sharing site's upload record) are never the title, wherever they stand on the page (furniture.toml
``chrome_lines``). A title that uses the same words as words of its policy keeps them.

Texts are made up; the forms are those of government portals, news sites and document-sharing sites.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.furniture import is_chrome_line

_BODY = (
    "第一条 为了加强甲市城市供水管理,保障供水安全,根据有关法律法规,结合本市实际,制定本办法。\n"
    "第二条 本办法适用于本市行政区域内城市供水的管理活动。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "扫描或识别二维码,查看目录",
        "手机页面二维码",
        "下载二维码",
        "下载本文档",
        "全文预览已结束",
        "请使用微信扫一扫",
        "关注公众号完成登录",
        "登录注册",
        "今天是2031年6月11日 星期二,欢迎光临本站",
        "分享到: 微信 微博 QQ空间",
        "文字:[大][中][小]",
        "打印本页 关闭窗口",
        "Copyright © 2031 甲市人民政府 版权所有",
        "甲ICP备12345678号-1 甲公网安备 12345678901234号",
        "责编:张三",
        "上传人:李四 文档编号:424629 上传时间:2031-07-20 格式:DOCX 页数:20 大小:19.73KB",
    ],
)
def test_a_widget_or_a_note_of_the_site_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "关于加强信息来源管理的规定",
        "关注困境儿童成长的实施意见",
        "甲市二维码支付安全管理办法",
        "关于印发《甲市数据下载服务管理办法》的通知",
        "第一条 扫描二维码应当遵守本办法。",
    ],
)
def test_a_title_or_a_sentence_with_the_same_words_is_not(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_preview_note_over_a_shared_document_is_no_title() -> None:
    text = (
        "全文预览已结束\n下载本文档\n"
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n"
        "甲市城市供水管理办法\n" + _BODY
    )
    assert parse_structure(text).title == "甲市城市供水管理办法"


def test_a_login_prompt_over_a_regulation_is_no_title() -> None:
    text = "登录注册\n请使用微信扫一扫\n关注公众号完成登录\n甲市城市供水管理办法\n" + _BODY
    assert parse_structure(text).title == "甲市城市供水管理办法"


def test_a_qr_prompt_after_the_body_is_no_title() -> None:
    text = (
        "甲市人民政府关于印发甲市城市供水管理办法的通知\n\n各区人民政府,市政府各部门:\n"
        "  现将《甲市城市供水管理办法》印发给你们,请认真贯彻执行。\n\n甲市人民政府\n2031年4月2日\n\n"
        "扫描或识别二维码,查看办法\n"
    )
    doc = parse_structure(text)
    assert doc.notice_title == "甲市人民政府关于印发甲市城市供水管理办法的通知"
    assert doc.title == "甲市城市供水管理办法"


def test_a_title_naming_its_source_keeps_it() -> None:
    text = "关于加强信息来源管理的规定\n" + _BODY
    assert parse_structure(text).title == "关于加强信息来源管理的规定"


def test_a_notice_whose_first_line_is_its_issuer_keeps_its_title() -> None:
    text = (
        "甲市人民政府办公室\n关于关注困境儿童成长的实施意见\n\n各区人民政府:\n"
        "  为进一步做好困境儿童保障工作,提出以下意见。\n一、总体要求\n"
    )
    doc = parse_structure(text)
    assert doc.title is not None and doc.title.endswith("关于关注困境儿童成长的实施意见")
