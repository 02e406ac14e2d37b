"""A page with pinyin readings after its characters (關(guān)于, a converter's), printed and extracted: the wrap was
made on the text with its readings, so the lines are measured with them, though the structure is read without them
(parsers.structure.pinyin). Texts are made up, in the form of such a page printed to PDF.
"""

from parsers.structure import parse_structure
from scripts.wrapped_compare import hierarchy, sentences

ORIGINAL = [
    "甲省推動低空經濟高(gāo)質量發展行動方案",
    "一、總體目标",
    "低空經濟是指以民用(yòng)有人(rén)駕駛和(hé)無人(rén)駕駛航空器在低空空域内的(de)各類飛(fēi)行活動爲牽引，"
    "輻射帶動相關領域融合發展的(de)綜合經濟形态。發展低空經濟對(duì)于激活立體空間資源、提供高(gāo)效公共服務具有"
    "重要意義。",
    "二、發展目标",
    "到2026年，低空管理(lǐ)機制運轉順暢、基礎設施基本完備、應用(yòng)場(chǎng)景加快(kuài)拓展、創新能力國際"
    "領先、産業規模不斷突破，低空經濟規模超過3000億元。",
]
PRINTED = [
    "甲省推動低空經濟高(gāo)質量發展行動方案",
    "一、總體目标",
    "低空經濟是指以民用(yòng)有人(rén)駕駛和(hé)無人",  # the next reading did not fit: (rén) opens the next line
    "(rén)駕駛航空器在低空空域内的(de)各類飛(fēi)行活動爲",
    "牽引，輻射帶動相關領域融合發展的(de)綜合經濟形态。發展",
    "低空經濟對(duì)于激活立體空間資源、提供高(gāo)效公共",
    "服務具有重要意義。",
    "二、發展目标",
    "到2026年，低空管理(lǐ)機制運轉順暢、基礎設施基本完備、",
    "應用(yòng)場(chǎng)景加快(kuài)拓展、創新能力國際領先、",
    "産業規模不斷突破，低空經濟規模超過3000億元。",
]


def test_a_wrapped_page_with_readings_is_measured_with_them():
    copy, source = (parse_structure("\n".join(lines) + "\n") for lines in (PRINTED, ORIGINAL))
    assert sentences(copy) == sentences(source)
    assert hierarchy(copy) == hierarchy(source)
    assert sentences(copy)[2].startswith("低空經濟是指") and sentences(copy)[2].endswith("形态。")
