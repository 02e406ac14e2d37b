"""The spaCy side: the components in a user's own blank pipeline, the project's cached pipeline, jieba's setup."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import spacy

import parsers.nlp  # noqa: F401  (registers the policy_* factories)
from parsers.nlp import PIPES, get_nlp, sentence_clauses
from parsers.segmenter import cache_dir, configure_jieba, index_path, words

TEXT = (
    "对新认定的国家级、省级、市级企业技术中心分别一次性给予50万元、20万元、10万元奖补。"
    "给予实际投资额20%、最高不超过100万元的补助。"
    "到2027年，全市高新技术企业超过2500家，发明专利有效量达2.7万件。"
)


def test_components_work_in_a_fresh_blank_pipeline():
    nlp = spacy.blank("zh")  # the default character segmenter: the components need no particular tokens
    for pipe in PIPES:
        nlp.add_pipe(pipe)
    doc = nlp(TEXT)

    assert [(m.surface, m.low, m.recipient) for m in doc._.money[:3]] == [
        ("50万元", 500_000, "国家级企业技术中心"),
        ("20万元", 200_000, "省级企业技术中心"),
        ("10万元", 100_000, "市级企业技术中心"),
    ]
    cap = doc._.money[3]
    assert (cap.surface, cap.high, cap.kind, cap.role) == ("最高不超过100万元", 1_000_000, "max", "subsidy")
    spans = doc.spans["money"]
    assert [s.text for s in spans] == ["50万元", "20万元", "10万元", "最高不超过100万元"]
    assert spans[0].label_ == "subsidy" and spans[0]._.policy.one_off is True

    assert [(r.surface, r.value, r.role) for r in doc._.ratios] == [("20%", 0.2, "subsidy_rate")]
    assert doc.spans["ratios"][0].label_ == "subsidy_rate"

    targets = doc._.targets
    assert [(t.year, t.value, t.unit, t.kind) for t in targets] == [
        (2027, 2500, "家", "min"),
        (2027, 27000, "件", "exact"),
    ]
    assert [s.text for s in doc.spans["targets"]] == ["全市高新技术企业超过2500家", "发明专利有效量达2.7万件"]


def test_component_settings_are_configurable():
    nlp = spacy.blank("zh")
    nlp.add_pipe("policy_money", config={"spans_key": "amounts"})
    doc = nlp("处一万元以上十万元以下的罚款。")
    assert [s.text for s in doc.spans["amounts"]] == ["一万元以上十万元以下"]
    assert doc.spans["amounts"][0].label_ == "penalty"


def test_project_pipeline_is_jieba_segmented_and_cached():
    nlp = get_nlp()
    assert nlp is get_nlp()
    assert nlp.pipe_names == list(PIPES)
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "jieba"
    doc = nlp("对新认定的企业给予50万元奖励。")
    assert [t.text for t in doc][:6] == ["对", "新", "认定", "的", "企业", "给予"]
    assert doc._.money[0].recipient == "企业"


def test_jieba_cache_goes_to_the_project_cache_folder_and_its_log_is_quiet():
    jieba = configure_jieba()
    assert Path(jieba.dt.tmp_dir) == cache_dir()
    assert jieba.dt.cache_file == "jieba.cache"
    assert logging.getLogger("jieba").level == logging.WARNING
    assert words("企业技术中心") == ("企业", "技术", "中心")
    # words() reads its own index of jieba's dictionary, kept in the same folder
    assert index_path().parent == cache_dir() and index_path().exists()


def test_cache_folder_follows_the_environment(tmp_path):
    # a fresh interpreter: jieba is configured on first use and writes its cache where we say, printing nothing
    code = (
        "from parsers.segmenter import words, cache_dir; import jieba;"
        "print(words('国家级企业技术中心')); print(cache_dir())"
    )
    env = {"ZHENGCE_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parent.parent,
        check=True,
    )
    assert done.stdout.splitlines()[-1] == str(tmp_path / "cache")
    assert list((tmp_path / "cache").glob("jieba-*.sqlite"))  # the dictionary index words() reads
    assert "Building prefix dict" not in done.stderr and "Loading model" not in done.stderr


def test_importing_the_parsers_does_not_touch_jieba():
    code = "import sys, parsers.amounts, parsers.targets; print('jieba' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_sentence_clauses_cover_the_text():
    clauses = sentence_clauses(TEXT)
    assert "".join(c.text for c in clauses) == TEXT
    assert [c.node_id for c in clauses[:2]] == ["sentence_1", "sentence_2"]
