"""Round 32's issuer conventions D11-D13 (fixtures/field/documents.toml, "Written down in round 32"):

* D11: a body the text names by its level alone (市司法局, 县民政局, 市政府办公室) is the issuer in the fullest form the
  text gives that same body: a contact line, a site's 主办单位 line, a field, a byline naming it with its place. Only a
  naming of that same body counts (not an office whose name holds it), and two places leave it as it stands;
* D12: a site's 发布机构 field naming a body that the document's own cover or signature names with its places: the
  document's own naming;
* D13: the body the lead names as drafting and calling (为…。近日，市司法局起草形成了《X》), completed by D11.

Texts are made up (places 青禾市, 白石县, 南岭镇 invented); the wordings are those of city and county sites.
"""

from parsers.pipeline import parse_bytes
from parsers.structure.place_completion import completed_issuer

_CALL_TAIL = "请于2031年6月30日前将意见反馈至市司法局。\n"


def _issuer(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="doc.txt").issuer


def test_a_call_by_a_bureau_named_by_its_level_takes_the_place_its_address_line_gives() -> None:
    text = (
        "为了规范本市养犬管理，市司法局起草了《青禾市养犬管理办法（征求意见稿）》，现向社会公开征求意见。\n"
        + _CALL_TAIL
        + "通信地址：青禾市北湖路8号青禾市司法局立法科\n"
    )
    assert _issuer(text) == "青禾市司法局"


def test_an_address_ending_in_a_park_before_the_bureau_gives_its_city() -> None:
    text = (
        "为了规范本市养犬管理，市司法局起草了《青禾市养犬管理办法（征求意见稿）》，现向社会公开征求意见。\n"
        + _CALL_TAIL
        + "通信地址：青禾市北湖区团结路民主法治园区青禾市司法局\n"
    )
    assert _issuer(text) == "青禾市司法局"


def test_a_source_line_named_by_its_level_takes_the_site_hosts_full_name() -> None:
    text = (
        "白石县养老服务提升工作方案（征求意见稿）公开征求意见\n"
        "信息来源：县民政局  发布时间：2031-05-01\n"
        "现将《白石县养老服务提升工作方案（征求意见稿）》全文公布，征求社会各界意见。\n"
        "主办单位：白石县民政局  联系电话：1234567\n"
    )
    assert _issuer(text) == "白石县民政局"


def test_a_title_head_office_named_by_its_level_is_completed_from_the_field_in_full() -> None:
    text = (
        "发布机构 青禾市人民政府办公室  文号 青政办发〔2031〕2号\n"
        "市政府办公室关于推进夜间经济发展的实施意见\n"
        "各区人民政府，市政府各部门：\n"
        "为推进夜间经济发展，提出如下意见。\n"
    )
    assert _issuer(text) == "青禾市人民政府办公室"


def test_traditional_characters_are_completed_in_the_texts_own_characters() -> None:
    assert completed_issuer("市司法局", "來源：市司法局\n正文。\n主辦單位：青禾市司法局\n") == "青禾市司法局"


def test_a_joint_issuer_is_completed_body_by_body() -> None:
    text = "來源：天樂市衛生健康委員會\n市衛生健康委 市財政局關于印發X的通知\n"
    assert completed_issuer("市衛生健康委、市財政局", text) == "天樂市衛生健康委員會、市財政局"


def test_a_bureau_named_for_two_cities_is_left_as_named() -> None:
    text = "意见寄至：青禾市司法局立法科。\n抄送：白石市司法局。\n"
    assert completed_issuer("市司法局", text) == "市司法局"


def test_a_place_standing_only_in_an_office_of_the_body_completes_nothing() -> None:
    text = "根据《白石县人民政府办公室关于开展清理工作的通知》要求，县人民政府对规范性文件进行了清理。\n"
    assert completed_issuer("县人民政府", text) == "县人民政府"


def test_the_level_right_after_a_verb_names_no_place() -> None:
    text = "经研究，决定区政府办公室牵头。\n请于6月30日前反馈至市司法局。\n"
    assert completed_issuer("区政府", text) == "区政府"
    assert completed_issuer("市司法局", text) == "市司法局"


def test_a_place_whose_name_holds_a_verb_word_keeps_it() -> None:
    assert completed_issuer("区人民政府", "联系单位：向阳区人民政府\n") == "向阳区人民政府"


def test_a_central_market_regulator_is_no_level() -> None:
    assert completed_issuer("市场监管总局", "登录国家市场监管总局网站\n") == "市场监管总局"
    assert completed_issuer("市場監管總局", "登錄國家市場監管總局網站\n") == "市場監管總局"


def test_a_governments_short_name_is_completed_from_its_full_name() -> None:
    # 市政府 drops the 人民 of 青禾市人民政府: the same body (titles.toml organ_short_names)
    assert completed_issuer("市政府", "联系单位：青禾市人民政府\n") == "青禾市人民政府"
    assert completed_issuer("市政府", "联系单位：青禾市财政局\n") == "市政府"


def test_a_site_field_naming_a_town_gives_way_to_the_covers_full_naming() -> None:
    text = (
        "当前位置：南岭镇 > 政务公开\n"
        "发布机构: 南岭镇\n"
        "青禾市北湖区南岭镇国民经济和社会发展第十五个五年规划纲要\n"
        "青禾市北湖区南岭镇\n"
        "二〇三一年八月\n"
        "前言\n"
        "第一章  发展基础\n"
        "全镇经济稳步增长。\n"
    )
    assert _issuer(text) == "青禾市北湖区南岭镇"


def test_a_purpose_standing_as_its_own_sentence_leaves_the_act_to_the_next() -> None:
    text = (
        "为了进一步保证政府规章的质量，提高立法水平。近日，市司法局起草形成了《青禾市人民政府规章制定程序规定"
        "（修改草案）》。为广泛听取社会公众意见，现公开征求意见。\n"
        "一、通过信函的方式将意见寄至：青禾市司法局立法处。\n"
        "《青禾市人民政府规章制定程序规定（修改草案）》\n"
        "第一条 为了规范规章制定程序，制定本规定。\n"
        "第二条 本规定适用于本市规章的制定。\n"
    )
    assert _issuer(text) == "青禾市司法局"


def test_a_calls_own_signature_comes_before_the_sites_short_field() -> None:
    # the signature's date lost its 年 and 日 (a converter's damage): only the scan for a signature block reads it
    text = (
        "当前位置: 首页 / 政务公开\n"
        "  • 发布机构: 白石县文旅局\n\n"
        "关于征求《白石县民宿管理暂行办法(征求意见稿)》意见的公告\n\n"
        "  • 白石县人民政府\n"
        "  • 发布时间:2031年01月11日\n"
        "  • 来源: 白石县文旅局\n\n"
        "为规范民宿经营行为，我局起草了《白石县民宿管理暂行办法（征求意见稿）》，现公开征求意见。"
        "请于2031年2月1日前将意见反馈我局。\n\n"
        "附件:《白石县民宿管理暂行办法(征求意见稿)》\n\n"
        + " " * 60
        + "白石县文化和旅游局\n\n"
        + " " * 60
        + "20311月11\n\n"
        "白石县民宿管理暂行办法\n\n"
        "(征求意见稿)\n\n"
        "第一章 总则\n\n"
        "第一条 为了规范民宿经营，制定本办法。\n"
    )
    assert _issuer(text) == "白石县文化和旅游局"


def test_a_document_number_in_the_signatures_place_leaves_the_field() -> None:
    text = (
        "  • 发布机构: 白石县文旅局\n\n"
        "关于征求《白石县民宿管理暂行办法(征求意见稿)》意见的公告\n\n"
        "为规范民宿经营行为，我局起草了《白石县民宿管理暂行办法（征求意见稿）》，现公开征求意见。\n\n"
        + " " * 60
        + "白文旅发〔2031〕3号\n\n"
        + " " * 60
        + "20311月11\n\n"
        "白石县民宿管理暂行办法\n\n"
        "第一章 总则\n\n"
        "第一条 为了规范民宿经营，制定本办法。\n"
    )
    assert _issuer(text) == "白石县文旅局"
