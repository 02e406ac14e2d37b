"""Issuer readings written in round 36 from the opened half of the field validation (classes of layout, texts made
up): a law library's 颁布机构 field; …

Texts are made up (甲省, 乙市, 丙县); the forms are those of law libraries and government pages.
"""

import pytest

from parsers.pipeline import parse_bytes
from parsers.structure import parse_structure
from parsers.structure.organ_names import organs_named
from parsers.structure.place_completion import completed_issuer

_ARTICLES = "第一条 为了加强草原防火管理，制定本规定。\n第二条 本规定自发布之日起施行。\n"


@pytest.mark.parametrize(
    "field",
    [
        "| 颁布机构: | 甲省林业厅 |",
        "颁布机构:甲省林业厅",
        "颁布机构：甲省林业厅    生效日期：2031-05-11",
    ],
)
def test_a_law_librarys_promulgating_body_field_names_the_issuer(field: str) -> None:
    doc = parse_structure(f"甲省草原防火规定\n{field}\n| 生效状态: | 在用 |\n甲省草原防火规定\n{_ARTICLES}")
    assert doc.issuer == "甲省林业厅"


def test_a_promulgating_body_field_naming_no_organ_gives_none() -> None:
    doc = parse_structure(f"甲省草原防火规定\n颁布机构:详见正文\n{_ARTICLES}")
    assert doc.issuer is None


_PROMULGATED = (
    "《乙市节约用水条例》已由乙市第九届人民代表大会常务委员会第十二次会议于2031年10月30日制定，经甲省第十届人民代表大会"
    "常务委员会第三十二次会议于2031年11月30日批准，现予公布，自2032年3月1日起施行。"
)
_NOTE = (
    "(2031年10月30日乙市第九届人民代表大会常务委员会第十二次会议制定，"
    "2031年11月30日甲省第十届人民代表大会常务委员会第三十二次会议批准)"
)
_LAW = "第一章 总则\n第一条 为了节约用水，制定本条例。\n第二条 本条例自公布之日起施行。\n"


def test_a_summary_sentence_over_the_signed_announcement_gives_the_signature() -> None:
    """A page prints the promulgating sentence as its summary, then the 公告 (header with its term, number, the sentence,
    the signature without the term): the signature is the issuer (round 23), not the header's term form."""
    doc = parse_structure(
        f"{_PROMULGATED}\n基本信息,条例,条例的说明\n基本信息\n乙市第九届人民代表大会常务委员会公告\n第12号\n"
        f"{_PROMULGATED}\n乙市人民代表大会常务委员会\n2031年12月7日\n节约用水条例\n{_NOTE}\n{_LAW}"
    )
    assert doc.issuer == "乙市人民代表大会常务委员会"


def test_an_unsigned_summary_sentence_alone_still_gives_the_header() -> None:
    doc = parse_structure(
        f"{_PROMULGATED}\n基本信息\n乙市第九届人民代表大会常务委员会公告\n第12号\n节约用水条例\n{_NOTE}\n{_LAW}"
    )
    assert doc.issuer == "乙市第九届人民代表大会常务委员会"


_REPORT_REST = "征求意见稿共五章三十条，对备案范围、审查程序作了规定。\n市民可在网上查看全文并提出意见。\n"


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        (
            "为推进法治政府建设，甲省司法厅近日发布《甲省规范性文件备案办法（草案征求意见稿）》，向社会公开征求意见。",
            "甲省司法厅",
        ),
        (
            "乙网4月9日讯 自下月1日起，乙市文化旅游局将向全社会公开征集城市宣传口号，欢迎市民提出建议。",
            "乙市文化旅游局",
        ),
        ("为了听取民意，丙县民政局面向社会公开征集地名命名建议。", "丙县民政局"),
    ],
)
def test_a_reported_call_after_its_purpose_or_its_day_names_the_calling_body(lead: str, issuer: str) -> None:
    """Round 28 (and review29's addition): a page reporting a call names the calling body in its lead, also when the
    sentence opens on the call's purpose (为推进X，) or on the day it starts (自下月1日起，)."""
    doc = parse_bytes(f"甲地公开征求意见\n{lead}\n{_REPORT_REST}".encode(), name="report.txt")
    assert doc.issuer == issuer


def test_a_drafter_named_after_a_plan_of_work_is_still_no_issuer() -> None:
    """根据X安排，乙局起草了《Y（送审稿）》，报请市人民政府审议: the drafter of a text another body puts out (round 13)."""
    lead = (
        "根据市人民政府立法工作安排，丁区人民政府起草了《丁区条例（送审稿）》，报请市人民政府审议。"
        "为了增强立法的公开性，现将送审稿公布，公开征求意见。"
    )
    doc = parse_bytes(
        f"{lead}\n在此期间，欢迎社会各界提出意见建议。\n2031年5月28日\n".encode(), name="call.txt"
    )
    assert doc.issuer is None


@pytest.mark.parametrize("short", ["（以下简称省局）", "（下称省局）", "(简称省局)"])
def test_a_lead_handing_over_the_text_names_its_body_past_the_short_name_it_gives(short: str) -> None:
    """D16: a lead that hands the document's text over names its issuer; the short name the lead gives the body in
    brackets (（以下简称总局）, titles.toml short_name_leads) is no part of the body's name."""
    text = (
        f"甲省体育局{short}近日印发了《甲省游泳运动发展规划》（以下简称《规划》），提出十项主要任务。\n"
        "以下是《规划》全文\n甲省游泳运动发展规划\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n"
        "二、主要任务\n（一）举办游泳运动活动。\n"
    )
    assert parse_bytes(text.encode(), name="page.txt").issuer == "甲省体育局"


@pytest.mark.parametrize(
    ("named", "organs"),
    [
        ("农业部全国草原监测工作办公室", ["农业部全国草原监测工作办公室"]),
        ("中共中央办公厅国务院办公厅", ["中共中央办公厅", "国务院办公厅"]),
        ("国务院中央军委", ["国务院", "中央军委"]),
    ],
)
def test_a_national_working_bodys_office_stays_one_with_its_ministry(named: str, organs: list[str]) -> None:
    assert organs_named(named) == organs


def test_a_notice_of_a_ministrys_national_office_has_one_issuer() -> None:
    doc = parse_structure(
        "农业部全国草原监测工作办公室关于印发《草原监测管理试行办法》的通知\n（农草监〔2031〕1号）\n"
        "各省、自治区、直辖市农业厅（局）：\n现将《草原监测管理试行办法》印发给你们，请参照执行。\n"
        f"二〇三一年十二月七日\n草原监测管理试行办法\n{_ARTICLES}"
    )
    assert doc.issuer == "农业部全国草原监测工作办公室"


def test_a_bureaus_own_emergency_plan_names_it_at_the_titles_head() -> None:
    doc = parse_structure(
        "甲省档案局档案安全突发事件应急预案\n一、总则\n为了加强对档案的保护，制定本预案。\n"
        "（一）预防为主。\n（二）依法管理。\n二、组织体系\n（一）领导机构。\n"
    )
    assert doc.issuer == "甲省档案局"


def test_a_plan_whose_title_opens_on_no_organ_names_none() -> None:
    doc = parse_structure(
        "档案安全突发事件应急预案\n一、总则\n为了加强对档案的保护，制定本预案。\n（一）预防为主。\n二、组织体系\n"
    )
    assert doc.issuer is None


def test_a_body_the_rules_say_others_answer_to_is_no_second_place() -> None:
    """D11: the signature 省X委员会 completed by the issued rules' title (白石省X委员会所属协会管理办法); the rules'
    接受省X委员会的监督 names the same body after a verb, no place 接受."""
    text = (
        "关于印发《白石省发展和改革委员会所属协会管理办法》的通知\n各处室：\n"
        "《白石省发展和改革委员会所属协会管理办法》已经审议通过，现印发给你们，请认真遵照执行。\n"
        "省发展和改革委员会\n2031年7月17日\n白石省发展和改革委员会所属协会管理办法\n第一章 总则\n"
        "第一条 为加强省发展和改革委员会所属协会的监督管理，制定本办法。\n"
        "第二条 协会应当依照章程管理内部事务，接受省发展和改革委员会的监督管理。\n"
    )
    assert parse_bytes(text.encode(), name="notice.txt").issuer == "白石省发展和改革委员会"


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("2031年3月5日,甲部、乙部、丙部、丁部", "甲部、乙部、丙部、丁部"),
        (
            "2031年3月5日，白石省人力资源厅、白石省商务厅",
            "白石省人力资源厅、白石省商务厅",
        ),
    ],
)
def test_a_law_librarys_dated_issuer_line_under_the_title(line: str, issuer: str) -> None:
    doc = parse_structure(
        f"关于颁发《境外专家聘用管理规定》的通知\n\n{line}\n\n各省、自治区、直辖市人事厅（局）：\n"
        "现将《境外专家聘用管理规定》颁发给你们，请遵照执行。\n境外专家聘用管理规定\n"
        "第一条 为了加强境外专家聘用的管理，制定本规定。\n第二条 本规定自发布之日起施行。\n"
    )
    assert doc.issuer == issuer


def test_a_date_alone_under_the_title_names_no_issuer() -> None:
    doc = parse_structure(
        "关于颁发《境外专家聘用管理规定》的通知\n\n2031年3月5日\n\n各省、自治区、直辖市人事厅（局）：\n"
        "现将《境外专家聘用管理规定》颁发给你们，请遵照执行。\n境外专家聘用管理规定\n"
        "第一条 为了加强境外专家聘用的管理，制定本规定。\n"
    )
    assert doc.issuer is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "甲办法\n(2031年6月6日白石市人民政府第9号发布 2032年8月18日白石市人民政府第21号修订)\n",
            "白石市人民政府",
        ),
        ("日照市人民政府\n第一条 为了规范管理，制定本办法。\n", "日照市人民政府"),
        ("日喀则市人民政府\n第一条 为了规范管理，制定本办法。\n", "日喀则市人民政府"),
    ],
)
def test_a_dates_day_before_a_place_is_no_part_of_it(text: str, issuer: str) -> None:
    """D11: 市人民政府 completed from 2032年8月18日白石市人民政府 is 白石市人民政府, not 日白石市…; a place opening
    with 日 keeps it."""
    assert completed_issuer("市人民政府", text) == issuer


_PUBLISHED_BY = (
    "《白石市游泳场所管理办法》已经2031年4月8日{body}第5次常务会议讨论通过，现予公布，自2031年5月1日起施行。"
)
_RULES = "第一条 为了加强游泳场所管理，制定本办法。\n第二条 本办法自2031年5月1日起施行。\n"


@pytest.mark.parametrize(
    ("body", "issuer"),
    [("市人民政府", "市人民政府"), ("白石市人民政府", "白石市人民政府"), ("青禾省教育厅", "青禾省教育厅")],
)
def test_the_publishing_sentence_names_the_adopting_body(body: str, issuer: str) -> None:
    """D17: with no header, signature or field, the body whose meeting adopted the text and that publishes it (现予公布)
    is the issuer, as the sentence names it (the place in the text's own title completes nothing)."""
    text = f"白石市游泳场所管理办法\n{_PUBLISHED_BY.format(body=body)}\n{_RULES}"
    assert parse_bytes(text.encode(), name="rules.txt").issuer == issuer


def test_a_congress_publishing_sentence_is_left_to_the_congress_readers() -> None:
    sentence = _PUBLISHED_BY.format(body="白石市第十届人民代表大会常务委员会").replace("常务会议讨论", "会议")
    text = f"白石市游泳场所管理办法\n{sentence}\n{_RULES}"
    # the congress's readers: its term kept, its session dropped (documents.toml header)
    assert parse_bytes(text.encode(), name="rules.txt").issuer == "白石市第十届人民代表大会常务委员会"


def test_a_title_head_comes_before_the_publishing_sentence() -> None:
    text = (
        "白石市人民政府关于调整部分规章的决定\n"
        "《白石市人民政府关于调整部分规章的决定》已于2031年6月2日经市十五届人民政府第12次常务会议审议通过，现予公布。\n"
        f"{_RULES}"
    )
    assert parse_bytes(text.encode(), name="rules.txt").issuer == "白石市人民政府"


@pytest.mark.parametrize("act", ["审议批准，现予颁布", "表决通过，现予发布"])
def test_the_publishing_sentence_reads_the_tables_of_adopting_and_publishing(act: str) -> None:
    """review41 S10: the sentence's verbs are titles.toml deliberation_verbs and adoption_verbs and covering's
    publishing words, not a list of its own (批准, 表决, 颁布 as 通过, 审议, 公布)."""
    sentence = _PUBLISHED_BY.format(body="白石市人民政府").replace("讨论通过，现予公布", act)
    text = f"白石市游泳场所管理办法\n{sentence}\n{_RULES}"
    assert parse_bytes(text.encode(), name="rules.txt").issuer == "白石市人民政府"
