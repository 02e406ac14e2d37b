"""scripts/eval_wrapped.py: each wrapped copy is paired with its original and compared aspect by aspect; a copy that
reads otherwise is counted as differing, with its first difference; held-out sets print counts only."""

from __future__ import annotations

from wrapping import hard_wrap

from scripts.eval_wrapped import find_pairs, print_report, report, run

ORIGINAL = (
    "某市促进科技创新若干措施\n"
    "为加快建设科技强市，推动产业转型升级，结合本市实际，制定以下措施。\n"
    "一、支持企业研发\n"
    "对年度研发投入超过1000万元的企业，按照其研发投入增量的10%给予补助，每家企业每年最高不超过500万元。\n"
    "二、支持平台建设\n"
    "对新认定的国家级企业技术中心，给予100万元奖励；对新认定的省级企业技术中心，给予50万元奖励。\n"
)


def make_corpus(root):
    dev = root / "dev"
    dev.mkdir()
    (dev / "cuoshi.txt").write_text(ORIGINAL, encoding="utf-8")
    # a faithful copy: wrapped at 30 characters, the page's header left out
    (dev / "cuoshi__pdf_gbt.txt").write_text(hard_wrap(ORIGINAL).split("\n", 1)[1], encoding="utf-8")
    # a copy that lost a heading's marker and an amount: it differs in hierarchy, sentences and extractions
    other = ORIGINAL.replace("二、支持平台建设", "支持平台建设").replace("给予50万元奖励", "给予奖励")
    (dev / "pingtai.html").write_text(f"<html><body><pre>{ORIGINAL}</pre></body></html>", encoding="utf-8")
    (dev / "pingtai__pdf_browser.txt").write_text(hard_wrap(other).split("\n", 1)[1], encoding="utf-8")
    (dev / "gone__pdf_gbt.txt").write_text(ORIGINAL, encoding="utf-8")  # its original is absent
    held = root / "heldout7"
    held.mkdir()
    for name in ("cuoshi.txt", "pingtai.html", "pingtai__pdf_browser.txt"):
        (held / name).write_bytes((dev / name).read_bytes())
    return root


def test_copies_are_paired_with_the_original_of_their_name(tmp_path):
    root = make_corpus(tmp_path)
    pairs = {p.copy.name: p.original for p in find_pairs(root / "dev", "dev")}
    assert pairs["cuoshi__pdf_gbt.txt"].name == "cuoshi.txt"
    assert pairs["pingtai__pdf_browser.txt"].name == "pingtai.html"  # a saved page's copy
    assert pairs["gone__pdf_gbt.txt"] is None


def test_a_faithful_copy_agrees_and_an_altered_one_differs(tmp_path):
    root = make_corpus(tmp_path)
    result = report(run(["dev"], root=root), ["dev"], reveal=False)
    assert result["splits"]["dev"] == {
        "pairs": 2,
        "no_original": 1,
        "hierarchy": 1,
        "sentences": 1,
        "extractions": 1,
        "title": 2,
        "all": 1,
    }
    (differing,) = result["differing"]
    assert differing["copy"] == "dev/pingtai__pdf_browser.txt"
    assert set(differing["differences"]) == {"hierarchy", "sentences", "extractions"}
    index, original, copy = differing["differences"]["extractions"]
    assert original[1] == "50万元" and copy != original


def test_held_out_sets_print_counts_only_unless_revealed(tmp_path, capsys):
    root = make_corpus(tmp_path)
    hidden = report(run(["heldout7"], root=root), ["heldout7"], reveal=False)
    assert hidden["splits"]["heldout7"]["pairs"] == 1 and hidden["splits"]["heldout7"]["all"] == 0
    assert hidden["differing"] == []
    print_report(hidden, verbose=True)
    assert "pingtai" not in capsys.readouterr().out
    shown = report(run(["heldout7"], root=root), ["heldout7"], reveal=True)
    assert [d["copy"] for d in shown["differing"]] == ["heldout7/pingtai__pdf_browser.txt"]


def test_the_wrapped_measure_hides_the_same_sets_as_the_document_scorer():
    # one list of shown splits: a set the document scorer hides is never shown by the wrapped measure either
    import scripts.eval_documents as eval_documents
    import scripts.eval_wrapped as eval_wrapped

    assert eval_wrapped.SHOWN_SPLITS is eval_documents.SHOWN_SPLITS
    assert not eval_wrapped.shown("heldout7", reveal=False)
    assert eval_wrapped.shown("heldout7", reveal=True)
