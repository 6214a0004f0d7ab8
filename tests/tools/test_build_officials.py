"""tools/build_officials.py: the shipped US officials table is what the script makes."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "build_officials.py"
SHIPPED = ROOT / "reportgen" / "knowledge" / "us_officials.tsv"
CSV = "".join(line + "\n" for line in [
    "name,first,middle,last,suffix,nickname,gender,birthday,role,state,party,source,"
    "bioguide_id,wikipedia",
    "Dana Q. Whitfield,Dana,Q.,Whitfield,,,F,1960-01-01,senator,OR,Democrat,test,X000001,"
    "Dana Whitfield (politician)",
    "James Halloran Jr.,James,,Halloran,Jr.,Jim,M,1950-01-01,representative,OH,Republican,"
    "test,X000002,Jim Halloran Jr.",
    "Bill Ostrand,Bill,,Ostrand,,,M,1955-01-01,senator,ME,Republican,test,X000003,Bill Ostrand",
    "Bob Ostrand,Bob,,Ostrand,,,M,1956-01-01,representative,ME,Democrat,test,X000004,",
])


def _script():
    spec = importlib.util.spec_from_file_location("build_officials", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_carry_usual_name_short_forms_party_and_state(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.tsv"
    src.write_text(CSV, encoding="utf-8")
    assert _script().main([str(src), str(out)]) == 0
    rows = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines()
            if not ln.startswith("#")][1:]
    by_name = {r[0]: r for r in rows}
    jim = by_name["Jim Halloran"]  # the suffix has its own column
    assert jim[1].split(",")[:2] == ["Jim", "James"]
    assert (jim[4], jim[6], jim[8], jim[9]) == ("Jr.", "Representative", "Republican Party",
                                                "Ohio")
    dana = by_name["Dana Whitfield"]
    assert (dana[5], dana[7], dana[8], dana[9]) == ("f", "legislator", "Democratic Party",
                                                    "Oregon")


@pytest.mark.parametrize(("name", "among", "not_among"), [
    # a short form only upstream: the formal name it stands for and its own lengthening,
    # not the package's other formal names (Bill -> Robert) nor their short forms
    ("Bill Ostrand", {"Bill", "William", "Billy"}, {"Robert", "Bob", "Bobby", "Rob"}),
    ("Bob Ostrand", {"Bob", "Robert", "Bobby"}, {"Bill", "Billy", "William", "Rob"}),
    ("Jim Halloran", {"Jim", "James", "Jimmy"}, {"Robert"}),
])
def test_given_forms_of_a_short_form(tmp_path, name, among, not_among):
    src, out = tmp_path / "in.csv", tmp_path / "out.tsv"
    src.write_text(CSV, encoding="utf-8")
    assert _script().main([str(src), str(out)]) == 0
    rows = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines()
            if not ln.startswith("#")][1:]
    forms = set({r[0]: r for r in rows}[name][1].split(","))
    assert among <= forms
    assert not forms & not_among


def test_a_missing_source_is_one_line(tmp_path, capsys):
    assert _script().main([str(tmp_path / "none.csv"), str(tmp_path / "out.tsv")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.shared
def test_shipped_table_is_up_to_date(shared, tmp_path):
    out = tmp_path / "us_officials.tsv"
    assert _script().main([str(shared / "knowledge" / "us_officials.csv"), str(out)]) == 0
    assert out.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")
