"""Read feeds and article pages into articles, each failure one Problem naming its URL."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar
from urllib.parse import urldefrag, urljoin

from reportgen.fetch.transport import Fetcher
from reportgen.fetch.vetting import FetchError, short
from reportgen.ingest import record_article
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Deferred, Problem

T = TypeVar("T")


def fetch_page(fetcher: Fetcher, url: str, knowledge: Knowledge) -> Article | Problem:
    """Fetch one article page and read its main text and metadata."""
    try:
        body = fetcher.get(url)
    except FetchError as exc:
        return Problem(url, str(exc))
    html = body.decode("utf-8", errors="replace")
    return record_article({"url": url, "html": html}, url, knowledge)


def fetch_feed(fetcher: Fetcher, url: str, knowledge: Knowledge,
               wanted: Callable[[str], bool] = lambda link: True,
               take: Callable[[str], None] = lambda link: None) -> list[Article | Problem]:
    """Fetch a feed, then each article it links to that ``wanted`` accepts, within its budget.

    Links already stored or seen (``wanted`` says no) are skipped first; then at most
    ``fetcher.max_items`` of the new ones are read, and ``take`` is told each of them. The new
    links past that cap, and those left when ``[http] feed_budget`` seconds have passed since
    the feed was asked for, are named in one Deferred line and, not being stored, are fetched
    by the next ingest.
    """
    import feedparser

    budget = fetcher.http.feed_budget
    ends = fetcher.clock() + budget
    try:
        body = fetcher.get(url)
    except FetchError as exc:
        return [Problem(url, str(exc))]
    feed = feedparser.parse(body)
    if not feed.entries:
        return [Problem(url, short(_empty_feed(feed)))]
    links, out, left = _feed_links(url, feed.entries, wanted, fetcher.max_items)
    if left:
        out.insert(0, Deferred(url, f"feed lists {len(links) + left} new items; read the first "
                                    f"{len(links)}, the other {left} wait for the next ingest"))
    for link, _ in links:
        take(link)
    for n, (link, entry) in enumerate(links):
        if fetcher.clock() >= ends:
            out.append(Deferred(url, f"the {budget:g} s feed budget ran out; {len(links) - n} "
                                     f"of its {len(links)} new items left for the next ingest"))
            break
        out.append(_feed_item(fetcher, link, entry, feed.feed.get("title"), knowledge))
    return out


def _empty_feed(feed: Any) -> str:
    """Say why a feed gave no entries: not a feed at all (a page?), broken, or empty."""
    detail = f" ({short(str(feed.bozo_exception), 60)})" if feed.bozo else ""
    if not feed.version:  # neither RSS nor Atom: often an article page listed as a feed
        return (f"not a feed: neither RSS nor Atom{detail}; an article page goes under "
                "[sources] urls")
    return f"not a feed{detail}" if detail else "feed has no entries"


def _feed_links(url: str, entries: list[Any], wanted: Callable[[str], bool], cap: int
                ) -> tuple[list[tuple[str, Any]], list[Article | Problem], int]:
    """Give up to ``cap`` of the feed's new links with their entries, a problem per entry
    without a link, and how many new links are left past the cap.

    Links ``wanted`` refuses (stored, or read already this run) are skipped before the cap
    counts, so a long feed's new items are never cut in favour of old ones.
    """
    links: list[tuple[str, Any]] = []
    problems: list[Article | Problem] = []
    new: set[str] = set()
    for entry in entries:
        link = entry.get("link")
        if not link:
            problems.append(Problem(url, f"feed entry {short(entry.get('title', '?'), 60)!r} "
                                         "has no link"))
            continue
        link = urldefrag(urljoin(url, link.strip())).url
        if link in new or not wanted(link):
            continue
        new.add(link)
        if len(links) < cap:
            links.append((link, entry))
    return links, problems, len(new) - len(links)


def _feed_item(fetcher: Fetcher, link: str, entry: Any, feed_title: str | None,
               knowledge: Knowledge) -> Article | Problem:
    """Fetch one linked page; a page without a date takes the feed entry's."""
    item = guarded(partial(fetch_page, fetcher, link, knowledge), link)
    if isinstance(item, Article) and item.published is None and entry.get("published"):
        item = record_article({"url": link, "html": None, "text": item.text,
                               "title": item.title, "author": item.author,
                               "outlet": item.outlet or feed_title,
                               "date": entry.get("published")}, link, knowledge)
    return item


def guarded(read: Callable[[], T], source: str) -> T | Problem:
    """Run one source's reading; anything unexpected is one Problem, not a lost run."""
    try:
        return read()
    except Exception as exc:
        return Problem(source, f"failed ({short(f'{type(exc).__name__}: {exc}')})")
