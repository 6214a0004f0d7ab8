"""The command line's parser: every command, its options, help text and examples."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from reportgen import __version__
from reportgen.cli.common import EXIT_USAGE
from reportgen.lens import BAND, HOME_SHARE, LENSES

BUILD_EXAMPLE = """\
examples:
  reportgen build                              # the articles in seeds/ into reports/
  reportgen build seeds --config seeds/reportgen.toml   # with the sides it defines
  reportgen build articles/ --out reports/ --week 2022-W46
  reportgen build articles/ --lens party       # tell voices apart by party, whatever the mix
  reportgen build a.txt b.html feed.jsonl --since 2022-11-01 --until 2022-11-30 \\
      --title "Kherson coverage"
"""
INGEST_EXAMPLE = """\
examples:
  reportgen ingest                             # with ./reportgen.toml
  reportgen ingest --config /srv/briefings/reportgen.toml
"""
SCHEDULE_EXAMPLE = """\
examples:
  reportgen schedule                           # runs until SIGTERM or Ctrl-C
  reportgen schedule --once                    # one cycle, for cron
  reportgen schedule --print systemd           # a service and timer to install
"""
STORIES_EXAMPLE = """\
examples:
  reportgen stories articles/                  # a table of stories and their articles
  reportgen stories week.jsonl --format jsonl  # {"id", "story"} per article
"""
ANALYZE_EXAMPLE = """\
examples:
  reportgen analyze seeds/                     # a table of quotes per article
  reportgen analyze articles.jsonl --format jsonl > analysis.jsonl
  reportgen analyze archive.jsonl --format jsonl --jobs 4 > analysis.jsonl
  reportgen analyze archive/ --out tables/ --scheduler tcp://10.0.0.5:8786   # on a cluster
"""
EXPORT_EXAMPLE = """\
examples:
  reportgen export archive.jsonl --out tables/       # on every core of this machine
  reportgen export archive/ --out tables/ --scheduler tcp://10.0.0.5:8786
  duckdb -c "SELECT week, outlet, count(*) FROM read_parquet('tables/quotes/*/*.parquet',
             hive_partitioning = true) GROUP BY ALL ORDER BY ALL"
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, then the usage hint
        """Exit with a usage error: one line, then where to look for help."""
        self.exit(EXIT_USAGE, f"reportgen: {message} (see 'reportgen {self.prog.split()[-1]} "
                              f"--help')\n" if " " in self.prog else f"reportgen: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the command line's parser: every command, its options and examples."""
    p = _Parser(prog="reportgen",
                description="Briefings that compare how news outlets frame the same events: "
                            "whom they quote, how they attribute, in what tone.",
                epilog="Run 'reportgen COMMAND --help' for a command's options and examples.")
    p.add_argument("--version", action="version", version=f"reportgen {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    b = sub.add_parser("build", help="build a PDF, HTML and JSON briefing from articles",
                       description="Read articles (.txt, .html, .json, .jsonl; files or folders),"
                                   " analyze them and write briefing.pdf, briefing.html and "
                                   "briefing.json.",
                       epilog=BUILD_EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                   help="files or folders of articles (default: seeds/)")
    b.add_argument("--out", type=Path, default=Path("reports"), metavar="DIR",
                   help="folder for the briefing (default: reports/)")
    when = b.add_mutually_exclusive_group()
    when.add_argument("--week", metavar="YYYY-Www", help="only articles published that ISO week")
    when.add_argument("--since", metavar="DATE", help="only articles published on or after DATE")
    b.add_argument("--until", metavar="DATE", help="only articles published on or before DATE")
    b.add_argument("--title", metavar="TEXT", help="the briefing's title")
    b.add_argument("--templates", type=Path, metavar="DIR",
                   help="a folder with briefing.html.j2 and briefing.css to use instead")
    b.add_argument("--config", type=Path, metavar="FILE",
                   help="reportgen.toml: without INPUT, build a week from its store (default: "
                        "./reportgen.toml); with INPUT, use its outlets, officials and sides")
    b.add_argument("--lens", choices=LENSES,
                   help="group voices by party (speakers of the most quoted country by their "
                        "party, the others by country), by country, or auto: party when one "
                        f"country gives {HOME_SHARE + BAND}%% or more of the quotes with a "
                        f"known speaker country, country under {HOME_SHARE - BAND}%%, and "
                        f"always party in the band between (around the {HOME_SHARE}%% cut, "
                        "where a few speakers would flip a single cut). Default: [output] "
                        "lens in reportgen.toml, else auto. The briefing's cover says which "
                        "lens it used and why")
    b.add_argument("--force", action="store_true",
                   help="rebuild a week from the store even when nothing changed")
    _add_jobs(b)

    ing = sub.add_parser("ingest", help="pull the configured sources into the article store",
                         description="Read the folders, feeds and article URLs that "
                                     "reportgen.toml lists and store new articles.",
                         epilog=INGEST_EXAMPLE,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    ing.add_argument("--config", type=Path, metavar="FILE",
                     help="the config file (default: ./reportgen.toml)")
    _add_jobs(ing)

    sch = sub.add_parser("schedule", help="ingest and build every week, unattended",
                         description="Run in the foreground: on start, build the weeks missed "
                                     "while down; then ingest and build the last complete week "
                                     "on the config's cron schedule. Stops cleanly on SIGTERM or "
                                     "Ctrl-C.",
                         epilog=SCHEDULE_EXAMPLE,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    sch.add_argument("--config", type=Path, metavar="FILE",
                     help="the config file (default: ./reportgen.toml)")
    mode = sch.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true",
                      help="run one cycle and exit (for cron or a systemd timer)")
    mode.add_argument("--print", choices=("cron", "systemd"), dest="print_as",
                      help="print a crontab line or systemd units instead of running")

    st = sub.add_parser("stories", help="group articles that report the same event",
                        description="Group articles into stories by what they report and when; "
                                    "print each article's story, or a table of stories.",
                        epilog=STORIES_EXAMPLE,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_articles(st, "jsonl: {\"id\", \"story\"} per article; table: readable (default)")

    a = sub.add_parser("analyze", help="print quotes, speakers, officials and tone per article",
                       description="Analyze articles and print one result per article.",
                       epilog=ANALYZE_EXAMPLE,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_articles(a, "jsonl: one JSON object per line; table: readable (default)")
    _add_jobs(a)
    _add_tables(a, required=False)

    ex = sub.add_parser("export", help="analyze an archive into Parquet tables, by week",
                        description="Analyze JSON-lines or Parquet files into the Parquet "
                                    "tables articles, quotes and officials under OUT, in "
                                    "folders week=YYYY-Www, on every core or on a Dask "
                                    "cluster (pip install 'reportgen[cluster]').",
                        epilog=EXPORT_EXAMPLE,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                    help=".jsonl or .parquet files, or folders of them")
    _add_tables(ex, required=True)
    ex.add_argument("--config", type=Path, metavar="FILE",
                    help="reportgen.toml: its outlets, officials and [cluster] scheduler "
                         "(default: ./reportgen.toml if there is one)")
    _add_jobs(ex)
    return p


def _add_articles(p: argparse.ArgumentParser, format_help: str) -> None:
    """Add the articles to read, the output format and the config that extends knowledge."""
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="files or folders of articles")
    p.add_argument("--format", choices=("jsonl", "table"), default="table", help=format_help)
    p.add_argument("--config", type=Path, metavar="FILE",
                   help="reportgen.toml whose [outlets], [officials] and [sides] to use")


def _add_tables(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--out", type=Path, metavar="DIR", required=required,
                   help="write Parquet tables (articles, quotes, officials) by week into this "
                        "new folder" + ("" if required else " instead of printing"))
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on the Dask cluster whose scheduler listens here, e.g. "
                        "tcp://10.0.0.5:8786 (default: [cluster] scheduler in reportgen.toml,"
                        " else this machine)")


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of at least 1, not "
                                         f"{value!r}")
    return n


def _add_jobs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                   help="processes to analyze on (default: every core of this machine); "
                        "the output is the same for any N")
