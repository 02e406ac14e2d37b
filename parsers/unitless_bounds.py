"""A range whose one bound is written without its unit (处2500以上5000元以下罚款, 处五千以上一万元以下罚款, 处三千元以上一万
以下罚款): the bare number and its after-word (lexicon [ranges] bare_lower_pattern, bare_upper_pattern) make one range with
the amount beside it, the bare bound borrowing that amount's unit and scale, as the first number of a dash range does
(20—100万元). Only an amount bounded the other way joins: a lower bare bound right before an upper bound (以下), an upper
bare bound right after a lower bound (以上), and the two in order (low below high)."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.bounds import Found


def _patterns(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    ranges = lex.section("ranges")
    return (
        re.compile(ranges["bare_lower_pattern"]),
        re.compile(ranges["bare_upper_pattern"]),
        re.compile(ranges["amount_numeral_pattern"]),
    )


def _unit_scale(norm: str, f: Found, numeral: re.Pattern, number_value) -> float | None:
    """What the amount's own numeral is multiplied by to give its yuan (5万元: 10,000; 一万元: 1)."""
    m = numeral.search(norm, f.core_start, f.core_end)
    value = number_value(m.group("n")) if m is not None else None
    bound = f.high if f.kind == "max" else f.low
    if not value or bound is None:
        return None
    return bound / value


def unitless_bounds(found: list[Found], norm: str, lex, number_value) -> list[Found]:
    """``found`` (money, in text order) with an amount and the bare bound beside it made one range."""
    lower, upper, numeral = lex.derived(_patterns)
    out: list[Found] = []
    for f in found:
        if f.kind == "max" and f.after_kind == "max" and (not out or out[-1].end <= f.start):
            m = lower.search(norm, max(0, f.start - 16), f.start)
            scale = _unit_scale(norm, f, numeral, number_value) if m is not None else None
            low = number_value(m.group("n")) if m is not None else None
            if (
                m is not None
                and m.end() == f.start
                and (not out or out[-1].end <= m.start())
                and scale
                and low
                and f.high is not None
                and low * scale < f.high
            ):
                out.append(
                    replace(f, start=m.start(), core_start=m.start("n"), low=low * scale, kind="range")
                )
                continue
        if f.kind == "min" and f.after_kind == "min":
            m = upper.match(norm, f.end)
            scale = _unit_scale(norm, f, numeral, number_value) if m is not None else None
            high = number_value(m.group("n")) if m is not None else None
            if m is not None and scale and high and f.low is not None and high * scale > f.low:
                out.append(replace(f, end=m.end(), core_end=m.end("n"), high=high * scale, kind="range"))
                continue
        out.append(f)
    return out
