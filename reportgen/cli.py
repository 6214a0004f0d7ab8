"""The command line: parse, build settings, call the library, print, map errors to exit codes.

Exit codes: 0 done (inputs that could not be read are reported, one line each, and skipped);
1 nothing could be built; 2 the command line or a setting is wrong. ``schedule --once`` gives 1
after reporting a failure (a source skipped, a week not built) or when another build held the
lock, so cron and systemd see a run that needs a look; a quiet week (nothing new, nothing
published, an unchanged week not rebuilt) is 0 with a line saying so.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO, TypeVar

from reportgen import __version__
from reportgen.knowledge.rows import KnowledgeError
from reportgen.parallel import WorkerDied

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

BUILD_EXAMPLE = """\
examples:
  reportgen build                              # the articles in seeds/ into reports/
  reportgen build seeds --config seeds/reportgen.toml   # with the sides it defines
  reportgen build articles/ --out reports/ --week 2022-W46
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
        self.exit(EXIT_USAGE, f"reportgen: {message} (see 'reportgen {self.prog.split()[-1]} "
                              f"--help')\n" if " " in self.prog else f"reportgen: {message}\n")


def _parser() -> argparse.ArgumentParser:
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
    st.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                    help="files or folders of articles")
    st.add_argument("--format", choices=("jsonl", "table"), default="table",
                    help="jsonl: {\"id\", \"story\"} per article; table: readable (default)")
    st.add_argument("--config", type=Path, metavar="FILE",
                    help="reportgen.toml whose [outlets], [officials] and [sides] to use")

    a = sub.add_parser("analyze", help="print quotes, speakers, officials and tone per article",
                       description="Analyze articles and print one result per article.",
                       epilog=ANALYZE_EXAMPLE,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="files or folders of articles")
    a.add_argument("--format", choices=("jsonl", "table"), default="table",
                   help="jsonl: one JSON object per line; table: readable (default)")
    a.add_argument("--config", type=Path, metavar="FILE",
                   help="reportgen.toml whose [outlets], [officials] and [sides] to use")
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


def _jobs_of(args: argparse.Namespace) -> int:
    from reportgen.parallel import default_jobs

    return args.jobs or default_jobs()


def _progress(stream: TextIO):
    """Give a progress wrapper: a bar on a terminal, nothing otherwise."""
    def wrap(items: Sequence[T], label: str) -> Iterable[T]:
        if not stream.isatty() or len(items) < 20:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=label, unit="article", file=stream, leave=False)
    return wrap


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(out)
        return EXIT_USAGE
    try:
        if args.command == "build":
            return _build(args, out, err)
        if args.command == "stories":
            return _stories(args, out, err)
        if args.command in ("ingest", "schedule"):
            return _unattended(args, out, err)
        if args.command == "export" or args.out is not None:
            return _export(args, out, err)
        return _analyze(args, out, err)
    except KnowledgeError as exc:  # a knowledge file edited wrong: like a config mistake
        print(f"reportgen: {exc}", file=err)
        return EXIT_USAGE
    except WorkerDied as exc:  # killed for memory, say: one line, not a traceback
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("reportgen: interrupted; nothing was written", file=err)
        return 130


def _build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reportgen.build import BuildError, build_briefing, render_briefing, write_outputs
    from reportgen.config import SettingsError, parse_period, parse_week
    from reportgen.knowledge import load_knowledge
    from reportgen.render import TEMPLATE, default_templates

    try:
        if args.until and args.week:
            raise SettingsError("--until goes with --since, not with --week")
        period = parse_week(args.week) if args.week else parse_period(args.since, args.until)
    except SettingsError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_USAGE
    templates = args.templates or default_templates()
    if not (templates / TEMPLATE).is_file():
        print(f"reportgen: {templates}: no {TEMPLATE} in this templates folder", file=err)
        return EXIT_USAGE
    if not args.inputs:
        config_path = _config_path(args)
        if config_path is not None:
            return _build_from_store(args, config_path, templates, out, err)
        if not Path("seeds").exists():  # the demo's default, absent: say what build needs
            print("reportgen: nothing to build: no articles given, no reportgen.toml here and "
                  "no seeds/ folder; give articles (reportgen build FOLDER) or --config FILE",
                  file=err)
            return EXIT_USAGE
    inputs = args.inputs or [Path("seeds")]
    knowledge = load_knowledge()
    if args.config is not None:  # articles given: the config only adds its knowledge
        loaded = _load_project(args.config, err)
        if loaded is None:
            return EXIT_USAGE
        knowledge = loaded[1]
    try:
        briefing = build_briefing(inputs, knowledge, period, title=args.title,
                                  progress=_progress(err), jobs=_jobs_of(args))
    except BuildError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    _report_problems(briefing.problems, briefing.articles, err)
    try:
        rendered = render_briefing(briefing, templates)
        paths = write_outputs(rendered, args.out)
    except OSError as exc:
        print(f"reportgen: {args.out}: cannot write the briefing ({exc.strerror or exc}); "
              "the previous briefing is untouched", file=err)
        return EXIT_FAILED
    except Exception as exc:  # a template or layout error: nothing was written
        print(f"reportgen: rendering failed ({type(exc).__name__}: {exc}); nothing was "
              "written", file=err)
        return EXIT_FAILED
    n_quotes = sum(len(a.quotes) for a in briefing.articles)
    print(f"Briefing of {len(briefing.articles)} articles from {len(briefing.outlets)} outlets "
          f"({n_quotes} quotes) written to {', '.join(str(p) for p in paths)}", file=out)
    return EXIT_OK


def _config_path(args: argparse.Namespace) -> Path | None:
    from reportgen.config import find_config

    return find_config(getattr(args, "config", None), Path.cwd())


def _load_project(path: Path, err: TextIO):
    """Load reportgen.toml and the knowledge it extends; None after printing the mistakes."""
    from reportgen.config import ConfigError, load_config
    from reportgen.knowledge import apply_config, load_knowledge

    try:
        config = load_config(path)
    except ConfigError as exc:
        for line in str(exc).splitlines():
            print(f"reportgen: {line}", file=err)
        return None
    return config, apply_config(load_knowledge(), config)


def _knowledge(args: argparse.Namespace, err: TextIO):
    """Give the knowledge, extended by --config when given; None after printing its mistakes."""
    from reportgen.knowledge import load_knowledge

    if args.config is None:
        return load_knowledge()
    loaded = _load_project(args.config, err)
    return None if loaded is None else loaded[1]


def _build_from_store(args, config_path: Path, templates: Path, out: TextIO,
                      err: TextIO) -> int:
    from datetime import date

    from reportgen.build import BuildError, build_week
    from reportgen.config import parse_week
    from reportgen.schedule import BuildLock, LockBusy, default_week

    loaded = _load_project(config_path, err)
    if loaded is None:
        return EXIT_USAGE
    config, knowledge = loaded
    if args.since or args.until:
        print("reportgen: a build from the store takes --week, not --since/--until",
              file=err)
        return EXIT_USAGE
    if args.week:
        period = parse_week(args.week)
    else:
        from reportgen.store import StoreError

        try:
            period, why = default_week(config, date.today())
        except StoreError as exc:
            print(f"reportgen: {exc}", file=err)
            return EXIT_FAILED
        print(f"reportgen: no --week given: {why}", file=err)
    try:
        with BuildLock(config.output):
            result = build_week(config, knowledge, period, templates, force=args.force,
                                progress=_progress(err), jobs=_jobs_of(args))
    except LockBusy as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    except BuildError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:  # the output folder cannot be written (read-only, full)
        print(f"reportgen: {exc.filename or config.output}: cannot write there "
              f"({exc.strerror or exc}); nothing was built", file=err)
        return EXIT_FAILED
    if not result.built:
        print(f"{result.week}: unchanged since the last build, not rebuilt "
              f"({result.out_dir}); use --force to rebuild", file=out)
    else:
        print(f"{result.week}: briefing of {result.articles} articles ({result.analyzed} "
              f"analyzed now) written to {result.out_dir}", file=out)
    return EXIT_OK


def _unattended(args, out: TextIO, err: TextIO) -> int:
    import signal
    import threading
    from datetime import date

    from reportgen.render import default_templates
    from reportgen.schedule import Scheduler, ingest

    path = _config_path(args)
    if path is None:
        print("reportgen: no reportgen.toml here; pass --config FILE (the README shows one)",
              file=err)
        return EXIT_USAGE
    loaded = _load_project(path, err)
    if loaded is None:
        return EXIT_USAGE
    config, knowledge = loaded
    if args.command == "ingest":
        from reportgen.store import StoreError

        try:
            cycle = ingest(config, knowledge, date.today(), jobs=_jobs_of(args))
        except StoreError as exc:
            print(f"reportgen: {exc}", file=err)
            return EXIT_FAILED
        for p in cycle.problems:
            print(f"reportgen: skipped: {p}", file=err)
        for n in cycle.notes:
            print(f"reportgen: note: {n}", file=err)
        print(f"{cycle.new} new articles stored ({cycle.seen} already there) in {config.store}"
              + (f"; {cycle.unchanged} files unchanged since the last ingest, not read again"
                 if cycle.unchanged else ""), file=out)
        return EXIT_OK
    if args.print_as:
        return _print_schedule(args.print_as, config, path, out, err)
    scheduler = Scheduler(config, knowledge, default_templates(),
                          log=lambda line: print(line, file=err, flush=True))
    if args.once:  # 1 after a failure was reported, or when another build held the lock
        once = scheduler.cycle()
        return EXIT_OK if once is not None and not once.problems else EXIT_FAILED
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        scheduler.run(stop)
    except KeyboardInterrupt:
        stop.set()
        print("reportgen: scheduler stopped", file=err)
    return EXIT_OK


def _print_schedule(form: str, config, path: Path, out: TextIO, err: TextIO) -> int:
    from reportgen.schedule import ScheduleError, crontab_line, systemd_units

    try:
        text = crontab_line(config, path) + "\n" if form == "cron" else systemd_units(config,
                                                                                    path)
    except ScheduleError as exc:
        print(f"reportgen: {path}: {exc}", file=err)
        return EXIT_USAGE
    print(text, file=out, end="")
    return EXIT_OK


def _report_problems(problems, analyses, err: TextIO) -> None:
    for p in problems:
        print(f"reportgen: skipped or partial: {p}", file=err)
    for a in analyses:  # one line per article, however many notes
        notes = ["no attributed quotes found"] if not a.quotes else []
        notes.extend(a.article.warnings)
        if notes:
            print(f"reportgen: note: {a.article.source}: {'; '.join(notes)}", file=err)


def _analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.scheduler:
        print("reportgen: --scheduler writes Parquet tables: give --out DIR", file=err)
        return EXIT_USAGE
    from reportgen.ingest import iter_inputs
    from reportgen.parallel import Failure, map_ordered

    knowledge = _knowledge(args, err)
    if knowledge is None:
        return EXIT_USAGE
    # read here one article at a time; analyze and format on every core; write in input order
    results = map_ordered(_analysis_text, iter_inputs(args.inputs, knowledge),
                          (knowledge, args.format), _jobs_of(args), label=_item_source,
                          preload=("reportgen.analyze", "reportgen.export"))
    written = 0
    for result in _stream_progress(results, err):
        if isinstance(result, str):
            out.write(result)
            written += 1
        elif isinstance(result, Failure):
            print(f"reportgen: skipped or partial: {result.item}: analysis failed "
                  f"({result.error}); article left out", file=err)
        else:
            print(f"reportgen: skipped or partial: {result}", file=err)
    return EXIT_OK if written else EXIT_FAILED


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reportgen.archive import ArchiveError, export_archive
    from reportgen.knowledge import load_knowledge

    knowledge, scheduler = load_knowledge(), args.scheduler
    config_path = _config_path(args)
    if config_path is not None:
        loaded = _load_project(config_path, err)
        if loaded is None:
            return EXIT_USAGE
        knowledge, scheduler = loaded[1], scheduler or loaded[0].scheduler
    try:
        done = export_archive(args.inputs, args.out, knowledge, scheduler=scheduler,
                              jobs=_jobs_of(args), progress=_progress(err))
    except ArchiveError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    for p in done.problems:
        print(f"reportgen: skipped or partial: {p}", file=err)
    counts = ", ".join(f"{n} {table}" for table, n in done.rows.items())
    where = f", on {scheduler}" if scheduler else ""
    print(f"{counts} written to {done.out} ({done.parts} part{'s' if done.parts > 1 else ''}"
          f"{where})", file=out)
    return EXIT_OK if done.rows["articles"] else EXIT_FAILED


def _analysis_text(context: tuple, item):
    """Analyze one article and give its output (a problem read earlier passes through)."""
    from reportgen.analyze import analyze_article
    from reportgen.export import analysis_dict
    from reportgen.models import Problem

    if isinstance(item, Problem):
        return item
    knowledge, form = context
    analysis = analyze_article(item, knowledge)
    if form == "jsonl":
        return json.dumps(analysis_dict(analysis), ensure_ascii=False) + "\n"
    return _table_text(analysis)


def _item_source(item) -> str:
    return item.source


def _stream_progress(items: Iterable[T], stream: TextIO) -> Iterable[T]:
    """Count articles on a terminal as they are written; nothing otherwise."""
    if not stream.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc="analyzing", unit="article", file=stream, leave=False)


def _stories(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reportgen.ingest import read_inputs
    from reportgen.stories import group_stories

    knowledge = _knowledge(args, err)
    if knowledge is None:
        return EXIT_USAGE
    articles, problems = read_inputs(args.inputs, knowledge)
    for p in problems:
        print(f"reportgen: skipped or partial: {p}", file=err)
    if not articles:
        print("reportgen: no article to group", file=err)
        return EXIT_FAILED
    stories = group_stories(articles)
    if args.format == "jsonl":
        for story in stories:
            for article_id in story.articles:
                out.write(json.dumps({"id": article_id, "story": story.id}) + "\n")
        return EXIT_OK
    by_id = {a.id: a for a in articles}
    for story in stories:
        when = story.first.isoformat() if story.first else "date unknown"
        related = f"  related: {', '.join(story.related)}" if story.related else ""
        print(f"{story.id}  {when}  {len(story.articles)} article(s), "
              f"{len(story.outlets)} outlet(s){related}", file=out)
        for article_id in story.articles:
            a = by_id[article_id]
            print(f"    {a.outlet or 'unknown outlet'}: {a.title or a.id}", file=out)
    return EXIT_OK


def _table_text(a) -> str:
    art = a.article
    date = art.published.isoformat() if art.published else "date unknown"
    lines = [f"== {art.id} · {art.outlet or 'unknown outlet'} · {date}", f"   {art.title or ''}"]
    for n, q in enumerate(a.quotes, start=1):
        who = q.actor.name if q.actor else "unattributed"
        text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
        lines.append(f"   q{n:<3} {q.kind:8} {who[:32]:32} {(q.cue or '—')[:12]:12} {text}")
    lines.append(f"   tone: narrative {a.narrative.polarity:+.2f}, quoted "
                 f"{a.quoted.polarity:+.2f}")
    return "\n".join(lines) + "\n"
