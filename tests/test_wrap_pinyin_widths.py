"""A page with pinyin readings after its characters (關(guān)于, a converter's), printed and extracted: the wrap was
made on the text with its readings, so the lines are measured with them, though the structure is read without them
(parsers.structure.pinyin). Texts are made up, in the form of such a page printed to PDF.
"""

from parsers.structure import parse_structure
from scripts.wrapped_compare import hierarchy, sentences

ORIGINAL = [
    "乙市推進智慧農業高(gāo)質量發展實施方案",
    "一、總體要求",
    "智慧農業是指以物(wù)聯網、大(dà)數據、雲計算和(hé)人(rén)工智能等新一代信息技術爲支撐，貫穿種植、養殖、加工和(hé)"
    "流通各環節的(de)現代農業形态。發展智慧農業對(duì)于提高土地産出率、降低(dī)生産成本具有重要支撐和引領作用。",
    "二、主要目标",
    "到2030年，農業數據(jù)采集體系基本健全、農機作業監測全面覆蓋、應用(yòng)場(chǎng)景持續(xù)豐富、技術水平全國"
    "領先、産業規模穩步擴大，智慧農業産值超過500億元。",
]
PRINTED = [
    "乙市推進智慧農業高(gāo)質量發展實施方案",
    "一、總體要求",
    "智慧農業是指以物(wù)聯網、大(dà)數據、雲計算和(hé)人",  # the next reading did not fit: (rén) opens the next line
    "(rén)工智能等新一代信息技術爲支撐，貫穿種植、養殖、加",
    "工和(hé)流通各環節的(de)現代農業形态。發展智慧農業對",
    "(duì)于提高土地産出率、降低(dī)生産成本具有重要支撐和",
    "引領作用。",
    "二、主要目标",
    "到2030年，農業數據(jù)采集體系基本健全、農機作業監測全",
    "面覆蓋、應用(yòng)場(chǎng)景持續(xù)豐富、技術水平全",
    "國領先、産業規模穩步擴大，智慧農業産值超過500億元。",
]


def test_a_wrapped_page_with_readings_is_measured_with_them():
    copy, source = (parse_structure("\n".join(lines) + "\n") for lines in (PRINTED, ORIGINAL))
    assert sentences(copy) == sentences(source)
    assert hierarchy(copy) == hierarchy(source)
    assert sentences(copy)[2].startswith("智慧農業是指") and sentences(copy)[2].endswith("形态。")
