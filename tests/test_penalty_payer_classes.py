"""Who pays a fine, by its class: 单位 or 个人 (round 35, money47).

The conventions give a fine's recipient as the class that 对单位/对个人 names. A payer phrase that ends in a class word
(对责任单位处…, 对用人单位处…) or opens with one before a short role noun (对单位用户可以处…, 对个人饲养人处…) is that class,
whatever the script (對個人處… -> 个人); a fine with no 对 phrase whose clause names one class as its subject (（一）单位燃放…
的，处…罚款; 有违规行为的单位将被处以…，个人处以…) is that class. Any other payer stays as written.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "payer"),
    [
        (
            "逾期不改正的，对单位用户可以处五千元以上三万元以下罚款，对个人用户可以处一百元以上五百元以下罚款。",
            "五千元以上三万元以下",
            "单位",
        ),
        (
            "逾期不改正的，对单位用户可以处五千元以上三万元以下罚款，对个人用户可以处一百元以上五百元以下罚款。",
            "一百元以上五百元以下",
            "个人",
        ),
        (
            "拒不改正的，對單位飼養人處3000元以上20000元以下罰款;對個人飼養人處200元以上2000元以下罰款。",
            "3000元以上20000元以下",
            "单位",
        ),
        (
            "拒不改正的，對單位飼養人處3000元以上20000元以下罰款;對個人飼養人處200元以上2000元以下罰款。",
            "200元以上2000元以下",
            "个人",
        ),
        ("逾期未办理的，對個人處500元罰款,對單位處3000元罰款。", "500元", "个人"),
        (
            "未经许可举办焰火晚会的，由公安机关对责任单位处二万元以上八万元以下罚款。",
            "二万元以上八万元以下",
            "单位",
        ),
        (
            "拒不履行处理决定的，可以对用人单位处以三千元以上三万元以下的罚款。",
            "三千元以上三万元以下",
            "单位",
        ),
        ("违反第五条规定的，对组织可以并处二万元以上二十万元以下的罚款。", "二万元以上二十万元以下", "单位"),
    ],
)
def test_a_payer_phrase_naming_a_class_is_that_class(text, surface, payer):
    assert money_of(text)[surface].recipient == payer


@pytest.mark.parametrize(
    ("text", "surface", "payer"),
    [
        ("（一）单位违规燃放孔明灯的，处一千元以上五千元以下罚款；", "一千元以上五千元以下", "单位"),
        ("个人：处一百元以上三百元以下罚款。", "一百元以上三百元以下", "个人"),
        ("有违规行为的单位将被处以2000-20000元罚款,个人处以200-2000元罚款。", "2000-20000元", "单位"),
        ("有违规行为的单位将被处以2000-20000元罚款,个人处以200-2000元罚款。", "200-2000元", "个人"),
    ],
)
def test_a_class_named_as_the_subject_of_a_fine_is_its_payer(text, surface, payer):
    assert money_of(text)[surface].recipient == payer


@pytest.mark.parametrize(
    ("text", "surface", "payer"),
    [
        # two payers in one phrase, or a person the unit owns, or a payer of no class: as written or none
        ("对单位和个人处五百元罚款。", "五百元", "单位和个人"),
        (
            "对主管人员和其他直接责任人员处一千元以上五千元以下的罚款。",
            "一千元以上五千元以下",
            "主管人员和其他直接责任人员",
        ),
        (
            "擅自砍伐林木的单位和个人，由林业部门处以三百元以上三千元以下的罚款。",
            "三百元以上三千元以下",
            None,
        ),
        (
            "违反规定的单位直接责任人，由主管部门处以一百元以上一千元以下的罚款。",
            "一百元以上一千元以下",
            None,
        ),
    ],
)
def test_no_class_where_the_payer_is_not_one_class(text, surface, payer):
    assert money_of(text)[surface].recipient == payer
