"""The ingest package's shape: small modules, one interface, site conventions as data."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import parsers.ingest
from parsers.ingest.sites import SITES_PATH, compile_sites, load_sites

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "parsers" / "ingest"
MAX_MODULE_LINES = 300


def _python_files_outside_the_package() -> list[Path]:
    folders = [p for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name != "out"]
    files = [path for folder in folders for path in folder.rglob("*.py") if PACKAGE not in path.parents]
    assert any(path.parts[-2:] == ("parsers", "pipeline.py") for path in files)
    return files


def _ingest_imports(tree: ast.AST) -> list[tuple[str, str, int]]:
    """(module, name, line) for every name imported from parsers.ingest or one of its modules."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("parsers.ingest"):
            found.extend((node.module, alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("parsers.ingest."):
                    found.append((alias.name, "*", node.lineno))
    return found


def _private_uses(tree: ast.AST) -> list[tuple[str, int]]:
    """Attribute access to an underscore name of parsers.ingest (ingest._x, parsers.ingest.pdf._y)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            dotted = ast.unparse(node.value)
            if dotted == "ingest" or dotted.startswith(("parsers.ingest", "ingest.")):
                found.append((f"{dotted}.{node.attr}", node.lineno))
    return found


def test_nothing_outside_the_package_imports_its_private_names():
    """Code imports only the package's interface (parsers.ingest.__all__); tests may reach its modules'
    public functions to test them one by one, never an underscore name."""
    interface = set(parsers.ingest.__all__)
    problems = []
    for path in _python_files_outside_the_package():
        source = path.read_text(encoding="utf-8")
        if "ingest" not in source:
            continue  # no name of the package can be reached without spelling it
        tree = ast.parse(source, filename=str(path))
        where = path.relative_to(ROOT)
        is_test = where.parts[0] == "tests"
        for module, name, line in _ingest_imports(tree):
            if name.startswith("_"):
                problems.append(f"{where}:{line} imports private {module}.{name}")
            elif not is_test and (module != "parsers.ingest" or name not in interface):
                problems.append(f"{where}:{line} imports {module}.{name}, not part of parsers.ingest.__all__")
        problems.extend(f"{where}:{line} uses private {name}" for name, line in _private_uses(tree))
    assert problems == []


def test_the_checker_sees_a_private_import(tmp_path):
    tree = ast.parse(
        "from parsers.ingest.pdf import _PDFIUM\nimport parsers.ingest.docx\nparsers.ingest.docx._damage"
    )
    assert _ingest_imports(tree) == [("parsers.ingest.pdf", "_PDFIUM", 1), ("parsers.ingest.docx", "*", 2)]
    assert _private_uses(tree) == [("parsers.ingest.docx._damage", 3)]


def test_every_interface_name_exists():
    for name in parsers.ingest.__all__:
        assert hasattr(parsers.ingest, name), name


def test_no_module_of_the_package_is_over_300_lines():
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in PACKAGE.glob("*.py")}
    assert len(sizes) >= 10
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}


def test_site_conventions_are_data():
    raw = tomllib.loads(SITES_PATH.read_text(encoding="utf-8"))
    sites = load_sites()
    # Every label of the metadata table is known, with the field it fills.
    assert sites.meta_fields["发文字号"] == "doc_number" and sites.meta_fields["索引号"] is None
    assert sites.meta_label.match("成文日期：2024年3月1日").group(1) == "成文日期"
    # A container named in the data is a content container; a new one is one line of data.
    assert sites.content_strong.match("TRS_Editor") and not sites.content_strong.match("my_box")
    raw["content"]["containers"].append("my_box")
    assert compile_sites(raw).content_strong.match("my_box")
    assert sites.furniture_attr.search("bdsharebuttonbox") and not sites.furniture_attr.search("article")
    assert sites.furniture_line.match("【打印本页】") and sites.furniture_line.match("字号：大 中 小")
    assert sites.page_title_split.split("关于印发措施的通知_某市人民政府")[0] == "关于印发措施的通知"
