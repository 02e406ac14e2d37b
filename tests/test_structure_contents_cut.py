"""Tables of contents of decimal plans as pages store them (round 23): a contents page the stored text ends in,
one cut at its head, one the body follows after prose, and a body that is an excerpt (1 总则 / 1.1 … / prose).
The entries are no headings; the body's headings are, however short the excerpt."""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure

CONTENTS = (
    "1 总则\n1.1 编制目的\n1.2 编制依据\n1.3 适用范围\n2 组织体系\n2.1 指挥机构\n2.2 办事机构\n"
    "3 监测预警\n3.1 监测\n3.2 预警\n4 应急响应\n4.1 分级响应\n4.2 响应结束\n5 附则\n5.1 预案管理\n"
)


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def labels(structure: Structure) -> list[str | None]:
    return [n.label for n in structure.iter_nodes() if n.kind == "outline"]


def test_a_contents_page_the_stored_text_ends_in_is_no_outline():
    assert labels(parse("某县防汛抗旱应急预案\n目录\n" + CONTENTS)) == []


def test_a_contents_page_without_a_heading_line_ending_the_text_is_no_outline():
    """No 目录 line; the last entry cut in the middle (a page that stores the first screen only)."""
    text = "某区地震应急预案\n" + CONTENTS.replace("1 总则", "1. 总则") + "5.2\n"
    assert labels(parse(text)) == []


def test_a_titled_contents_page_ending_the_text_is_no_outline():
    text = "某市森林火灾应急预案\n某市森林火灾应急预案目录\n" + CONTENTS.replace(" ", "")
    assert labels(parse(text)) == []


def test_a_contents_page_followed_by_prose_without_headings_is_no_outline():
    """The body's headings were lost: prose follows the entries, and no entry's label comes again."""
    text = (
        "某街道突发事件总体应急预案\n"
        + CONTENTS
        + "为全面提高街道应对突发事件的能力，保障群众生命财产安全，制定本预案。\n"
        + "本预案适用于街道范围内突发事件的应对工作。\n"
    )
    assert labels(parse(text)) == []


def test_an_excerpt_after_a_contents_page_keeps_its_one_section():
    """目录 / the entries / 1 总则 / 1.1 编制目的 / prose, where the stored text stops: the body is an outline."""
    text = (
        "某县突发环境事件应急预案\n目录\n"
        + CONTENTS
        + "1 总则\n1.1 编制目的\n为规范应急处置工作，制定本预案。\n"
    )
    assert labels(parse(text)) == ["1", "1.1"]


def test_an_excerpt_after_a_titled_contents_page_keeps_its_one_section():
    text = (
        "某区自然灾害救助应急预案\n某区自然灾害救助应急预案目录\n"
        + CONTENTS.replace(" ", "")
        + "1总则\n1.1编制目的\n为健全救助体系，依法有序开展救助工作，制定本预案。\n"
    )
    assert labels(parse(text)) == ["1", "1.1"]


def test_a_contents_page_cut_at_its_head_ends_where_the_numbering_starts_again():
    """目 录 / 2.1 … 5.1 (the first entries lost) / 1. 总 则 / 1.1 …: the body opens at 1."""
    tail = CONTENTS.split("2 组织体系\n", 1)[1]
    text = (
        "某区突发公共事件总体应急预案\n目 录\n2 组织体系\n"
        + tail
        + "1. 总 则\n1.1 编制目的和依据\n为提高处置突发公共事件的能力，制定本预案。\n"
        + "1.2 工作原则\n以人为本，预防为主。\n"
    )
    assert labels(parse(text)) == ["1.", "1.1", "1.2"]


def test_a_contents_list_without_a_heading_line_ends_where_the_numbering_starts_again():
    """The entries, then the body at once: 1.总 则 after 5.1 预案管理, each heading with its text."""
    text = (
        "某县城市供水事故应急预案\n"
        + CONTENTS
        + "1.总 则\n1.1 编制目的\n为做好供水事故应急工作，制定本预案。\n1.2 编制依据\n依据有关法律法规。\n"
    )
    assert labels(parse(text)) == ["1.", "1.1", "1.2"]


def test_a_body_whose_last_headings_have_no_text_stays_an_outline():
    """A few headings in a row with nothing under them (the page cut short) are the body's own."""
    text = (
        "某镇防汛应急预案\n1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n1.2 适用范围\n适用于本镇。\n"
        "2 组织体系\n2.1 指挥机构\n2.2 办事机构\n"
    )
    assert labels(parse(text)) == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


def test_an_excerpt_of_one_section_without_a_contents_page_is_an_outline():
    """Without a contents page one multi-part heading right under its own section is an outline (round 25: the
    field gold counts such excerpts, outline 1); a quantity (1.5亿元) is still no label."""
    text = "某县应急预案\n1 总则\n1.1 编制目的\n为规范应急处置工作，制定本预案。\n"
    assert labels(parse(text)) == ["1", "1.1"]
    assert labels(parse("某县应急预案\n1 总则\n1.5亿元资金用于应急处置。\n")) == []


def chapters(structure: Structure) -> list[str | None]:
    return [n.label for n in structure.iter_nodes() if n.kind == "chapter"]


def articles(structure: Structure) -> list[str | None]:
    return [n.label for n in structure.iter_nodes() if n.kind == "article"]


CHAPTER_LIST = (
    "第一章 总则\n第二章 规划与保护\n第三章 开发利用\n第四章 监督管理\n第五章 法律责任\n第六章 附则\n"
)


def test_a_contents_line_under_a_law_sites_record_fields_is_found():
    """A law database's page: numbered record fields, the act's name and adoption note, then 目录 and the
    chapter list, far below the title; the body opens at 第一章 again."""
    text = (
        "某市水资源保护条例\n1. 【颁布时间】2025-01-01\n2. 【标题】某市水资源保护条例\n3. 【发文号】\n"
        "4. 【失效时间】\n5. 【颁布单位】某市人大常委会\n6. 【法规来源】某市人大网\n7. 【法规全文】\n"
        "某市水资源保护条例\n某市人大常委会\n某市水资源保护条例\n"
        "（2024年10月27日某市第十八届人民代表大会常务委员会第二十次会议通过）\n"
        "目 录\n" + CHAPTER_LIST + "第一章 总则\n第一条 为了保护水资源，制定本条例。\n"
        "第二条 本条例适用于本市行政区域。\n"
    )
    structure = parse(text)
    assert chapters(structure) == ["第一章"]
    assert articles(structure) == ["第一条", "第二条"]


def test_a_contents_line_after_a_long_head_of_site_fields_is_found():
    text = (
        "欢迎访问法规平台\n某县消防条例\n收藏\n下载法规\n我要纠错\n条款摘要\n资料来自公开网络\n"
        "颁布部门：某县人民代表大会常务委员会\n法律效力：地方性法规\n应用分类：消防安全类\n"
        "颁布日期：2024-01-18\n某县消防条例\n（2023年12月28日某县人民代表大会常务委员会通过）\n"
        "目录\n" + CHAPTER_LIST + "第一章 总则\n第一条 为了预防火灾，制定本条例。\n"
    )
    assert chapters(parse(text)) == ["第一章"]


def test_a_plans_contents_of_parts_and_chapters_ending_the_text_is_no_chapters():
    """第一篇 … / 第一章 … / 第一节 …: the contents page of a 规划纲要, the stored page cut after it."""
    text = (
        "某省国民经济和社会发展第十五个五年规划纲要\n目 录\n第一篇 开启现代化建设新征程\n第一章 发展环境\n"
        "第一节 发展基础\n第二节 面临形势\n第二章 总体要求\n第二篇 构建现代产业体系\n第三章 做强先进制造业\n"
        "第四章 发展现代服务业\n第三篇 推进区域协调发展\n第五章 优化国土空间布局\n第\n"
    )
    assert chapters(parse(text)) == []


def test_a_chapter_list_ending_the_text_without_a_contents_line_is_no_chapters():
    text = (
        "某市新型城镇化规划\n第一章 规划背景\n第一节 发展基础\n第二节 面临形势\n第二章 总体要求\n"
        "第一节 指导思想\n第二节 发展目标\n第三章 优化城镇布局\n第一节 建设区域中心城市\n"
    )
    assert chapters(parse(text)) == []


def test_chapters_with_their_articles_to_the_end_stay_chapters():
    text = (
        "某县养犬管理条例\n第一章 总则\n第一条 为了规范养犬行为，制定本条例。\n第二章 登记\n"
        "第二条 养犬应当登记。\n第三章 附则\n第三条 本条例自公布之日起施行。\n"
    )
    assert chapters(parse(text)) == ["第一章", "第二章", "第三章"]


def test_articles_glued_to_the_end_of_the_article_before_are_split():
    """A law site that runs each article on after the last paragraph of the one before (…制定本条例。第二条…)."""
    text = (
        "某州村寨规划建设管理条例\n第一章总 则第一条为了加强村寨规划，制定本条例。第二条本条例适用于自治州。\n"
        "城镇规划区内的村寨，依照有关法律执行。第三条本条例所称村寨，是指农村居民点。第四条村寨规划应当遵循"
        "节约用地的原则。\n"
    )
    structure = parse(text)
    assert chapters(structure) == ["第一章"]
    assert articles(structure) == ["第一条", "第二条", "第三条", "第四条"]


def test_articles_glued_with_a_space_after_the_full_stop_are_split():
    text = (
        "某市殡葬管理办法\n第一条 为了加强殡葬管理，结合本市实际，制定本办法。 第二条 本办法适用于本市行政区域内的殡葬活动。"
        " 第三条 市民政部门主管本市殡葬管理工作。\n"
    )
    assert articles(parse(text)) == ["第一条", "第二条", "第三条"]


def test_an_article_cited_in_a_sentence_is_no_article():
    """Only the next article after a full stop splits: 依照第三条 and 。第九条规定的 (not the next) do not."""
    text = (
        "某县养犬管理办法\n第一条 为了规范养犬，制定本办法。\n第二条 养犬应当登记，依照第三条办理。"
        "第九条规定的登记证由公安机关发放。\n"
    )
    assert articles(parse(text)) == ["第一条", "第二条"]


# ---- round 24: entries written as contents entries (leader dots to a page number, a page field) ----


def kinds(structure: Structure, kind: str) -> int:
    return sum(1 for n in structure.iter_nodes() if n.kind == kind)


def test_chapter_entries_with_leader_dots_are_no_chapters():
    text = (
        "甲乙一体化发展示范区实施方案\n"
        "第一章 总体要求...................................... 4\n"
        "第二章 主要任务和举措................................. 9\n"
        "第三章 保障措施..................................... 28\n"
        "为贯彻落实国家区域协调发展战略，制定本方案。\n"
    )
    assert kinds(parse(text), "chapter") == 0


def test_entries_with_a_page_field_are_no_chapters():
    """A page stores the contents (a word processor's page fields left in) and the preface, not the chapters."""
    text = (
        "甲省乡村振兴战略规划\n目 录\n前 言 PAGEREF _Toc532803019 \\h 1\n"
        "第一章  振兴基础 PAGEREF _Toc532803020 \\h 9\n"
        "第二章  发展环境 PAGEREF _Toc532803021 \\h 14\n"
        "第三章  总体要求 PAGEREF _Toc532803022 \\h 16\n"
        "前 言\n实施乡村振兴战略，是全面建设社会主义现代化国家的重大历史任务。\n"
    )
    assert kinds(parse(text), "chapter") == 0


def test_the_body_after_entries_with_a_page_field_keeps_its_chapters():
    text = (
        "甲省乡村振兴战略规划\n"
        "第一章  振兴基础 PAGEREF _Toc532803020 \\h 9\n"
        "第二章  发展环境 PAGEREF _Toc532803021 \\h 14\n"
        "第三章  总体要求 PAGEREF _Toc532803022 \\h 16\n"
        "第一章 振兴基础\n近年来，全省农业农村发展取得显著成效。\n"
        "第二章 发展环境\n当前，发展面临新的机遇。\n"
    )
    assert kinds(parse(text), "chapter") == 2


def test_decimal_entries_with_leaders_and_no_page_number_are_no_outline():
    text = (
        "某市突发事件总体应急预案\n"
        "1.3事件分类分级.........................................\n"
        "1.4分级应对与响应分级......................................\n"
        "为规范突发事件应对工作，制定本预案。\n"
    )
    assert kinds(parse(text), "outline") == 0


def test_a_heading_ending_with_an_ellipsis_stays_a_heading():
    text = (
        "某市乙管理办法\n第一条 为了加强管理，制定本办法。\n第二条 本办法所称设施，包括道路、桥梁……\n"
        "第三条 市人民政府负责组织实施。\n"
    )
    assert kinds(parse(text), "article") == 3
