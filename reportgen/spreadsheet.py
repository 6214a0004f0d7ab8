"""The briefing's long tables as CSV files a spreadsheet opens: every quote, and the named
officials each outlet cites. UTF-8 with a byte-order mark (so Excel reads the accents) and
CRLF line ends (RFC 4180); one header row; one fact per column."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from reportgen.evidence import TYPE_LABELS, outlet_of, quote_id
from reportgen.models import Briefing
from reportgen.officials import officials_by_outlet
from reportgen.render import OFFICIALS_CSV, QUOTES_CSV

__all__ = ["OFFICIALS_CSV", "QUOTES_CSV", "officials_csv", "quotes_csv"]


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def quotes_csv(b: Briefing) -> bytes:
    """Give every quote of the briefing, one row each, with its story, speaker and verb, and
    whether it is the outlet's own reporting ("yes": its own staff or the outlet itself
    speaking, in no count of the briefing; else "no") and whether it relays another outlet's
    reporting ("yes": "…, Reuters reported", in no count either; else "no")."""
    story_of = {c.article_id: s.id for s in b.stories for c in s.coverage}
    header = ("id", "article", "outlet", "published", "story", "title", "kind", "quote",
              "speaker", "speaker_as_written", "speaker_kind", "speaker_type", "country",
              "party", "role", "cue", "cue_lemma", "stance", "start", "end", "own_reporting",
              "relayed")
    rows = []
    for a in b.articles:
        art = a.article
        for n, q in enumerate(a.quotes):
            actor = q.actor
            qid = quote_id(a, n)
            rows.append((
                qid, art.id, outlet_of(a),
                art.published.isoformat() if art.published else None, story_of.get(art.id),
                art.title, q.kind, " ".join(q.text.split()),
                actor.name if actor else None, q.speaker, actor.kind if actor else None,
                TYPE_LABELS.get(actor.type, actor.type) if actor else None,
                actor.country if actor else None, actor.party if actor else None,
                actor.role if actor else None, q.cue, q.cue_lemma, q.cue_stance, q.start, q.end,
                "yes" if qid in b.own_reporting else "no", "yes" if qid in b.relayed else "no"))
    return _csv(header, rows)


def officials_csv(b: Briefing) -> bytes:
    """Give every named official each outlet cites, most quoted first."""
    header = ("outlet", "name", "kind", "type", "role", "organisation", "country", "party",
              "quotes", "mentions", "articles")
    rows = [(r.outlet, r.actor.name, r.actor.kind, TYPE_LABELS.get(r.actor.type, r.actor.type),
             r.actor.role, r.actor.organisation, r.actor.country, r.actor.party, r.quotes,
             r.mentions, r.articles)
            for rs in officials_by_outlet(b).values() for r in rs]
    return _csv(header, rows)
