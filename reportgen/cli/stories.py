"""reportgen stories: group articles that report the same event."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from reportgen.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, knowledge_of


def run_stories(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print each article's story, or a table of stories."""
    from reportgen.ingest import read_inputs
    from reportgen.stories import group_stories

    knowledge = knowledge_of(args, err)
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
