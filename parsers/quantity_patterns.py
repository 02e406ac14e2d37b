"""The patterns that find quantities: amounts of money, every form of ratio, and a goal's quantity with its unit,
compiled from parsers/data/lexicon.toml ([money], [ratios], [targets], [qualifiers], [ranges]), with the anchors (cheap
patterns every candidate of a kind contains) that let a text with none skip the kind. Part of parsers.lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.numbers import parse_number
from parsers.patterns import (
    ARABIC,
    CHINESE,
    CN_ANY,
    CN_DIGIT,
    NOT_A_LATER_GROUP,
    NUMBER,
    SPACE,
    WIDE_FIGURES,
    alternation,
    last_chars,
)


@dataclass(frozen=True)
class QuantityPatterns:
    scales: dict[str, float]
    inclusive: str  # the inclusion marks as one alternation (the bound grammar reads it too)
    money: re.Pattern
    money_prefixed: re.Pattern
    percent: re.Pattern
    per_fraction: re.Pattern
    percentage_points: re.Pattern
    tenths: re.Pattern
    discount: re.Pattern
    colon_ratio: re.Pattern
    multiple: re.Pattern
    slash_fraction: re.Pattern
    target_quantity: re.Pattern
    anchors: dict[str, re.Pattern]
    # a unit's symbol, as written and as the normalized text reads it (ｍ２, ｍ2) -> the unit's name (平方米)
    unit_symbols: dict[str, str]
    per_marks: str  # the marks of a unit per another (㎏/亩), as a character class
    per_split: re.Pattern  # per_marks as a splitting pattern that keeps the marks
    symbol_initials: frozenset[str]  # the first characters of unit_symbols' keys

    def unit_named(self, unit: str) -> str:
        """A unit by its name: 300万㎡ counts in 平方米 as 300万平方米 does, 2000㎏/亩 in 千克/亩 (a symbol opening the
        unit names each symbol of it); every other unit as it is (35μg/m3, a concentration, keeps its Latin)."""
        if unit[:1] not in self.symbol_initials:
            return unit  # (no symbol can open it: most units, asked for every goal's figure)
        head, *rest = self.per_split.split(unit)
        if head not in self.unit_symbols:
            return unit
        return "".join(self.unit_symbols.get(piece, piece) for piece in (head, *rest))


def quantity_patterns(raw: dict) -> QuantityPatterns:
    q = raw["qualifiers"]
    money = raw["money"]
    ratios = raw["ratios"]
    targets = raw["targets"]

    scales = {k: float(v) for k, v in money["scales"].items()}
    scale = f"(?:{alternation(scales)})"
    unit = f"(?:{alternation(money['units'])})"
    dash = f"(?:{alternation(raw['ranges']['dashes'])})"
    inclusive = f"(?:{alternation(q['inclusive_marks'])})"
    jiao = alternation(money["jiao"])
    fen = alternation(money["fen"])
    small = f"(?:\\d|[{CN_DIGIT}])"

    more = alternation(money["more_marks"])  # 四百六十多亿元: more than the number, kind min
    money_re = re.compile(
        f"(?P<cur>(?:{alternation(money['currency_prefixes'])}){SPACE})?"
        f"(?:(?P<n1>{NUMBER}){SPACE}(?P<s1>{scale})?{SPACE}(?P<u1>{unit})?{SPACE}(?P<inc1>{inclusive})?{SPACE}"
        f"(?P<dash>{dash}){SPACE})?"
        # 超亿元, 千万元以上, 超万亿元: a scale with no numeral before it counts one of it (an empty n;
        # candidates.py keeps it only after a comparator or before an after-word)
        f"(?P<n>{NUMBER}|(?<![\\d{CN_ANY}])(?=(?:[百千]?[万亿]|万亿){SPACE}{unit}))"
        # the mark of more before the scale (四百六十多亿元) or after it (4亿多元, 300万余元)
        f"(?:{SPACE}(?P<more>{more}))?{SPACE}(?:(?P<s>{scale})(?:{SPACE}(?P<more_scaled>{more}))?)?{SPACE}(?P<u>{unit})"
        f"(?:{SPACE}(?P<jiao>{small}){SPACE}(?:{jiao}))?(?:{SPACE}(?P<fen>{small}){SPACE}(?:{fen}))?"
        f"(?P<suf>{alternation(money['unit_suffixes'])})?"
    )
    money_prefixed = re.compile(
        f"(?P<cur>{alternation(money['currency_prefixes'])}){SPACE}(?P<n>{ARABIC})(?!{SPACE}(?:{scale}|{unit}|\\d))"
    )
    pct = f"(?:{alternation(ratios['percent_signs'] + list(ratios['per_mille_signs']))})"
    arabic = f"(?<!\\d)(?<!\\d[.,，]){NOT_A_LATER_GROUP}{ARABIC}"  # from the start of a digit run only (see NUMBER)
    percent = re.compile(
        f"(?:(?P<n1>{arabic}){SPACE}(?P<p1>{pct})?{SPACE}(?P<dash>{dash}){SPACE})?(?P<n>{arabic}){SPACE}{pct}"
    )
    slash = "".join(re.escape(c) for c in ratios["slash_marks"])
    slash_fraction = re.compile(
        f"(?<![\\d./{slash}])(?P<n>\\d{{1,3}}){SPACE}[{slash}]{SPACE}(?P<den>\\d{{1,3}})(?![\\d.{slash}])"
    )
    # 占总人数百分之二十: 数 and 几 before 百 end a noun there (人数), they are no approximate denominator (数百)
    den = f"(?:[百千万萬仟佰]+|(?![几数]){CHINESE}|\\d+)"
    infix = SPACE.join(re.escape(ch) for ch in ratios["fraction_infix"])  # 分之, also spaced: 百 分 之
    per_fraction = re.compile(
        f"(?P<den>{den}){SPACE}{infix}{SPACE}(?P<n>{NUMBER}|[百佰])(?P<k>{SPACE}[kK])?"
        # 百分之十至三十的比例: the second bound of a range borrows the first's denominator; 百分之五至百分之二十 writes it
        # again (the same one: a range of one kind of share)
        f"(?:{SPACE}{dash}{SPACE}(?:(?P=den){SPACE}{infix}{SPACE})?(?P<n2>{NUMBER})(?=的|之间|以内|以下|给予|比例|[，。；、,;\\s]|\\Z))?"
    )
    points = "".join(f"{re.escape(ch)}{SPACE}" for ch in ratios["percentage_points"]).removesuffix(SPACE)
    points = points.replace(re.escape("个"), "[个個]").replace(re.escape("点"), "[点點]")
    percentage_points = re.compile(
        # 10多个百分点: the mark of more between the number and its unit, as in 四百六十多亿元 (kind min)
        f"(?:(?P<n1>{NUMBER}){SPACE}(?P<dash>{dash}){SPACE})?(?P<n>{NUMBER})(?P<k>[kK])?(?:{SPACE}(?P<more>{more}))?"
        f"{SPACE}{points}"
    )
    tenths = re.compile(f"(?P<n>{NUMBER}|半){SPACE}{re.escape(ratios['tenths_word'])}(?P<half>半)?")
    discount = re.compile(f"(?P<n>{NUMBER}|半|对|對){SPACE}{re.escape(ratios['discount_word'])}")
    colons = "".join(re.escape(c) for c in ratios["ratio_colons"])
    # 2.5:1 and 4比1 / 三点五比一 (a ratio word: a Chinese first term, a second of figures or 一); the separator in group sep
    words = alternation(ratios["ratio_words"])
    word_ends = f"(?=[^\\w]|\\Z|{alternation(ratios['ratio_word_followers'])})"
    colon_ratio = re.compile(
        f"(?<![\\d.])(?P<a>\\d+(?:\\.\\d+)?){SPACE}(?P<sep>[{colons}]){SPACE}(?P<b>\\d+(?:\\.\\d+)?)(?![\\d.])"
        f"|(?<![\\d.{CN_ANY}第])(?P<wa>\\d+(?:\\.\\d+)?|[{CN_DIGIT}十两](?:[{CN_DIGIT}十百两])*(?:点[{CN_DIGIT}]+)?)"
        f"{SPACE}(?P<word>{words}){SPACE}(?P<wb>\\d+(?:\\.\\d+)?(?![\\d.])|一){word_ends}"
    )
    # 二至三倍, 1-3倍: a range of multiples, the first bound written bare (as 10-30% shares its sign)
    multiple = re.compile(
        f"(?:(?P<n1>{NUMBER}){SPACE}(?P<dash>{dash}){SPACE})?(?P<n>{NUMBER})"
        f"(?:{SPACE}(?P<more>{more}))?{SPACE}{re.escape(ratios['multiple_word'])}"  # 30多倍: more than 8000 times
    )

    anchors = {
        # each ends in a single-character class or character: the engine skips to it without trying
        # every position; one scan finds the anchors of every kind (``anchor_hits``)
        "money": re.compile(f"[{last_chars(money['units'] + money['currency_prefixes'])}]"),
        "percent": re.compile(f"[{last_chars(ratios['percent_signs'] + list(ratios['per_mille_signs']))}]"),
        "per_fraction": re.compile(SPACE.join(re.escape(ch) for ch in ratios["fraction_infix"])),
        "percentage_points": re.compile(f"分{SPACE}[点點]"),
        # a numeral right before 成/折/倍, so that 建成, 折旧, 倍增 cost nothing
        "tenths": re.compile(f"[\\d{CN_ANY}半]{SPACE}{re.escape(ratios['tenths_word'])}"),
        "discount": re.compile(f"[\\d{CN_ANY}半对對]{SPACE}{re.escape(ratios['discount_word'])}"),
        "colon_ratio": re.compile(
            f"[\\d{CN_DIGIT}十]{SPACE}[{colons}{''.join(map(re.escape, ratios['ratio_words']))}]"
        ),
        "slash": re.compile(f"\\d{SPACE}[{slash}]"),
        "multiple": re.compile(
            f"[\\d{CN_ANY}{''.join(money['more_marks'])}]{SPACE}{re.escape(ratios['multiple_word'])}"
        ),  # 30多倍: the mark of more may stand right before 倍
    }
    # [targets] unit_symbols: a symbol is read where its unit is, when that unit counts a goal (㎡, not ㎜: a size)
    unit_symbols = {}
    for symbol, name in targets["unit_symbols"].items():
        unit_symbols[symbol] = unit_symbols[symbol.translate(WIDE_FIGURES)] = name
    count_units = list(targets["count_units"])
    count_units += [symbol for symbol, name in unit_symbols.items() if name in count_units]
    currencies = ["元", *targets["goal_currency_units"]]  # 7000美元: a foreign currency counts as 元 does
    money_units = [f"{s}{u}" for s in scales for u in currencies] + currencies
    # 超7成: tenths count in a goal only when a tenths follower (以上, a comma, …) or the end comes next
    tenths_unit = f"{re.escape(ratios['tenths_word'])}(?=(?:{alternation(ratios['tenths_followers'])})|\\Z)"
    # 五千亿规模: an empty unit after 万/亿 that one of these follows is yuan (targets.py reads it so)
    implied_yuan = f"(?<=[万亿])(?=(?:{alternation(targets['implied_money_tails'])}))"
    implied_tails = alternation(targets["implied_money_tails"])
    bare_scaled = alternation(targets["bare_scale_count_units"])
    not_before_noun = f"(?:{alternation(targets['bare_scale_tails'])}|(?![\u4e00-\u9fff]))"
    # 50万贫困群众: an empty unit after 万/亿 before the people counted is a count (targets.py reads group "people")
    implied_count = f"(?<=[万亿])(?P<people>)(?=(?:{alternation(targets['implied_count_heads'])}))"
    # 95立方米/公顷: a count unit per another is one unit; so is yuan per head (劳动生产率达到28万元/人: 280000 元/人)
    per = alternation(count_units + targets["per_unit_times"])
    per_unit = (
        f"(?:{alternation(count_units)}|元)(?:{alternation(targets['per_unit_marks'])})"
        f"(?:{alternation(targets['per_unit_scales'])})?(?:{per})"
    )
    # 比重达到1/3以上: a slash fraction's denominator is the unit of a share (targets.py checks it is a proper one)
    slash_unit = f"[{slash}]{SPACE}\\d{{1,3}}(?![\\d.{slash}])"
    quantity_units = (
        # 控制在4.53‰以内: a per-mille sign is a goal's unit as % is (targets.py divides by its base)
        f"(?:{per_unit}|{alternation(count_units + money_units + ratios['percent_signs'] + list(ratios['per_mille_signs']))}|{tenths_unit}"
        f"|{implied_yuan}|{implied_count}|{targets['per_population_unit_pattern']}|{slash_unit}"
        f"|{targets['bare_level_pattern']})"
    )
    # 2万亿台阶: a level the value is named as, not a count of 台
    level_tails = f"(?:{alternation(targets['level_tails'])})"
    first_units = re.sub(r"\(\?P<\w+>\)", "", quantity_units)  # a range's first bound: each group named once
    target_quantity = re.compile(
        # 2-3个, 15至20家, 1万-2万个: a range; the first bound borrows the second's unit
        f"(?:(?P<n1>{NUMBER}){SPACE}(?P<s1>万亿(?!{SPACE}元)|兆(?!{SPACE}元|[瓦焦帕赫字比位])|万|亿)?{SPACE}(?:{first_units})?{SPACE}(?P<dash>{dash}){SPACE})?"
        # 百项, 千家: a bare 百 or 千 counts in a goal (突破百项前沿关键核心技术, 打造百家领军企业); so does a bare
        # scale of yuan (突破千亿元, 超万亿元: 1000 亿元, 10000 亿元), written as a size too (达万亿规模: implied_yuan), and
        # a bare 亿-scale of a bulk quantity ([targets] bare_scale_count_units: 新增棉花产能百亿斤: 100 亿斤); not of a
        # thing counted (千亿县, 百亿园区 name a class of places), nor a size or quantity before the noun it classes
        # (千亿规模园区, 新增百亿斤油料产能的目标: which things, no value)
        f"(?P<n>{NUMBER}|(?<![{CN_ANY}])[百千](?![{CN_ANY}])|(?<![{CN_ANY}])[十百千万](?=[万亿]{SPACE}元"
        f"|(?:[万亿]{SPACE}(?:{implied_tails})|亿{SPACE}(?:{bare_scaled})){SPACE}{not_before_noun}))"
        # 1.4万亿斤: a count's scale may be 万亿, or 兆 as Taiwan writes it (1.4 兆斤; not the prefix of 兆瓦, 兆帕 …); money
        # keeps 万 + 亿元, as its unit holds the 亿
        # 1万余人: the mark of more may follow the scale as well
        f"(?:{SPACE}(?P<more>{more}))?{SPACE}(?P<s>万亿(?!{SPACE}元)|兆(?!{SPACE}元|[瓦焦帕赫字比位])|万|亿)?"
        f"(?:(?<=[万亿兆])(?P<more_scaled>{more}))?{SPACE}(?!{level_tails})(?P<u>{quantity_units})"
    )

    return QuantityPatterns(
        scales=scales,
        inclusive=inclusive,
        money=money_re,
        money_prefixed=money_prefixed,
        percent=percent,
        per_fraction=per_fraction,
        percentage_points=percentage_points,
        tenths=tenths,
        discount=discount,
        colon_ratio=colon_ratio,
        multiple=multiple,
        slash_fraction=slash_fraction,
        target_quantity=target_quantity,
        anchors=anchors,
        unit_symbols=unit_symbols,
        per_marks="".join(map(re.escape, targets["per_unit_marks"])),
        per_split=re.compile(f"([{''.join(map(re.escape, targets['per_unit_marks']))}])"),
        symbol_initials=frozenset(symbol[0] for symbol in unit_symbols if symbol),
    )


def ratio_terms(m: re.Match) -> tuple[float, float, int, int]:
    """The two terms of a ``colon_ratio`` match (2.5:1, 三点五比一) and where each starts."""
    if m.group("a") is not None:
        return float(m.group("a")), float(m.group("b")), m.start("a"), m.start("b")
    return (
        float(parse_number(m.group("wa"))),
        float(parse_number(m.group("wb"))),
        m.start("wa"),
        m.start("wb"),
    )
