"""Who is who: read a speaker mention into an actor, resolve mentions within an article, and
decide across articles which actors are one.

The steps, each a module of its own:

1. ``parts`` and ``reading``: read what the words of one mention say ("UK Defence Secretary
   Ben Wallace" -> Ben Wallace, person, Defence Secretary, United Kingdom, government).
2. ``mentions``: find the people and organisations a body text names.
3. ``resolver`` and ``article``: resolve mentions in text order within one article (a later
   "Wallace" or "he" -> the same actor; "the ministry" -> the last ministry named; a country
   quoted as a speaker -> its one government body quoted), with appositions and party tags.
4. ``identity``: the one place that decides which actors are the same, within an article and
   across articles and outlets (``merge_actors``).
"""

from __future__ import annotations

from reportgen.analyze.actors.article import ArticleActors, Named, resolve_actors, writer_of
from reportgen.analyze.actors.identity import merge_actors, merge_person
from reportgen.analyze.actors.mentions import find_mentions
from reportgen.analyze.actors.reading import Reading, read_mention

__all__ = ["ArticleActors", "Named", "Reading", "find_mentions", "merge_actors", "merge_person",
           "read_mention", "resolve_actors", "writer_of"]
