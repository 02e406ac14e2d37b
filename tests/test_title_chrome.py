"""Site chrome is a kind of text: a site's widgets and notes (QR codes, download and preview prompts, following and
login, the welcome with the day, sharing, font size, print, copyright and ICP footers, the editor's strip, a
file-sharing site's upload record) are never the title, wherever they stand on the page (furniture.toml
``chrome_lines``). A title that uses the same words as words of its policy keeps them.

Texts are made up; the forms are those of government portals, news sites and document-sharing sites.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.furniture import is_chrome_line
from parsers.structure.site_marks import drop_site_marks
from parsers.structure.title_chrome import drop_site_chrome

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
        "当前位置: 首页 > 信息发布 > 预警信息 > 应急预案",
        "下一主题:甲省人民政府关于全",
        "时间: 2031-01-02 信息来源:甲网 责编:乙",
        "第一届甲会·第二届乙会_fororder_甲省1",
        "{{settrSelectedText ? settrSelectedText : '更新时间'}}",
        "切换城市分站,让我们为您提供更准确的信息",
        "甲省条例实施细则2031(甲网站)钢结构设计今天4.47K阅读0评论",
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
        "2031年02月05日10:06来源:甲日报",  # a news dateline: read by the headline rules
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


# Chrome by its shape, around a title chosen by any route (parsers/structure/title_chrome.py).


@pytest.mark.parametrize(
    ("glued", "title"),
    [
        ("【应急预案】甲县地震应急预案", "甲县地震应急预案"),
        ("「拍拍公告」甲市人大常委会关于征集立法项目的公告", "甲市人大常委会关于征集立法项目的公告"),
        ("(2031)甲省人民政府关于同意设立乙经济开发区的批复", "甲省人民政府关于同意设立乙经济开发区的批复"),
        ("甲星体育乙足球:甲市二次供水管理办法", "甲市二次供水管理办法"),
        ("甲省河道采砂管理规定最新【全文】", "甲省河道采砂管理规定"),
        ("首页 > 政策文件 > 甲市人民政府关于加强河道管理的意见", "甲市人民政府关于加强河道管理的意见"),
        ("????????2.甲县秸秆露天禁烧区划定方案", "甲县秸秆露天禁烧区划定方案"),
    ],
)
def test_what_a_site_glues_around_a_title_is_dropped(glued: str, title: str) -> None:
    assert drop_site_chrome(glued) == title


@pytest.mark.parametrize(
    "title",
    [
        "关于印发《甲市城市供水管理办法》的通知",
        "甲市人民政府办公室关于加强城市供水管理的通知：",
        "【征求意见稿】甲市城市供水管理办法",
        "水利部:全面建立省市县乡四级河长体系",
        "甲市标准 第1部分:分析方法标准",
        "关于加强信息来源管理的规定",
        "【要闻】甲市召开全市安全生产工作会议",
    ],
)
def test_a_title_with_brackets_or_a_colon_of_its_own_keeps_them(title: str) -> None:
    assert drop_site_chrome(title) == title


def test_a_spam_prefix_before_a_regulation_is_dropped_from_the_page() -> None:
    text = "甲星体育乙足球:甲市二次供水管理办法\n" + _BODY
    assert parse_structure(text).title == "甲市二次供水管理办法"


def test_a_site_tag_before_a_plan_is_dropped_from_the_page() -> None:
    text = "「甲网公告」甲县森林防火应急预案\n1 总则\n1.1 编制目的\n为了做好森林火灾的预防和扑救工作,制定本预案。\n"
    assert parse_structure(text).title == "甲县森林防火应急预案"


def test_a_breadcrumb_under_a_numbered_scrap_is_no_title() -> None:
    text = (
        "1. 关闭\n当前位置: 首页 > 信息发布 > 预警信息 > 应急预案\n甲省森林火灾应急预案\n"
        "1 总则\n1.1 编制目的\n为了做好森林火灾的预防和扑救工作,制定本预案。\n"
    )
    assert parse_structure(text).title == "甲省森林火灾应急预案"


def test_a_dateline_is_no_title() -> None:
    text = "2031年02月05日10:06来源:甲日报\n  近日,甲市召开会议,研究部署安全生产工作。会议强调,要压实责任。\n"
    assert parse_structure(text).title != "2031年02月05日10:06来源:甲日报"


def test_a_genre_field_in_the_pages_table_is_no_title() -> None:
    text = (
        "当前位置: 首页 / 政务公开 / 其他文件\n  • 索引号: 000000/2031-00222\n  • 发布机构: 甲县政府办公室\n"
        "  • 发文字号: 甲政办发〔2031〕20号\n  • 体裁: 通知\n\n甲县人民政府办公室关于印发《甲县中药材产业发展工作方案》的通知\n\n"
        "各乡镇人民政府,县直各部门:\n  现将《甲县中药材产业发展工作方案》印发给你们,请认真贯彻执行。\n"
    )
    doc = parse_structure(text)
    assert doc.notice_title == "甲县人民政府办公室关于印发《甲县中药材产业发展工作方案》的通知"
    assert doc.title == "甲县中药材产业发展工作方案"


@pytest.mark.parametrize(
    ("marked", "title"),
    [
        ("重大沙尘暴灾害应急预案范文(精选6篇)", "重大沙尘暴灾害应急预案"),
        ("2031年甲市制定地方性法规条例最新版全文甲市制定地方性法规条例", "甲市制定地方性法规条例"),
    ],
)
def test_a_sites_count_and_its_doubled_label_are_dropped(marked: str, title: str) -> None:
    assert drop_site_marks(marked) == title
