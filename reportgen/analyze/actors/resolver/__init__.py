"""Resolve mentions in text order within one article: one module per kind of mention, each a
mixin that ``core.Resolver`` composes (see ``core``)."""

from __future__ import annotations

from reportgen.analyze.actors.resolver.core import Resolver
from reportgen.analyze.actors.resolver.groups import joint_of

__all__ = ["Resolver", "joint_of"]
