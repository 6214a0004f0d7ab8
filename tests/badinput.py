"""A corpus of bad inputs and faults, generated on demand (nothing here is committed as files).

Each case writes its inputs under a folder and gives the command line to run on them. The
test in ``test_badinput.py`` runs every case and checks the promise of the README: exit 0, 1
or 2, at most one line per bad input naming it and the problem, never a traceback, and each
case done within ``CASE_SECONDS``. Run ``python -m tests.badinput DIR`` to write the corpus
into DIR and look at it.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CASE_SECONDS = 60  # no case may take longer (checked by a timeout, not a timing assertion)

STORY = ("Bridge to reopen\n\nThe mayor of Elmsford said on Monday that the bridge would "
         "reopen soon.\n\n\"We have done everything we can,\" she told reporters. Critics "
         "claimed the repairs were late.\n")
GOOD = {"id": "good", "outlet": "Gazette", "date": "2022-11-14", "title": "Bridge to reopen",
        "text": STORY}

Make = Callable[[Path], list[str]]  # writes the inputs under a folder; gives the arguments


@dataclass(frozen=True)
class Case:
    """One bad input: its name, the command it goes through, and how to make it."""

    name: str
    command: str  # analyze, stories, build (articles to a briefing), week (from a store), ingest
    make: Make
    subprocess: bool = False  # run as a separate process (a hang is killed by the timeout)


def _file(name: str, data: bytes | str) -> Make:
    def make(root: Path) -> list[str]:
        path = root / name
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str)
                         else data)
        return [str(path)]
    return make


def _line(text: str) -> Make:
    """A JSON-lines file: one good article, the bad line, another good article."""
    good = json.dumps(GOOD)
    other = json.dumps({**GOOD, "id": "other", "outlet": "Herald"})
    return _file("feed.jsonl", f"{good}\n{text}\n{other}\n")


def _record(**fields: object) -> Make:
    """A JSON file holding one record: the good article with some fields replaced."""
    return _file("one.json", json.dumps({**GOOD, **fields}))


def _raw_record(fragment: str) -> Make:
    """A JSON file whose record has a field written by hand (escapes json.dumps would fix)."""
    return _file("one.json", '{"id": "x", "outlet": "Gazette", "date": "2022-11-14", '
                             f'"text": {json.dumps(STORY)}, {fragment}}}')


def _rng_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


# --------------------------------------------------------------------------- article files

def _text_cases() -> list[Case]:
    utf8 = STORY.encode()
    files: dict[str, bytes | str] = {
        "empty": b"",
        "blank": b"  \n\t\n \r\n",
        "bom-only": codecs.BOM_UTF8,
        "png-header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
        "random-bytes": _rng_bytes(4096, 1),
        "nul-in-middle": utf8[:40] + b"\x00" + utf8[40:],
        "utf16-le-bom": STORY.encode("utf-16"),
        "utf16-le-no-bom": STORY.encode("utf-16-le"),
        "utf16-be-no-bom": STORY.encode("utf-16-be"),
        "utf32": STORY.encode("utf-32"),
        "cp1252-whole": STORY.replace("mayor", "maire’s café").encode("cp1252"),
        "one-cp1252-byte": utf8.replace(b"reporters", b"reporters \x93here\x94"),
        "latin1-controls": utf8 + bytes(range(0x80, 0xA0)),
        "overlong-utf8": utf8 + b"\xc0\xaf\xe0\x80\xaf",
        "lone-surrogate-bytes": utf8 + b"\xed\xa0\x80",
        "cr-only": STORY.replace("\n", "\r"),
        "crlf": STORY.replace("\n", "\r\n"),
        "mixed-endings": STORY.replace("\n\n", "\r\n\r", 1),
        "only-quote-marks": '"' * 5000,
        "only-quote-marks-lines": '"\n' * 3000,
        "only-curly-quotes": "“”‘’" * 500,
        "unbalanced-quotes": "Headline\n\n" + "“He said so, she said. " * 400,
        "no-quotes": "Headline\n\nThe river rose overnight and the road was closed.\n",
        "no-letters": "1234 5678 !!! ??? ... ---\n" * 50,
        "one-word": "Headline",
        "huge-single-line": "The mayor said the plan was fine. " * 1500,
        "many-short-lines": "x\n" * 20_000,
        "deep-parentheses": "Headline\n\n" + "(" * 20_000 + "said" + ")" * 20_000,
        "control-chars": "Headline\n\n" + "".join(chr(c) for c in range(1, 32)) * 20,
        "zero-width": "Head\u200bline\n\n\ufeffThe mayor\u200d said \u2028\u2029\"yes\".\n",
        "rtl-and-emoji": "عنوان\n\n\u202eThe mayor said \"😀 yes\" 🇺🇦.\n",
        "dollar-maths": "$x^2$ headline\n\nThe $\\frac{a}{b}$ mayor said \"$$\" today.\n",
        "byline-only": "By JOHN SMITH\n",
        "navigation-only": " ".join(["Home", "World", "Politics", "Sport"] * 10) + "\n",
        "date-only": "Published: November 14, 2022\n",
        "bad-date": "Published: February 30, 2022\n\nThe mayor said \"fine\".\n",
        "year-99999": "date 99999-01-01\n\nThe mayor said \"fine\".\n",
        "many-quotes": "Headline\n\n" + "\"Yes,\" she said. " * 400,
        "said-said-said": "Headline\n\n" + "said " * 2_000,
    }
    return [Case(f"txt-{name}", "analyze", _file(f"{name}.txt", data))
            for name, data in files.items()]


def _json_cases() -> list[Case]:
    deep = "[" * 100_000 + "]" * 100_000
    lines = {
        "deep-array": deep,
        "deep-object": '{"a":' * 50_000 + "1" + "}" * 50_000,
        "5000-digit-number": '{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}",
        "huge-float": '{"id": "f", "text": "The mayor said \\"yes\\".", "n": 1e999}',
        "nan": '{"id": "nan", "text": NaN}',
        "lone-surrogate": '{"id": "s", "outlet": "G", "text": "The mayor said \\ud800 yes."}',
        "surrogate-in-id": '{"id": "\\udfff", "text": "The mayor said \\"yes\\"."}',
        "truncated": '{"id": "t", "text": "The mayor',
        "not-an-object": "[1, 2, 3]",
        "null": "null",
        "string": '"just a string"',
        "text-number": '{"id": "n", "text": 12}',
        "text-list": '{"id": "l", "text": ["a", "b"]}',
        "text-null": '{"id": "z", "text": null}',
        "text-empty": '{"id": "e", "text": "   "}',
        "id-object": '{"id": {"a": 1}, "text": "The mayor said \\"yes\\"."}',
        "date-garbage": '{"id": "d", "date": "2022-13-45", "text": "The mayor said \\"yes\\"."}',
        "date-number": '{"id": "d2", "date": 1e308, "text": "The mayor said \\"yes\\"."}',
        "outlet-dollars": '{"id": "o", "outlet": "$x^{2}$ News", "text": "The mayor said."}',
        "nul-escape": '{"id": "nul", "text": "The mayor\\u0000 said \\"yes\\"."}',
        "line-separator": '{"id": "ls", "text": "The mayor said\u2028\\"yes\\"."}',
        "trailing-garbage": '{"id": "tg", "text": "The mayor said \\"yes\\"."} garbage',
        "duplicate-id": json.dumps(GOOD),
        "huge-line": json.dumps({"id": "h", "text": "The river rose. " * 40_000}),
    }
    cases = [Case(f"jsonl-{name}", "analyze", _line(text)) for name, text in lines.items()]
    files: dict[str, Make] = {
        "json-deep": _file("deep.json", deep),
        "json-5000-digits": _file("big.json", "9" * 5000),
        "json-empty-object": _file("empty.json", "{}"),
        "json-array-of-numbers": _file("nums.json", "[1, 2, 3]"),
        "json-array-of-empties": _file("empties.json", json.dumps([{}] * 1000)),
        "json-top-string": _file("s.json", '"text"'),
        "json-bom": _file("bom.json", codecs.BOM_UTF8 + json.dumps(GOOD).encode()),
        "json-comments": _file("c.json", "// a comment\n" + json.dumps(GOOD)),
        "json-utf16": _file("u16.json", json.dumps(GOOD).encode("utf-16")),
        "json-title-1mb": _record(title="T" * 1_000_000),
        "json-surrogate-title": _raw_record('"title": "\\ud800\\udbff"'),
        "json-outlet-latex": _raw_record('"outlet": "\\\\frac{1}{0} $\\\\$ News"'),
        "json-outlet-long": _record(outlet="O" * 10_000),
        "json-url-garbage": _record(url="ht!tp://[::1/x y"),
        "json-url-object": _raw_record('"url": {"a": 1}'),
        "jsonl-blank-lines": _file("blank.jsonl", "\n\n  \n\n"),
        "jsonl-cr-separated": _file("cr.jsonl", json.dumps(GOOD) + "\r" + json.dumps(
            {**GOOD, "id": "b"}) + "\r"),
        "jsonl-utf16": _file("u16.jsonl", (json.dumps(GOOD) + "\n").encode("utf-16")),
        "jsonl-binary": _file("bin.jsonl", _rng_bytes(2048, 2)),
        "jsonl-invalid-utf8-line": _file("bad.jsonl", json.dumps(GOOD).encode() + b"\n"
                                         + b'{"id": "x", "text": "caf\xe9 said \\"yes\\""}\n'),
        "jsonl-nul-line": _file("nul.jsonl", json.dumps(GOOD).encode() + b"\n\x00\x00\n"),
    }
    cases += [Case(name, "analyze", make) for name, make in files.items()]
    return cases


def _html_cases() -> list[Case]:
    files: dict[str, str | bytes] = {
        "empty-body": "<html><body></body></html>",
        "script-only": "<html><script>alert(1)</script></html>",
        "deep-divs": "<div>" * 20_000 + "The mayor said \"yes\"." + "</div>" * 20_000,
        "unclosed-tags": "<html><p><b><i>The mayor said \"yes\"<p><table><tr><td>",
        "binary": _rng_bytes(4096, 3),
        "utf16-meta": '<html><head><meta charset="utf-16"></head><body><p>The mayor said '
                      '"yes" today in the town hall of Elmsford.</p></body></html>',
        "huge-attribute": '<p title="' + "x" * 1_000_000 + '">The mayor said "yes".</p>',
        "entities": "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                    "<p>&b;&b;&b; The mayor said \"yes\".</p>",
        "dollar-title": "<html><head><title>$x^2$</title><meta property=\"og:site_name\" "
                        "content=\"$\\frac{1}{2}$ News\"></head><body><article><p>The mayor "
                        "of Elmsford said on Monday that the bridge would reopen soon after "
                        "repairs.</p></article></body></html>",
    }
    return [Case(f"html-{name}", "analyze", _file(f"{name}.html", data))
            for name, data in files.items()]


# --------------------------------------------------------------------------- paths, manifests

def _folder(files: dict[str, str | bytes]) -> Make:
    def make(root: Path) -> list[str]:
        for name, data in files.items():
            path = root / "in" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data.encode() if isinstance(data, str) else data)
        return [str(root / "in")]
    return make


def _symlink_loop(root: Path) -> list[str]:
    folder = root / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY)
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink(".", folder / "self")
    os.symlink("a.txt", folder / "b.txt")
    os.symlink("b.txt", folder / "a.txt")
    return [str(folder)]


def _fifo(root: Path) -> list[str]:
    os.mkfifo(root / "pipe.txt")
    (root / "good.txt").write_text(STORY)
    return [str(root / "pipe.txt"), str(root / "good.txt")]


def _device(root: Path) -> list[str]:
    (root / "in").mkdir()
    os.symlink("/dev/zero", root / "in" / "zero.txt")
    (root / "in" / "good.txt").write_text(STORY)
    return [str(root / "in"), "/dev/zero"]


def _odd_names(root: Path) -> list[str]:
    folder = root / "in"
    folder.mkdir()
    for name in (b"caf\xe9.txt", b"new\nline.txt", b"$x^2$.txt", b"-dash.txt", b" space .txt"):
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(STORY.encode())
    return [str(folder)]


def _folder_named_txt(root: Path) -> list[str]:
    (root / "in" / "dir.txt").mkdir(parents=True)
    (root / "in" / "good.txt").write_text(STORY)
    return [str(root / "in")]


def _unreadable(root: Path) -> list[str]:
    (root / "in").mkdir()
    (root / "in" / "good.txt").write_text(STORY)
    secret = root / "in" / "secret.txt"
    secret.write_text(STORY)
    secret.chmod(0)  # root still reads it; everyone else gets one line
    return [str(root / "in")]


def _path_cases() -> list[Case]:
    manifests = {
        "manifest-not-toml": "this is [not toml",
        "manifest-binary": _rng_bytes(512, 4),
        "manifest-entry-not-table": 'x = 1\n["good.txt"]\noutlet = "Herald"\n',
        "manifest-unknown-fields": '["good.txt"]\ncolour = "red"\n',
        "manifest-wrong-types": '["good.txt"]\noutlet = 12\npublished = [1, 2]\ntitle = {}\n',
        "manifest-deep": "a = " + "[" * 5000 + "]" * 5000 + "\n",
        "manifest-bad-date": '["good.txt"]\npublished = "yesterday"\n',
    }
    cases = [Case(name, "analyze", _folder({"good.txt": STORY, "manifest.toml": text}))
             for name, text in manifests.items()]
    cases += [
        Case("missing-path", "analyze", lambda root: [str(root / "nope")]),
        Case("empty-folder", "analyze", lambda root: [str(root)]),
        Case("only-other-files", "analyze", _folder({"a.pdf": b"%PDF", "b.docx": b"PK"})),
        Case("same-name-subfolders", "analyze", _folder({"a/story.txt": STORY,
                                                          "b/story.txt": STORY + "x"})),
        Case("symlink-loop", "analyze", _symlink_loop, subprocess=True),
        Case("fifo-given", "analyze", _fifo, subprocess=True),
        Case("device-given", "analyze", _device, subprocess=True),
        Case("odd-file-names", "build", _odd_names),
        Case("folder-named-txt", "analyze", _folder_named_txt),
        Case("unreadable-file", "analyze", _unreadable),
    ]
    return cases


# --------------------------------------------------------------------------- whole builds

def _build_cases() -> list[Case]:
    everything = "\n".join([
        json.dumps(GOOD),
        json.dumps({**GOOD, "id": "maths", "outlet": "$x^{2}$ News"}),
        '{"id": "sur", "outlet": "Herald \\ud800", "date": "2022-11-14", "text": '
        '"The mayor said \\udfff \\"yes\\" on Monday."}',
        "[" * 100_000,
        '{"n": ' + "1" * 5000 + "}",
        json.dumps({**GOOD, "id": "cr", "text": STORY.replace("\n", "\r")}),
        json.dumps({**GOOD, "id": "marks", "text": '"' * 3000}),
        json.dumps({**GOOD, "id": "nodate", "date": None}),
    ])
    return [
        Case("build-every-hostile-line", "build", _file("week.jsonl", everything)),
        Case("build-only-curly-marks", "build", _folder({"a.txt": "“”" * 3000,
                                                         "b.txt": "‘’" * 3000})),
        Case("build-dollar-outlets", "build", _file("d.jsonl", "\n".join(json.dumps(
            {**GOOD, "id": str(n), "outlet": o}) for n, o in enumerate(
                ["$", "$$", "$a$", "\\$", "$\\alpha$ Times", "$_$^"])))),
        Case("build-nothing-readable", "build", _folder({"a.txt": b"", "b.json": b"{"})),
        Case("stories-only-quote-marks", "stories", _folder({"a.txt": '"' * 500,
                                                             "b.txt": "“”" * 500})),
        Case("stories-same-text-twice", "stories", _folder({"a.txt": STORY, "b.txt": STORY})),
        Case("stories-cr-only", "stories", _file("cr.txt", STORY.replace("\n", "\r"))),
        Case("build-bad-week", "build-week-option", _file("a.txt", STORY)),
        Case("build-since-after-until", "build-period", _file("a.txt", STORY)),
    ]


# --------------------------------------------------------------------------- stores

def _project(root: Path) -> Path:
    (root / "articles").mkdir()
    (root / "articles" / "week.jsonl").write_text(json.dumps(GOOD) + "\n")
    config = root / "reportgen.toml"
    config.write_text('[sources]\nfolders = ["articles"]\n[output]\nfolder = "reports"\n')
    return config


def _store(damage: Callable[[Path], None]) -> Make:
    def make(root: Path) -> list[str]:
        config = _project(root)
        from reportgen.cli import main

        assert main(["ingest", "--config", str(config)]) == 0
        damage(root / "reportgen.db")
        return ["--config", str(config)]
    return make


def _garbage_store(db: Path) -> None:
    db.write_bytes(_rng_bytes(8192, 5))


def _truncated_store(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(db, "r+b") as fh:
        fh.truncate(1000)


def _zero_store(db: Path) -> None:
    db.write_bytes(b"")
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        side.unlink(missing_ok=True)


def store_of_one_table(db: Path, table: str) -> None:
    """Replace the store by a database holding only ``table (x)``: a schema not reportgen's."""
    db.unlink()
    con = sqlite3.connect(db)
    con.execute(f"CREATE TABLE {table} (x BLOB)")
    con.commit()
    con.close()


def _foreign_schema(db: Path) -> None:
    store_of_one_table(db, "analyses")


def _bad_rows(db: Path) -> None:
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO articles VALUES ('h', 'bad', NULL, NULL, NULL, NULL, "
                    "'2022-11-15', 's', x'00ff', '{', 'null', 'th', '2022-11-21')")
        con.execute("INSERT INTO articles VALUES ('h2', 'bad2', NULL, NULL, NULL, NULL, "
                    "'not a date', 's', 'text', '[]', '[]', 'th2', '2022-11-21')")
        con.execute("INSERT INTO analyses VALUES ('h', 'x', x'80049500')")
        con.execute("INSERT INTO builds VALUES ('2022-W40', 'f', '{not json')")
    con.close()


def _store_cases() -> list[Case]:
    damages = {"garbage": _garbage_store, "truncated": _truncated_store, "empty": _zero_store,
               "foreign-schema": _foreign_schema, "bad-rows": _bad_rows}
    cases = [Case(f"store-{name}", "week", _store(damage)) for name, damage in damages.items()]
    cases += [Case(f"ingest-store-{name}", "ingest", _store(damage))
              for name, damage in damages.items() if name != "bad-rows"]
    return cases


def all_cases() -> list[Case]:
    """Give every case of the corpus, in a stable order."""
    return [*_text_cases(), *_json_cases(), *_html_cases(), *_path_cases(), *_build_cases(),
            *_store_cases()]


def argv_for(case: Case, root: Path) -> list[str]:
    """Make a case's inputs under root and give the full command line."""
    made = case.make(root)
    out = str(root / "reports")
    return {
        "analyze": lambda: ["analyze", *made, "--format", "jsonl", "--jobs", "1"],
        "stories": lambda: ["stories", *made, "--format", "jsonl"],
        "build": lambda: ["build", *made, "--out", out, "--jobs", "1"],
        "build-week-option": lambda: ["build", *made, "--out", out, "--week", "2022-W99"],
        "build-period": lambda: ["build", *made, "--out", out, "--since", "2022-12-01",
                                 "--until", "2022-11-01"],
        "week": lambda: ["build", "--week", "2022-W46", "--jobs", "1", *made],
        "ingest": lambda: ["ingest", "--jobs", "1", *made],
    }[case.command]()


if __name__ == "__main__":  # python -m tests.badinput DIR: write the corpus to look at
    target = Path(sys.argv[1])
    for case in all_cases():
        folder = target / case.name
        folder.mkdir(parents=True)
        print(case.name, " ".join(argv_for(case, folder)))
