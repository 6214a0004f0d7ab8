"""Pull the configured sources into articles: folders, RSS/Atom feeds and article pages.

Feeds are parsed with feedparser and pages read with trafilatura, from bytes this module
fetched itself so that every request has a timeout, retries with backoff, a per-host pace and
a user agent. A source that fails is one Problem line; the others go on.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlparse

from reportgen.config import HttpSettings, ProjectConfig
from reportgen.ingest import read_inputs, record_article
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Problem

MAX_BYTES = 5_000_000  # a page larger than this is not an article


class FetchError(Exception):
    """A URL could not be fetched; the message says why, in a few words."""


@dataclass
class Fetcher:
    """HTTP GET with a timeout, retries with exponential backoff, and a pace per host."""

    http: HttpSettings
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str) -> bytes:
        """Fetch a URL's body; raise FetchError after the last retry."""
        scheme = urlparse(url).scheme
        if scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url}")
        host = urlparse(url).netloc
        delay = 0.5
        last_error = "no attempt"
        for attempt in range(self.http.retries + 1):
            self._pace(host)
            try:
                request = urllib.request.Request(url, headers={
                    "User-Agent": self.http.user_agent, "Accept": "*/*"})
                with urllib.request.urlopen(request, timeout=self.http.timeout) as response:
                    body = response.read(MAX_BYTES + 1)
                if len(body) > MAX_BYTES:
                    raise FetchError(f"larger than {MAX_BYTES // 1_000_000} MB")
                return body
            except urllib.error.HTTPError as exc:
                last_error = f"HTTP {exc.code}"
                if exc.code < 500 and exc.code != 429:
                    break  # a client error will not mend itself
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                last_error = "timed out" if "timed out" in str(reason) else str(reason)
            if attempt < self.http.retries:
                self.sleep(delay)
                delay *= 2
        raise FetchError(f"{last_error} (after {attempt + 1} attempt{'s' if attempt else ''})")

    def _pace(self, host: str) -> None:
        now = self.clock()
        wait = self._last.get(host, -1e9) + self.http.per_host_delay - now
        if wait > 0:
            self.sleep(wait)
        self._last[host] = self.clock()


def fetch_page(fetcher: Fetcher, url: str, knowledge: Knowledge) -> Article | Problem:
    """Fetch one article page and read its main text and metadata."""
    try:
        body = fetcher.get(url)
    except FetchError as exc:
        return Problem(url, str(exc))
    html = body.decode("utf-8", errors="replace")
    return record_article({"url": url, "html": html}, url, knowledge)


def fetch_feed(fetcher: Fetcher, url: str, knowledge: Knowledge) -> list[Article | Problem]:
    """Fetch a feed, then each article it links to."""
    import feedparser

    try:
        body = fetcher.get(url)
    except FetchError as exc:
        return [Problem(url, str(exc))]
    feed = feedparser.parse(body)
    if not feed.entries:
        why = f"not a feed ({feed.bozo_exception})" if feed.bozo else "feed has no entries"
        return [Problem(url, why)]
    out: list[Article | Problem] = []
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            out.append(Problem(url, f"feed entry {entry.get('title', '?')!r} has no link"))
            continue
        item = fetch_page(fetcher, link, knowledge)
        if isinstance(item, Article) and item.published is None and entry.get("published"):
            item = record_article({"url": link, "html": None, "text": item.text,
                                   "title": item.title, "author": item.author,
                                   "outlet": item.outlet or feed.feed.get("title"),
                                   "date": entry.get("published")}, link, knowledge)
        out.append(item)
    return out


def gather(config: ProjectConfig, knowledge: Knowledge,
           fetcher: Fetcher | None = None, jobs: int = 1) -> tuple[list[Article], list[Problem]]:
    """Read every configured source: folders (on ``jobs`` processes), feeds, then URLs."""
    fetcher = fetcher or Fetcher(config.http)
    articles: list[Article] = []
    problems: list[Problem] = []
    if config.folders:
        read, bad = read_inputs(config.folders, knowledge, jobs)
        articles.extend(read)
        problems.extend(bad)
    for url in config.feeds:
        for item in fetch_feed(fetcher, url, knowledge):
            (articles if isinstance(item, Article) else problems).append(item)
    for url in config.urls:
        item = fetch_page(fetcher, url, knowledge)
        (articles if isinstance(item, Article) else problems).append(item)
    return articles, problems
