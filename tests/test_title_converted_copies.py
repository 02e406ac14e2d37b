"""Titles of converted and reprinted copies (round 31): a reading a converter wrote after a character that a hard wrap
moved to the next line, a wrapped title's first line printed again on the issued document's page, and a lead
sentence quoting the covering notice's own title. Texts written for these tests."""

from parsers.structure import parse_structure
from parsers.structure.fold import fold
from parsers.structure.lines import split_lines
from parsers.structure.page_marks import print_furniture
from parsers.structure.pinyin import strip_pinyin
from parsers.structure.title_group import closes_unopened

# a glossed traditional copy as PDF extraction leaves it: the title breaks between 補 and its reading
WRAPPED_GLOSSES = (
    "甲市漁業(yè)設施更新改造補\n"
    "(bǔ)助辦法\n"
    "甲市農業(yè)農村局關(guān)于印發(fā)《甲市漁業(yè)設施更新改造補\n"
    "(bǔ)助辦法》的通知\n"
    "各區農業(yè)農村局:\n"
    "現(xiàn)將《甲市漁業(yè)設施更新改造補(bǔ)助辦法》印發(fā)給你們,請認真執行。\n"
    "甲市農業(yè)農村局\n"
    "2031年3月2日\n"
    "—1—\n"
    "\n"
    "甲市漁業(yè)設施更新改造補\n"
    "(bǔ)助辦法\n"
    "第一條 為規範漁業(yè)設施更新改造補(bǔ)助資金管理,制定本辦法。\n"
    "第二條 本辦法適用于本市行政區域。\n"
    "—2—\n"
)


def test_reading_at_a_wrapped_line_start_is_read_past():
    found = strip_pinyin(WRAPPED_GLOSSES)
    assert found is not None
    assert "(bǔ)" not in found.compact
    assert found.compact.startswith("甲市漁業設施更新改造補\n助辦法\n")


def test_wrapped_glossed_title_is_whole_with_its_readings():
    s = parse_structure(WRAPPED_GLOSSES)
    assert s.title == "甲市漁業(yè)設施更新改造補(bǔ)助辦法"
    assert (
        s.notice_title == "甲市農業(yè)農村局關(guān)于印發(fā)《甲市漁業(yè)設施更新改造補(bǔ)助辦法》的通知"
    )


# the same layout in simplified characters: the title's first line stands at the text's top and again under the
# first page's mark, each time over the same second line
TITLE_PRINTED_TWICE = (
    "乙县城乡供水设施运行维护资金\n"
    "管理办法\n"
    "乙县人民政府办公室关于印发乙县城乡供水设施运行维护资金管理办法的通知\n"
    "各乡镇人民政府:\n"
    "现将《乙县城乡供水设施运行维护资金管理办法》印发给你们,请遵照执行。\n"
    "乙县人民政府办公室\n"
    "2032年5月6日\n"
    "—1—\n"
    "\n"
    "乙县城乡供水设施运行维护资金\n"
    "管理办法\n"
    "第一条 为加强供水设施运行维护资金管理,制定本办法。\n"
    "第二条 本办法所称资金,是指县财政安排的专项资金。\n"
    "—2—\n"
)


def test_title_head_printed_twice_is_no_running_header():
    lines = split_lines(TITLE_PRINTED_TWICE)
    marked = {lines[i].content for i in print_furniture(TITLE_PRINTED_TWICE, lines)}
    assert "乙县城乡供水设施运行维护资金" not in marked
    assert "—1—" in marked


def test_title_printed_twice_over_notice_and_document():
    s = parse_structure(TITLE_PRINTED_TWICE)
    assert s.title == "乙县城乡供水设施运行维护资金管理办法"
    assert s.notice_title == "乙县人民政府办公室关于印发乙县城乡供水设施运行维护资金管理办法的通知"


def test_running_header_over_different_lines_is_still_one():
    text = (
        "丙市人民政府公报\n"
        "第一条 为规范公报编辑工作,制定本规定。\n"
        "—1—\n"
        "丙市人民政府公报\n"
        "第二条 公报每月出版一期。\n"
        "—2—\n"
    )
    lines = split_lines(text)
    marked = {lines[i].content for i in print_furniture(text, lines)}
    assert "丙市人民政府公报" in marked


# a reprint page: the notice's title as headline, a news lead quoting that title, then the notice and its plan
LEAD_QUOTES_THE_NOTICE = (
    "丁省人民政府办公厅关于印发丁省海岸带生态修复规划的通知\n"
    "来源:丁省人民政府网 发布时间:2033/04/08\n"
    "近日,丁省人民政府办公厅发布《关于印发丁省海岸带生态修复规划的通知》,提出到2035年,初步形成陆海统筹的海岸带保护格局。\n"
    "丁省人民政府办公厅关于印发丁省海岸带生态修复规划的通知\n"
    "丁政办发〔2033〕12号\n"
    "各市人民政府,省政府各部门:\n"
    "《丁省海岸带生态修复规划》已经省人民政府同意,现印发给你们,请认真贯彻执行。\n"
    "丁省人民政府办公厅\n"
    "2033年3月30日\n"
    "丁省海岸带生态修复规划\n"
    "海岸带是陆地与海洋相互作用的地带,是全省生态安全的重要屏障。\n"
)


def test_lead_quoting_the_notice_names_no_second_document():
    s = parse_structure(LEAD_QUOTES_THE_NOTICE)
    assert s.title == "丁省海岸带生态修复规划"
    assert s.notice_title == "丁省人民政府办公厅关于印发丁省海岸带生态修复规划的通知"


def test_lead_quoting_another_notice_is_still_read():
    # the covering sentence names the document; a lead quoting a different notice (the one it replaces) is a
    # citation, and the document's own heading still stands under the notice
    text = LEAD_QUOTES_THE_NOTICE.replace(
        "近日,丁省人民政府办公厅发布《关于印发丁省海岸带生态修复规划的通知》",
        "近日,丁省人民政府办公厅发布新规划,替代《关于印发丁省海岸带保护规划的通知》",
    )
    s = parse_structure(text)
    assert s.title == "丁省海岸带生态修复规划"


# a printed page: the page's 标题 field and the notice's own title both broken inside the edition's bracket
FIELD_BROKEN_IN_BRACKET = (
    "当前位置:首页 > 政府信息公开 > 政府文件\n"
    "发文单位:戊县人民政府成文日期:2034年06月02日\n"
    "标 题:戊县人民政府关于印发戊县农村生活污水治理设施运维方案(2034\n"
    "年修订版)的通知\n"
    "发文字号:戊政规〔2034〕2号发布日期:2034年06月02日\n"
    "戊县人民政府关于印发戊县农村生活污水治理设施运维方案(2034年修订\n"
    "版)的通知\n"
    "2034-06-02 09:00 来源:戊县人民政府\n"
    "各乡镇人民政府,县人民政府各工作部门:\n"
    "现将《戊县农村生活污水治理设施运维方案(2034年修订版)》印发给你们,请认真贯彻落实。\n"
    "戊县人民政府\n"
    "2034年6月2日\n"
)


def test_line_closing_an_unopened_bracket_starts_no_title():
    s = parse_structure(FIELD_BROKEN_IN_BRACKET)
    assert s.title == "戊县农村生活污水治理设施运维方案(2034年修订版)"
    assert s.notice_title == "戊县人民政府关于印发戊县农村生活污水治理设施运维方案(2034年修订版)的通知"


def test_closes_unopened():
    assert closes_unopened("年修订版)的通知")
    assert closes_unopened("实施意见》的通知")
    assert not closes_unopened("关于印发《甲县X方案(2034年修订版)》的通知")
    # a converter's reading whose opening bracket a garbled copy lost is no name's bracket
    assert not closes_unopened("关于转发《甲市防空警报试?guó)Q方案》的通知")
    # a line with no closing mark closes nothing, whatever it opens; each closing mark is seen
    assert not closes_unopened("关于印发《乙县河道保洁（试行")
    assert closes_unopened("办法〉的通知") and closes_unopened("2035年）")


def test_traditional_forms_a_converter_writes_fold_to_simplified():
    # forms the table lacked before round 31 (冬蟲夏草, 秸稈, 殯葬, 駕駛, 輿情, 防禦, 註冊 …): a title's words in a
    # converted copy read as the simplified words the rules and the lexicon hold
    assert fold("冬蟲夏草採集管理辦法") == "冬虫夏草采集管理办法"
    assert fold("秸稈綜合利用和殯葬改革實施方案") == "秸秆综合利用和殡葬改革实施方案"
    assert fold("機動車駕駛人輿情應對和防禦註冊細則") == "机动车驾驶人舆情应对和防御注册细则"
    assert fold("彙編週報啓動綫上羣眾") == "汇编周报启动线上群众"
