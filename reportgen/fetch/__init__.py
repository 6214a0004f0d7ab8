"""Pull the configured sources into articles: folders, RSS/Atom feeds and article pages.

Feeds are parsed with feedparser and pages read with trafilatura, from bytes this module
fetched itself with urllib3, under these rules (the README's "Limits" lists them too):

- http and https only, checked on the first URL and on every redirect hop; at most
  ``MAX_REDIRECTS`` redirects; a redirect may go to port 80 or 443 or keep the port of the URL
  it came from, nowhere else;
- the address each connection actually reached is vetted after it connects (so DNS tricks do
  not get past it): loopback, private, link-local, multicast and other non-global addresses are
  refused unless ``[http] allow_private`` is on or the host is in ``[http] private_hosts``;
- one total deadline per fetch (connecting, redirects, retries, backoff and reading all
  count): a watchdog shuts the socket when it passes, so a server that drips one byte a second
  cannot hold a fetch;
- a body larger than ``MAX_BYTES`` (after decompression) is refused;
- a link is fetched once per run, and not at all when the store already holds it; of a
  feed's links left, at most ``MAX_ITEMS`` are read, the others wait for the next ingest;
- no page fetch of a feed starts after ``[http] feed_budget`` seconds (one fetch under way
  may still use its deadline); the links left wait for the next ingest;
- retries on timeouts, dropped connections, 429 and 5xx with exponential backoff capped at
  ``MAX_BACKOFF`` seconds, or after the server's ``Retry-After`` when it fits the deadline.

Every failure is a FetchError with a few words; callers turn it into one Problem line naming
the URL. Why not ``trafilatura.fetch_response``: it returns None and logs instead of saying
why, its timeout is per socket read (no total deadline), it retries without certificate checks
after a TLS error, and it switches its address check off whenever ``http_proxy`` is set. Its
post-connect address check is the technique used here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reportgen.config import ProjectConfig
from reportgen.fetch.feeds import fetch_feed, fetch_page, guarded
from reportgen.fetch.transport import MAX_BYTES, MAX_ITEMS, MAX_REDIRECTS, Fetcher
from reportgen.fetch.vetting import FetchError, check_redirect, check_url
from reportgen.ingest import FileIndex, read_inputs
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Problem

__all__ = [
    "MAX_BYTES", "MAX_ITEMS", "MAX_REDIRECTS", "FetchError", "Fetcher", "check_redirect",
    "check_url", "fetch_feed", "fetch_page", "gather",
]


def gather(config: ProjectConfig, knowledge: Knowledge, fetcher: Fetcher | None = None,
           jobs: int = 1, stored: Callable[[str], bool] = lambda url: False,
           files: FileIndex | None = None) -> tuple[list[Article], list[Problem]]:
    """Read every configured source: folders (on ``jobs`` processes), feeds, then URLs.

    A link is fetched once per run, and not at all when ``stored(link)`` says the store
    already holds it. With ``files``, folder files unchanged since the last ingest are not
    read again.
    """
    fetcher = fetcher or Fetcher(config.http)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def wanted(link: str) -> bool:
        return link not in seen and not stored(link)

    def keep(item: Article | Problem) -> None:
        if isinstance(item, Article):
            articles.append(item)
        else:
            problems.append(item)

    if config.folders:
        read, bad = read_inputs(config.folders, knowledge, jobs, files)
        articles.extend(read)
        problems.extend(bad)
    for url in config.feeds:
        items = guarded(partial(fetch_feed, fetcher, url, knowledge, wanted, seen.add), url)
        for item in items if isinstance(items, list) else [items]:
            keep(item)
    for url in config.urls:
        if wanted(url):
            seen.add(url)
            keep(guarded(partial(fetch_page, fetcher, url, knowledge), url))
    return articles, problems
