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
    # made-up officials whose given names the nicknames package links to other families
    "Ron Quillerby,Ron,,Quillerby,,,M,1951-01-01,representative,VT,Democrat,test,X000005,",
    "Joe Vantresca,Joe,,Vantresca,,,M,1952-01-01,representative,NM,Democrat,test,X000006,",
    "Andrew Pellworth,Andrew,,Pellworth,,,M,1953-01-01,senator,ID,Republican,test,X000007,",
    "Nancy Ostergaard,Nancy,,Ostergaard,,,F,1954-01-01,senator,IA,Republican,test,X000008,",
    "Benjamin Tolliver,Benjamin,,Tolliver,,,M,1955-01-01,representative,KS,Democrat,test,"
    "X000009,",
    "Rick Dunmore,Rick,,Dunmore,,,M,1956-01-01,representative,UT,Republican,test,X000010,",
    "Herbert Callowby,Herbert,,Callowby,,,M,1957-01-01,representative,NE,Democrat,test,"
    "X000011,",
    "Ted Ashgrove,Ted,,Ashgrove,,,M,1958-01-01,representative,WY,Republican,test,X000012,",
    "Gerald Fenwright,Gerald,,Fenwright,,,M,1959-01-01,senator,MT,Republican,test,X000013,",
    "Charles Brindle,Charles,,Brindle,,,M,1960-01-01,senator,AK,Democrat,test,X000014,",
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
    # usually written with his suffix (the Wikipedia title keeps it): the one row that says so
    assert jim[11] == "yes"
    assert all(len(r) == 11 for r in rows if r[0] != "Jim Halloran")


@pytest.mark.parametrize(("name", "among", "not_among"), [
    # a short form only upstream: the formal name it stands for and its own lengthening,
    # not the package's other formal names (Bill -> Robert) nor their short forms
    ("Bill Ostrand", {"Bill", "William", "Billy"}, {"Robert", "Bob", "Bobby", "Rob"}),
    ("Bob Ostrand", {"Bob", "Robert", "Bobby"}, {"Bill", "Billy", "William", "Rob"}),
    ("Jim Halloran", {"Jim", "James", "Jimmy"}, {"Robert"}),
    # a formal name of another family a short form may also stand for is no form of the
    # person's: Ron stands for Ronald, not Aaron or Cameron; Joe for Joseph, not Joshua;
    # Rick for Richard, not Frederick or Derrick
    ("Ron Quillerby", {"Ron", "Ronald", "Ronnie"}, {"Aaron", "Aron", "Cameron"}),
    ("Joe Vantresca", {"Joe", "Joseph", "Joey"}, {"Joshua"}),
    ("Rick Dunmore", {"Rick", "Richard", "Ricky"}, {"Frederick", "Derrick", "Cedric"}),
    # where no formal name begins as the short form does, all stay
    ("Ted Ashgrove", {"Ted", "Edward", "Theodore"}, set()),
    # a short form the package lists that begins another family's name and is no piece of
    # the person's own is left out (Randy: Randall; Ann: Anna; Jamie: James; Carl: Carlton);
    # a piece of it (Drew, Bert) or one that sounds as it begins (Jerry of Gerald) stays
    ("Andrew Pellworth", {"Andrew", "Andy", "Drew"}, {"Randy"}),
    ("Nancy Ostergaard", {"Nancy", "Nan"}, {"Ann"}),
    ("Benjamin Tolliver", {"Benjamin", "Ben", "Benny"}, {"Jamie"}),
    ("Herbert Callowby", {"Herbert", "Herb", "Bert"}, set()),
    ("Gerald Fenwright", {"Gerald", "Jerry"}, set()),
    ("Charles Brindle", {"Charles", "Charlie", "Chuck"}, {"Carl"}),
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


@pytest.mark.parametrize(("written", "found"), [
    # the table's holder where the article writes a form of his own name, no one where it
    # writes another family's name the nicknames package also links
    ("Ronald Quillerby", "Ron Quillerby"), ("Ronnie Quillerby", "Ron Quillerby"),
    ("Aaron Quillerby", None), ("Cameron Quillerby", None),
    ("Joseph Vantresca", "Joe Vantresca"), ("Joshua Vantresca", None),
    ("Andy Pellworth", "Andrew Pellworth"), ("Randy Pellworth", None),
    ("Nan Ostergaard", "Nancy Ostergaard"), ("Ann Ostergaard", None),
    ("Richard Dunmore", "Rick Dunmore"), ("Frederick Dunmore", None),
])
def test_the_matcher_takes_only_the_persons_own_forms(tmp_path, written, found):
    from reportgen.analyze.actors.officials import find_holder
    from reportgen.knowledge.roster import Holder

    src, out = tmp_path / "in.csv", tmp_path / "out.tsv"
    src.write_text(CSV, encoding="utf-8")
    assert _script().main([str(src), str(out)]) == 0
    rows = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines()
            if not ln.startswith("#")][1:]
    roster = tuple(Holder(r[0], r[3], tuple(r[1].split(",")), r[2], r[4], r[5], r[6], r[7],
                          "United States", r[8], r[9], None, None) for r in rows)
    holder = find_holder(roster, written)
    assert (holder.name if holder else None) == found
