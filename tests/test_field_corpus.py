"""The field corpus's annotation file and the scorer behind scripts/eval_documents.py.

These check that fixtures/field/documents.toml is well formed and that the scorer scores small hand-made
cases right; the parser itself is measured by running the script (fixtures/field/BASELINE.md).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_scorer():
    spec = importlib.util.spec_from_file_location(
        "zhengce_eval_documents", ROOT / "scripts" / "eval_documents.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


ed = _load_scorer()


@functools.cache
def _annotations() -> tuple:
    """Every annotation, read and checked once per test process (the checks of each set read them all)."""
    return tuple(ed.load_annotations())


def gold(**fields):
    values = {
        "file": "dev/x.txt",
        "split": "dev",
        "kind": "notice_one",
        "title": "",
        "status": "",
        "notice_title": "",
        "issuer": "",
        "doc_number": "",
        "counts": dict.fromkeys(ed.COUNT_KINDS, 0),
    }
    values.update(fields)
    values["counts"] = {**dict.fromkeys(ed.COUNT_KINDS, 0), **values["counts"]}
    return ed.Annotation(**values)


def node(kind, label=None, children=()):
    return SimpleNamespace(kind=kind, label=label, children=list(children))


# ---- the corpus itself ---------------------------------------------------------------------------


def test_the_annotation_file_is_well_formed_and_every_file_exists():
    annotations = _annotations()
    assert len(annotations) >= 60
    splits = Counter(a.split for a in annotations)
    assert set(splits) == set(ed.SPLITS)  # every split holds documents (SPLITS itself is pinned below)
    assert 0.5 <= splits["dev"] / (splits["dev"] + splits["heldout"]) <= 0.7
    assert splits["heldout2"] >= 25  # the held-out set of round 3
    assert splits["heldout3"] >= 25  # annotated by reading during round 4, never run
    assert splits["heldout4"] >= 20  # annotated by reading during round 5, never run
    assert splits["heldout5"] >= 20  # annotated by reading when heldout4 became spent, never run
    assert splits["heldout6"] >= 20  # annotated by reading after heldout5 was scored, never run
    assert splits["heldout7"] >= 25  # annotated by reading when heldout6 became spent, never run
    assert splits["heldout8"] >= 25  # annotated by reading after heldout6 became spent, never run
    assert splits["heldout9"] >= 20  # annotated by reading after heldout8 was scored, never run
    assert splits["heldout10"] >= 15  # annotated by reading after heldout9 was scored, never run
    assert splits["heldout11"] >= 25  # annotated by reading when heldout10 became spent, never run
    assert splits["heldout12"] >= 25  # annotated by reading when heldout10 became spent (wave 2), never run
    assert splits["heldout13"] >= 25  # annotated by reading when heldout12 became spent (wave 3), never run
    assert splits["heldout14"] >= 22  # annotated by reading when heldout13 became spent (wave 4), never run
    assert splits["heldout15"] >= 30  # annotated by reading when heldout14 became spent (round 7), never run
    assert splits["heldout16"] >= 26  # annotated by reading when heldout14 became spent (round 7), never run
    assert splits["heldout17"] >= 27  # annotated by reading in round 7 wave 2 (heldout15/16 spent), never run
    assert splits["heldout18"] >= 32  # annotated by reading in round 7 wave 2, never run
    assert splits["heldout19"] >= 31  # annotated by reading in round 7 wave 3 (heldout17/18 spent), never run
    assert splits["heldout20"] >= 30  # annotated by reading in round 7 wave 3 (heldout17/18 spent), never run
    assert splits["heldout21"] >= 26  # annotated by reading in round 7 wave 4 (heldout19/20 spent), never run
    assert splits["heldout22"] >= 29  # annotated by reading in round 7 wave 4 (heldout19/20 spent), never run
    assert splits["heldout23"] >= 28  # annotated by reading in round 7 wave 5, never run
    assert splits["heldout24"] >= 29  # annotated by reading in round 7 wave 5 (heldout21/22 spent), never run


def test_the_new_heldout_set_holds_varied_kinds_and_wrapped_copies():
    heldout2 = [a for a in _annotations() if a.split == "heldout2"]
    kinds = Counter(a.kind for a in heldout2)
    for kind in ("notice_one", "notice_several", "consultation", "regulation", "decimal_plan", "wrapped"):
        assert kinds[kind] >= 1, kinds
    assert any(a.file.endswith(".html") for a in heldout2)


def test_the_third_heldout_set_holds_varied_kinds_sites_and_wrapped_copies():
    heldout3 = [a for a in _annotations() if a.split == "heldout3"]
    kinds = Counter(a.kind for a in heldout3)
    for kind in ("notice_one", "notice_several", "notice", "consultation", "regulation", "policy", "wrapped"):
        assert kinds[kind] >= 1, kinds
    assert sum(a.file.endswith(".html") for a in heldout3) >= 2
    assert any("decimal_outline" in a.features for a in heldout3)
    assert any("wrapped_title" in a.features for a in heldout3)


def test_the_fourth_heldout_set_holds_varied_kinds_sites_and_wrapped_copies():
    """Reads the annotations only: no heldout4 file is parsed here."""
    heldout4 = [a for a in _annotations() if a.split == "heldout4"]
    kinds = Counter(a.kind for a in heldout4)
    for kind in ("notice_one", "notice_several", "notice", "consultation", "regulation", "policy", "wrapped"):
        assert kinds[kind] >= 1, kinds
    assert sum(a.file.endswith(".html") for a in heldout4) >= 2
    assert sum(bool(a.derived_from) for a in heldout4) >= 2
    assert len({a.province for a in _annotations() if a.split == "heldout4"}) >= 10
    for feature in (
        "decimal_outline",
        "wrapped_title",
        "no_title_line",
        "metadata",
        "doc_number_first",
        "toc",
    ):
        assert any(feature in a.features for a in heldout4), feature


def test_the_fifth_heldout_set_holds_varied_kinds_sites_and_wrapped_copies():
    """Reads the annotations only: no heldout5 file is parsed here."""
    heldout5 = [a for a in _annotations() if a.split == "heldout5"]
    kinds = Counter(a.kind for a in heldout5)
    for kind in ("notice_one", "notice_several", "notice", "consultation", "regulation", "policy", "wrapped"):
        assert kinds[kind] >= 1, kinds
    assert sum(a.file.endswith(".html") for a in heldout5) >= 2
    assert sum(bool(a.derived_from) for a in heldout5) >= 2
    # calls for comments on one named draft: the draft's name as title, its stage as status, the call's own title kept
    consultations = [a for a in heldout5 if a.kind == "consultation"]
    assert len(consultations) >= 2 and all(a.status for a in consultations)
    assert len({a.province for a in _annotations() if a.split == "heldout5"}) >= 12
    for feature in (
        "decimal_outline",
        "wrapped_title",
        "metadata",
        "doc_number_first",
        "toc",
        "joint_issuers",
    ):
        assert any(feature in a.features for a in heldout5), feature


# What each held-out set gathered by reading was asked to hold: kinds (at least one each, or at least n), provinces,
# features, and how many calls for comments; read from the annotations only, no held-out file is parsed here.
HELD_OUT_SET_CONTENTS = {
    "heldout6": dict(
        kinds={k: 1 for k in ("notice_one", "notice_several", "notice", "consultation", "regulation")}
        | {k: 1 for k in ("decimal_plan", "policy", "fragment")},
        provinces=12,
        consultations=1,
        features=("wrapped_title", "metadata", "doc_number_first", "toc", "traditional", "decree_number")
        + ("decimal_outline",),
    ),
    "heldout7": dict(
        kinds={k: 1 for k in ("notice_one", "consultation", "regulation", "decimal_plan", "policy", "page")},
        provinces=15,
        consultations=3,
        features=("wrapped_title", "metadata", "doc_number_first", "toc", "traditional", "decree_number")
        + ("decimal_outline", "joint_issuers", "news"),
    ),
    "heldout8": dict(
        kinds={k: 1 for k in ("notice_one", "consultation", "regulation", "decimal_plan", "policy", "page")}
        | {"notice": 2, "fragment": 2},
        provinces=15,
        consultations=3,
        features=("wrapped_title", "metadata", "doc_number_first", "toc", "traditional", "decree_number")
        + ("decimal_outline", "joint_issuers", "news", "forwarding"),
    ),
    "heldout9": dict(
        kinds={
            k: 1 for k in ("notice_one", "notice_several", "consultation", "regulation", "policy", "fragment")
        }
        | {"notice": 3, "page": 4},
        provinces=12,
        consultations=2,
        features=("wrapped_title", "metadata", "doc_number_first", "traditional", "joint_issuers", "news")
        + ("issuer_in_title", "no_title_line"),
    ),
    "heldout10": dict(
        kinds={k: 1 for k in ("notice_one", "regulation", "policy", "page")} | {"notice": 4, "fragment": 2},
        provinces=12,
        consultations=0,
        features=("metadata", "doc_number_first", "traditional", "joint_issuers", "news", "toc")
        + ("issuer_in_title", "no_title_line", "decree_number"),
    ),
    "heldout11": dict(
        kinds={k: 1 for k in ("notice_one", "consultation", "regulation", "decimal_plan", "policy")}
        | {"page": 4, "fragment": 2},
        provinces=14,
        consultations=3,
        features=("metadata", "doc_number_first", "traditional", "joint_issuers", "news", "run_together")
        + ("issuer_in_title", "no_title_line", "decree_number", "interpretation", "decimal_outline"),
    ),
    "heldout12": dict(
        kinds={k: 1 for k in ("notice_several", "page")}
        | {"notice_one": 6, "consultation": 3, "regulation": 3, "policy": 3, "fragment": 3},
        provinces=15,
        consultations=3,
        features=("metadata", "doc_number_first", "traditional", "joint_issuers", "news", "toc")
        + ("issuer_in_title", "no_title_line", "decimal_outline", "wrapped_title", "mojibake_markers"),
    ),
    "heldout13": dict(
        kinds={k: 1 for k in ("notice_several", "regulation", "decimal_plan")}
        | {"notice_one": 8, "consultation": 3, "page": 3, "policy": 2, "fragment": 3},
        provinces=14,  # and one template text whose place is XX (province empty)
        consultations=3,
        features=("metadata", "doc_number_first", "traditional", "news", "toc", "run_together")
        + ("issuer_in_title", "no_title_line", "decimal_outline", "wrapped_title", "mojibake_markers")
        + ("enclosed_draft", "html_markup", "doc_number_garbled", "decree_number"),
    ),
    "heldout14": dict(
        kinds={"policy": 6, "fragment": 6, "regulation": 3, "page": 2}
        | {k: 1 for k in ("notice_one", "notice_several", "consultation")},
        provinces=9,  # and texts whose place is not named (province empty)
        consultations=1,
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "spun_text")
        + ("issuer_in_title", "no_title_line", "wrapped_title", "mojibake_markers", "adoption_line")
        + ("lead_before_full_text", "quanwen_headline", "part_heading_pian", "spaced_digits"),
    ),
    "heldout15": dict(
        kinds={"notice_one": 8, "regulation": 7, "page": 3}
        | {k: 2 for k in ("policy", "consultation", "notice_several", "fragment")}
        | {"notice": 1, "decimal_plan": 1},
        provinces=14,  # thirteen provinces and 全国
        consultations=2,
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "pipe_table")
        + ("issuer_in_title", "no_title_line", "wrapped_title", "wrapped_notice_title", "mojibake_markers")
        + ("adoption_line", "decree_number", "lead_before_full_text", "full_text_marker", "spaced_digits")
        + ("site_headline_other_document", "subtitle_dash", "chunk_markers", "doubled_characters")
        + ("consultation_feedback", "call_body_only", "part_in_title", "site_year_suffix", "toc_only")
        + ("decimal", "column_kicker"),
    ),
    "heldout16": dict(
        kinds={"notice_one": 6, "notice": 5, "fragment": 5, "policy": 4, "regulation": 3, "consultation": 1},
        provinces=12,
        consultations=1,
        national=False,  # this wave's second province list only: no national text
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "pinyin_noise")
        + ("issuer_in_title", "no_title_line", "wrapped_title", "mojibake_markers", "adoption_line")
        + ("lead_before_full_text", "quanwen_headline", "part_heading_pian", "joint_issuers")
        + ("breadcrumb_no_home", "subtitle_dash", "site_headline", "doc_number_garbled", "decree_number")
        + ("one_line", "spam_line_dropped"),
    ),
    "heldout17": dict(
        kinds={"policy": 6, "fragment": 4, "notice_one": 4, "notice": 3, "decimal_plan": 3, "consultation": 3}
        | {"regulation": 2},
        provinces=10,
        consultations=3,
        national=False,  # this wave's first province list only: no national text
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "pinyin_noise")
        + ("issuer_in_title", "short_issuer", "no_title_line", "wrapped_title", "mojibake_markers")
        + ("adoption_line",)
        + ("one_line", "spam_line_dropped", "decimal", "gazette", "site_headline", "full_text_marker")
        + ("zheng_marker", "english_translation", "call_then_draft", "toc_only", "part_heading_pian")
        + ("decree_number",),
    ),
    "heldout18": dict(
        kinds={"regulation": 5, "notice_one": 6, "fragment": 5, "notice": 5, "policy": 4, "consultation": 3}
        | {"notice_several": 1, "decimal_plan": 1},
        provinces=15,  # fourteen provinces of this wave's second list and 全国
        consultations=3,
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "pinyin_noise")
        + ("issuer_in_title", "no_title_line", "wrapped_title", "wrapped_notice_title", "adoption_line")
        + ("lead_before_full_text", "joint_issuers", "decree_number", "promulgation", "one_line", "abstract")
        + ("call_body_only", "site_year_suffix", "chunk_markers", "column_kicker", "spam_line_dropped")
        + ("newspaper",)
        + ("amendment_decision", "part_heading_pian", "pipe_table", "issues_nothing", "decimal_outline"),
    ),
    "heldout19": dict(
        kinds={"notice_one": 9, "fragment": 7, "regulation": 4, "policy": 3, "page": 2, "consultation": 2}
        | {"decimal_plan": 1, "notice": 1},
        provinces=14,  # all fourteen of this wave's first list
        consultations=2,
        national=False,  # this wave's first province list only: no national text
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "pinyin_noise")
        + ("no_title_line", "wrapped_title", "wrapped_notice_title", "mojibake_markers", "adoption_line")
        + ("lead_before_full_text", "decree_number", "promulgation", "one_line", "quanwen_headline")
        + ("gazette", "enclosed_draft", "call_then_draft", "spam_substitution", "spam_line", "untitled_toc")
        + ("toc_only", "collection_item", "title_only_in_preface", "title_only_in_covering")
        + ("no_policy_heading", "forum_printable", "consultation_feedback", "hard_wrapped")
        + ("part_heading_pian", "issues_nothing", "decimal", "newspaper"),
    ),
    "heldout20": dict(
        kinds={"notice_one": 11, "regulation": 4, "fragment": 3, "consultation": 3, "notice_several": 3}
        | {"notice": 2, "policy": 2},
        provinces=14,  # thirteen provinces of wave 3's second list and 全国
        consultations=3,
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "breadcrumb")
        + ("no_title_line", "wrapped_title", "wrapped_notice_title", "adoption_line", "amendment_line")
        + ("lead_before_full_text", "full_text_marker", "joint_issuers", "decree_number", "promulgation")
        + ("one_line", "abstract", "zheng_marker", "call_body_only", "site_year_suffix", "amendment_decision")
        + ("gazette", "compilation", "two_documents", "spam_chrome", "spam_substitution", "forwarding")
        + ("edition_in_brackets", "status_unbracketed", "site_headline_other_document", "nested_quotes")
        + ("notice_own_parts", "no_issuer_named", "decimal_outline", "toc_only", "page_furniture")
        + ("issues_nothing",),
    ),
    "heldout21": dict(
        kinds={"notice_one": 6, "policy": 4, "regulation": 4, "consultation": 3, "fragment": 3, "notice": 2}
        | {"notice_several": 1, "page": 1},
        provinces=11,  # ten provinces of wave 4's first list and 全国
        consultations=3,
        features=("metadata", "traditional", "pinyin_noise", "news", "doc_sharing", "headline_tag")
        + ("breadcrumb",)
        + ("no_title_line", "wrapped_title", "wrapped_notice_title", "adoption_line", "decree_number")
        + ("promulgation", "amendment_decision", "lead_before_full_text", "full_text_marker", "joint_issuers")
        + ("one_line", "abstract", "zheng_marker", "call_body_only", "draft_is_notice", "history_line")
        + ("covering_names_other_wording", "html_tag_noise", "junk_headline", "repost_other_province")
        + ("issues_nothing", "decimal", "toc", "pipe_table", "print_page", "several", "policy_named_in_body"),
    ),
    "heldout22": dict(
        kinds={"notice_one": 8, "regulation": 6, "policy": 5, "consultation": 3, "fragment": 2, "notice": 2}
        | {"page": 1},
        provinces=16,  # sixteen provinces of wave 4's second list (no national body: not in that list)
        national=False,
        consultations=3,
        features=("metadata", "traditional", "news", "toc", "run_together", "doc_sharing", "breadcrumb")
        + ("pinyin_noise", "no_title_line", "wrapped_title", "wrapped_notice_title", "adoption_line")
        + ("amendment_line", "one_line", "decree_number", "promulgation", "promulgation_gonggao")
        + ("amendment_decision", "amendment_items", "abolition_decision_inside", "repeal_note", "gazette")
        + ("toc_only", "untitled_toc", "toc_then_body_same_lines", "decimal_outline", "edition_in_brackets")
        + ("spam_chrome", "html_tag_debris", "site_headline_other_document", "publisher_field_other_body")
        + ("no_notice_title", "no_issuer_named", "encyclopedia", "issues_nothing", "explanation_follows")
        + ("name_differs_in_promulgation", "title_over_three_lines", "enclosed_draft"),
    ),
    "heldout23": dict(
        kinds={"notice_one": 9, "notice": 5, "policy": 5, "fragment": 3, "regulation": 2, "consultation": 2},
        provinces=14,  # all fourteen of wave 5's first list
        consultations=2,
        national=False,  # this wave's first province list only: no national text
        features=("metadata", "traditional", "news", "toc_only", "run_together", "one_line", "breadcrumb")
        + ("no_title_line", "wrapped_title", "title_over_three_lines", "adoption_line", "decree_number")
        + ("lead_before_full_text", "title_only_in_lead", "title_only_in_covering", "joint_issuers")
        + ("promulgation", "amendment_decision", "gazette", "untitled_toc", "call_then_draft", "two_drafts")
        + ("spam_substitution", "spam_chrome", "html_tag_debris", "list_page", "title_glued_to_date")
        + ("summary_before_text", "reply_pifu", "issues_nothing", "forwarding", "no_issuer_named")
        + ("labels_without_dunhao", "angle_brackets_in_title", "edition_in_brackets", "hard_wrapped"),
    ),
    "heldout24": dict(
        kinds={"policy": 8, "fragment": 6, "notice_one": 3, "notice": 3, "notice_several": 2}
        | {"consultation": 2, "regulation": 2, "page": 1},
        provinces=13,  # twelve provinces of wave 5's list B and 全国
        consultations=2,
        features=("metadata", "traditional", "pinyin_noise", "news", "doc_sharing", "breadcrumb")
        + ("run_together", "no_title_line", "wrapped_title", "wrapped_notice_title", "adoption_line")
        + ("decree_number", "promulgation", "amendment_decision", "amendment_items", "joint_issuers")
        + ("lead_before_full_text", "toc", "toc_only", "decimal_outline", "spam_chrome", "mojibake_markers")
        + ("html_tag_debris", "garbled_doc_number", "garbled_signature", "republication", "status_stage_gao")
        + ("no_notice_title", "no_issuer_named", "issues_nothing", "call_body_only", "consultation_feedback")
        + ("explanation_attached", "headline_short_name", "headline_quoted_title", "page_headline_short")
        + ("spaced_characters", "title_only_in_preface", "issuer_line"),
    ),
}


@pytest.mark.parametrize("split", sorted(HELD_OUT_SET_CONTENTS))
def test_a_held_out_set_holds_varied_kinds_provinces_and_wrapped_copies(split):
    wanted = HELD_OUT_SET_CONTENTS[split]
    held_out = [a for a in _annotations() if a.split == split]
    kinds = Counter(a.kind for a in held_out)
    assert all(kinds[kind] >= n for kind, n in wanted["kinds"].items()), kinds
    assert kinds["wrapped"] >= 2 and sum(bool(a.derived_from) for a in held_out) >= 2
    # a text with no title of its own has none
    assert all(not a.title for a in held_out if a.kind == "fragment")
    # calls for comments on one named draft: the draft's name as title and its stage as status
    consultations = [a for a in held_out if a.kind == "consultation"]
    assert len(consultations) >= wanted["consultations"] and all(a.status for a in consultations)
    provinces = {a.province for a in held_out}
    national = "全国" in provinces or not wanted.get("national", True)
    assert len(provinces) >= wanted["provinces"] and national
    for feature in wanted["features"]:
        assert any(feature in a.features for a in held_out), feature


# The per-kind minimums a set may fall short of, each named with its reason, so that every other minimum still holds and
# no other set can fall short unnoticed.
_KIND_MINIMUMS = {"consultation": 3, "notice_one": 4, "regulation": 3, "decimal_plan": 2, "fragment": 2}
_SHORT_KINDS = {
    # round 26: ~30 searches found every call for comments in the store already held (the set's SOURCES.md); one notice
    # was removed as a duplicate of heldout103, annotated the same day
    "heldout102": {"consultation": 0, "notice_one": 3},
    # round 27: every call for comments and every result page found in ~120 candidates was held already or stood in the
    # avoid list (heldout104's SOURCES.md lists them)
    "heldout104": {"consultation": 0},
    # round 27: ~150 candidates checked, every unheld call for comments but two and every unheld notice issuing one policy
    # but one already in fixtures/ (the set's SOURCES.md lists the drops)
    "heldout105": {"consultation": 2, "notice_one": 1},
    # round 28: ~150 candidates checked, every call for comments and result page found already in fixtures/ or in the
    # avoid list (the set's SOURCES.md lists them)
    "heldout106": {"consultation": 0},
    # round 28: ~100 candidates checked, every call for comments (the one consultation is a draft stored without its call)
    # and every notice issuing one policy but one already in fixtures/ or in the avoid list (the set's SOURCES.md lists the drops)
    "heldout107": {"consultation": 1, "notice_one": 1},
    # round 29: ~120 candidates checked, every notice issuing one policy but two and every decimal plan but one (stored
    # with its contents list only) already in fixtures/ or in the avoid list (the set's SOURCES.md lists the drops)
    "heldout108": {"notice_one": 2, "decimal_plan": 1},
    # round 29: ~130 candidates checked, every notice issuing one policy but one already in fixtures/ or in the avoid
    # list (the set's SOURCES.md lists the drops; one call for comments is the minimum from heldout108 on)
    "heldout109": {"notice_one": 1},
    # round 31: ~200 candidates checked, every call for comments and result page found already in fixtures/ or in the
    # avoid list (the set's SOURCES.md lists the drops)
    "heldout112": {"consultation": 0},
    # round 33: ~170 candidates checked, every notice issuing one policy but two already in fixtures/ or in the avoid
    # list, the less-held provinces' notices first (the set's SOURCES.md lists the drops)
    "heldout116": {"notice_one": 2},
    # round 34: ~130 candidates checked, every text stored without its title (fragment) found already in fixtures/ or in
    # the avoid list (the set's SOURCES.md lists the drops)
    "heldout120": {"fragment": 0},
    # round 35: ~125 candidates checked in the time given, every notice issuing one policy but three already in fixtures/
    # or in the avoid list (the set's SOURCES.md lists them)
    # round 35: D21 (documents.toml) read a notice stored without the plan it issues as kind notice, not notice_one:
    # one entry of each of these sets changed kind, not the set's variety
    "heldout69": {"notice_one": 3},
    "heldout82": {"notice_one": 3},
    "heldout121": {"notice_one": 3},
    # round 35: ~100 candidates checked, every call for comments and every notice issuing one policy but one already in
    # fixtures/ or in the avoid list, the less-held provinces' first (the set's SOURCES.md lists the drops)
    "heldout123": {"consultation": 0, "notice_one": 1},
    # round 36: ~105 candidates checked, every notice issuing one policy but two already in fixtures/ or in the avoid
    # list, the less-held provinces' first (the set's SOURCES.md lists the drops)
    "heldout125": {"notice_one": 2},
    # round 36: ~120 candidates checked, every call for comments and every notice issuing one policy but two already in
    # fixtures/ or in the avoid list, the less-held provinces' first (the set's SOURCES.md lists them)
    "heldout124": {"consultation": 0, "notice_one": 2},
    # round 36: ~105 candidates checked, every notice issuing one policy but one already in fixtures/ or in the avoid
    # list, the less-held provinces' first (the set's SOURCES.md lists the drops)
    "heldout126": {"notice_one": 1},
    # round 37: ~190 candidates checked, every call for comments and every notice issuing one policy but one already in
    # fixtures/ or in the avoid list, the less-held provinces' first (the set's SOURCES.md lists the drops)
    "heldout127": {"consultation": 0, "notice_one": 1},
    # round 37: ~120 candidates checked, every notice issuing one policy but three already in fixtures/ or in the avoid
    # list, the less-held provinces' first (the set's SOURCES.md lists the drops)
    "heldout128": {"notice_one": 3},
    # round 37: ~165 candidates checked, every call for comments, every decimal plan and every notice issuing one
    # policy but one already in fixtures/ or in the avoid list, the less-held provinces' first (the set's SOURCES.md
    # lists the drops)
    "heldout129": {"consultation": 0, "notice_one": 1, "decimal_plan": 0},
    # round 37: ~120 candidates checked late in the round, every call for comments, every decimal plan and every notice
    # issuing one policy but one already in fixtures/ or in the avoid list, the less-held provinces' first (the set's
    # SOURCES.md lists the drops)
    "heldout130": {"consultation": 0, "notice_one": 1, "decimal_plan": 0},
}

# Sets smaller than 25 documents, each with its reason. heldout108: three of its texts were the same pages as
# heldout109's, annotated the same hour by another helper; the lead took them out of the set merged second.
# heldout121: the store gave 18 unheld texts in the round's time (the set's SOURCES.md lists the ~125 candidates checked).
_SHORT_SETS = {"heldout108": 22, "heldout121": 20}

# Round 29 (the lead, review29's N1): five of the six sets 102-107 fell short of three calls for comments, each with its
# own exception, because the store's unheld calls are used up (the corpus holds 371). From heldout108 on one call
# suffices; the other minimums stand.
_CONSULTATIONS_FROM_108 = {"consultation": 1}


def _later_minimums(split: str) -> dict[str, int]:
    return _CONSULTATIONS_FROM_108 if (ed.held_out_number(split) or 0) >= 108 else {}


@pytest.mark.parametrize("split", [s for s in ed.SPLITS if (ed.held_out_number(s) or 0) >= 25])
def test_a_set_added_since_round_8_is_as_varied_as_the_earlier_ones(split):
    # the same demands as the pinned sets above, for every set found on disk (each made by the same brief)
    held_out = [a for a in _annotations() if a.split == split]
    kinds = Counter(a.kind for a in held_out)
    assert len(held_out) >= _SHORT_SETS.get(split, 25) and len(kinds) >= 6, kinds
    # three calls for comments at least (one from heldout108 on): by round 14 nearly every unheld call an annotator
    # finds in half the provinces is already in fixtures/ (the pinned sets above hold two or three)
    minimums = _KIND_MINIMUMS | _later_minimums(split) | _SHORT_KINDS.get(split, {})
    assert all(kinds[kind] >= least for kind, least in minimums.items()), (kinds, minimums)
    assert kinds["wrapped"] >= 2 and sum(bool(a.derived_from) for a in held_out) >= 2
    assert all(not a.title for a in held_out if a.kind == "fragment")
    assert len({a.province for a in held_out}) >= 8


def test_every_kind_with_two_documents_or_more_is_in_both_splits():
    annotations = _annotations()
    by_kind: dict[str, set[str]] = {}
    for a in annotations:
        by_kind.setdefault(a.kind, set()).add(a.split)
    assert all(splits >= {"dev", "heldout"} for splits in by_kind.values()), by_kind


def test_a_derived_copy_stays_in_the_split_of_its_source():
    annotations = {a.file: a for a in _annotations()}
    derived = [a for a in annotations.values() if a.derived_from]
    assert derived
    for copy in derived:
        source = annotations[copy.derived_from]
        assert source.split == copy.split
        assert (source.title, source.counts) == (copy.title, copy.counts)


def _write(tmp_path, entry: str, files=("dev/a.txt",)) -> Path:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("标题\n", encoding="utf-8")
    path = tmp_path / "documents.toml"
    path.write_text(entry, encoding="utf-8")
    return path


GOOD = """
[[document]]
file = "dev/a.txt"
split = "dev"
kind = "regulation"
title = "某某条例"
status = ""
notice_title = ""
issuer = ""
doc_number = ""
counts = { article = 2 }
source = "hand-made"
"""


def test_a_good_entry_loads(tmp_path):
    (annotation,) = ed.load_annotations(_write(tmp_path, GOOD), tmp_path)
    assert annotation.counts["article"] == 2 and annotation.counts["chapter"] == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('split = "dev"', 'split = "test"'), "split must be one of"),
        (('file = "dev/a.txt"', 'file = "dev/missing.txt"'), "no such file"),
        (("counts = { article = 2 }", 'counts = { article = "2" }'), "non-negative integers"),
        (("counts = { article = 2 }", "counts = { articles = 2 }"), "non-negative integers"),
        (('title = "某某条例"', "title = false"), "must be a string"),
        (('kind = "regulation"', 'kind = "memo"'), "kind must be one of"),
        (('status = ""\n', ""), "missing status"),
    ],
)
def test_a_malformed_entry_is_refused_with_the_reason(tmp_path, change, message):
    old, new = change
    with pytest.raises(ed.AnnotationError, match=message):
        ed.load_annotations(_write(tmp_path, GOOD.replace(old, new)), tmp_path)


# the held-out sets of rounds 2 to 7, pinned here apart from the script's SPLITS (found on disk) so that a set
# lost from disk is noticed
HELD_OUT_SPLITS = tuple(f"heldout{n}" for n in range(2, 25))


def test_the_splits_are_dev_heldout_and_the_held_out_sets_and_only_dev_and_heldout_are_shown():
    assert ed.SPLITS[: 2 + len(HELD_OUT_SPLITS)] == ("dev", "heldout") + HELD_OUT_SPLITS
    later = ed.SPLITS[2 + len(HELD_OUT_SPLITS) :]  # sets added since, each a folder fixtures/field/heldoutN/
    assert all((ed.FIELD_DIR / split).is_dir() for split in later)
    assert {"dev", "heldout"} == ed.SHOWN_SPLITS  # every later set stays hidden unless revealed


def test_a_set_s_own_annotation_file_is_read_beside_the_main_one(tmp_path):
    main = _write(tmp_path, GOOD)
    (tmp_path / "heldout7").mkdir()
    (tmp_path / "heldout7" / "b.txt").write_text("标题\n", encoding="utf-8")
    own = GOOD.replace('"dev/a.txt"', '"heldout7/b.txt"').replace('split = "dev"', 'split = "heldout7"')
    (tmp_path / "heldout7" / "documents.toml").write_text(own, encoding="utf-8")
    assert ed.annotation_files(tmp_path) == [main, tmp_path / "heldout7" / "documents.toml"]
    assert [(a.file, a.split) for a in ed.load_annotations(root=tmp_path)] == [
        ("dev/a.txt", "dev"),
        ("heldout7/b.txt", "heldout7"),
    ]
    # the same file in both is refused, naming the set's file
    (tmp_path / "heldout7" / "documents.toml").write_text(own + GOOD, encoding="utf-8")
    with pytest.raises(ed.AnnotationError, match="heldout7/documents.toml document 2 .*listed twice"):
        ed.load_annotations(root=tmp_path)


@pytest.mark.parametrize("split", HELD_OUT_SPLITS)
def test_a_held_out_file_must_live_under_its_split(tmp_path, split):
    entry = GOOD.replace('split = "dev"', f'split = "{split}"')
    with pytest.raises(ed.AnnotationError, match=f"lives under {split}/"):
        ed.load_annotations(_write(tmp_path, entry), tmp_path)


@pytest.mark.parametrize("split", HELD_OUT_SPLITS[1:])  # heldout3 on: the sets never run by their annotators
def test_held_out_predictions_are_hidden_unless_revealed(capsys, split):
    """Hand-made scores only: no held-out file is parsed here."""
    annotations = {
        "dev/a.txt": gold(file="dev/a.txt", title="甲"),
        f"{split}/b.txt": gold(file=f"{split}/b.txt", split=split, title="乙"),
    }
    scores = [
        ed.score_document(annotations["dev/a.txt"], ed.Prediction(title="甲")),
        ed.score_document(annotations[f"{split}/b.txt"], ed.Prediction(title="秘密的预测")),
    ]
    hidden = ed.report_json(scores, annotations, ed.SPLITS, reveal=False)
    by_split = {d["split"]: d for d in hidden["documents"]}
    assert "predicted" in by_split["dev"] and "predicted" not in by_split[split]
    assert "秘密的预测" not in str(hidden)
    assert hidden["totals"][split]["documents"] == 1
    shown = ed.report_json(scores, annotations, ed.SPLITS, reveal=True)
    assert "秘密的预测" in str(shown)
    ed.print_report(scores, annotations, ed.SPLITS, reveal=False)
    printed = capsys.readouterr().out
    assert split in printed and "秘密的预测" not in printed


def test_a_heldout_file_must_live_under_heldout(tmp_path):
    entry = GOOD.replace('split = "dev"', 'split = "heldout"')
    with pytest.raises(ed.AnnotationError, match="lives under heldout/"):
        ed.load_annotations(_write(tmp_path, entry), tmp_path)


# ---- the scorer ----------------------------------------------------------------------------------


def test_titles_compare_without_whitespace_and_with_bracket_forms_unified():
    g = gold(title="昆明市滇池北岸水环境综合治理工程委托建设项目实施办法", status="试行")
    p = ed.Prediction(title="昆明市滇池北岸水环境综合治理工程\n委托建设项目实施办法", status="试行")
    assert ed.compare(g, p)["title"]
    assert ed.compare(
        gold(title="关于印发〈甲〉的通知（试行）"), ed.Prediction(title="关于印发《甲》的通知(试行)")
    )["title"]
    # pages write a title's book marks in ASCII as well
    assert ed.compare(gold(title="关于印发<甲>的通知"), ed.Prediction(title="关于印发《甲》的通知"))["title"]
    assert not ed.compare(gold(title="关于印发<甲>的通知"), ed.Prediction(title="关于印发《乙》的通知"))[
        "title"
    ]


def test_none_and_empty_both_mean_no_title_and_a_title_on_a_fragment_is_wrong():
    assert ed.compare(gold(title=""), ed.Prediction(title=None))["title"]
    assert not ed.compare(gold(title=""), ed.Prediction(title="一、总则"))["title"]


def test_joint_issuers_compare_as_a_set():
    g = gold(issuer="云南省财政厅、云南省人力资源和社会保障厅")
    assert ed.compare(g, ed.Prediction(issuer="云南省人力资源和社会保障厅 云南省财政厅"))["issuer"]
    assert not ed.compare(g, ed.Prediction(issuer="云南省财政厅"))["issuer"]


def test_counts_come_from_the_tree_outside_the_notice_and_count_decimal_depth_by_label():
    tree = [
        node("notice", children=[node("action", "一、"), node("action", "二、")]),
        node("title"),
        node(
            "chapter",
            "第一章",
            [node("article", "第一条", [node("point", "（一）")]), node("article", "第二条")],
        ),
        node("outline", "1", [node("outline", "1.1", [node("outline", "1.1.1")]), node("outline", "1.2")]),
        node("outline", "2．"),
        node("action", "一、", [node("measure", "（一）")]),
        node("signature", children=[node("action", "三、")]),
    ]
    counts = ed.count_nodes(tree)
    assert counts == {
        "chapter": 1,
        "article": 2,
        "action": 1,
        "measure": 1,
        "outline": 2,
        "outline_total": 5,
    }


def test_counts_are_right_only_when_every_kind_agrees():
    g = gold(counts={"chapter": 1, "article": 7})
    assert ed.compare(g, ed.Prediction(counts={"chapter": 1, "article": 7, "action": 0}))["counts"]
    assert not ed.compare(g, ed.Prediction(counts={"chapter": 1, "article": 7, "action": 3}))["counts"]


def test_a_parse_error_scores_every_field_wrong():
    score = ed.score_document(gold(title=""), ed.Prediction(error="ValueError: boom"))
    assert not any(score.correct.values())
    assert score.title_error == "parse_error"


@pytest.mark.parametrize(
    ("annotation", "predicted", "error"),
    [
        (
            gold(title="湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"),
            "湖南省人民政府办公厅关于加强普通高等学校",
            "first_line_only",
        ),
        (gold(title="广东省进一步支持民间投资的实施方案"), "投资的实施方案", "last_line_only"),
        (
            gold(
                title="蔚县突发公共卫生事件应急预案",
                notice_title="蔚县人民政府办公室关于印发《蔚县突发公共卫生事件应急预案》的通知",
            ),
            "蔚县人民政府办公室关于印发《蔚县突发公共卫生事件应急预案》的通知",
            "notice_title_instead_of_policy",
        ),
        (gold(title="某某办法", doc_number="蔚政办字〔2020〕43号"), "蔚政办字〔2020〕43号", "doc_number"),
        (
            gold(title="某某办法", issuer="中共岳阳市委办公室、岳阳市人民政府办公室"),
            "中共岳阳市委办公室",
            "issuer_line",
        ),
        (gold(title="某某办法"), "各乡镇人民政府,县直各部门:", "addressee_line"),
        (gold(title="某某办法"), "3.2应急报告……………9", "toc_line"),
        (gold(title="某某办法"), "湖南省人民政府办公厅文件", "document_header"),
        (gold(title="某某办法"), "索 引 号:746899294/2020-34839 主题分类:应急管理", "metadata_line"),
        (gold(title="某某办法"), None, "missing"),
        (gold(title=""), "附件:2016年县政府重点工作任务分解表", "title_on_fragment"),
        (gold(title="某某办法"), "某某办法", None),
    ],
)
def test_a_wrong_title_gets_its_error_class(annotation, predicted, error):
    assert ed.classify_title_error(annotation, predicted) == error


def test_totals_are_kept_apart_per_split():
    dev = ed.score_document(gold(file="dev/a.txt", title="甲"), ed.Prediction(title="甲"))
    held = ed.score_document(
        gold(file="heldout/b.txt", split="heldout", title="乙"), ed.Prediction(title="丙")
    )
    annotations = {
        "dev/a.txt": gold(file="dev/a.txt", title="甲"),
        "heldout/b.txt": gold(file="heldout/b.txt", split="heldout", title="乙"),
    }
    dev_totals = ed.totals([dev, held], annotations, "dev")
    held_totals = ed.totals([dev, held], annotations, "heldout")
    assert (dev_totals.documents, dev_totals.correct["title"]) == (1, 1)
    assert (held_totals.documents, held_totals.correct["title"]) == (1, 0)
    assert held_totals.title_errors == {"other_line": 1}


def test_the_scorer_runs_the_real_parser_on_a_file(tmp_path):
    text = "某某市测试管理办法\n第一条 为了测试，制定本办法。\n第二条 本办法自发布之日起施行。\n"
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "a.txt").write_text(text, encoding="utf-8")
    annotation = gold(file="dev/a.txt", kind="regulation", title="某某市测试管理办法", counts={"article": 2})
    (score,) = ed.run([annotation], tmp_path)
    assert score.predicted.error is None
    assert score.predicted.counts["article"] == 2
    assert score.correct["counts"]


def test_every_split_given_is_scored(tmp_path, capsys):
    """`--split A --split B` scores both, as scripts/eval.py does (it used to keep only the last one given)."""
    second = GOOD.replace("dev/a.txt", "dev/b.txt").replace("某某条例", "标题")
    third = GOOD.replace('"dev/a.txt"', '"heldout/c.txt"').replace('split = "dev"', 'split = "heldout"')
    path = _write(tmp_path, GOOD + second + third, files=("dev/a.txt", "dev/b.txt", "heldout/c.txt"))
    assert ed.main(["--annotations", str(path), "--split", "dev", "--split", "heldout", "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    assert set(totals) == {"dev", "heldout"}
    assert totals["dev"]["documents"] == 2 and totals["heldout"]["documents"] == 1
    assert ed.main(["--annotations", str(path), "--split", "heldout", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["totals"]) == {"heldout"}
