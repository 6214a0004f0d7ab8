"""Run one function over many items on every core, results in input order as they finish.

``map_ordered(work, items, context, jobs)`` gives ``work(context, item)`` for each item, in the
order of the items. With ``jobs`` above one, worker processes get ``work`` and ``context`` (the
knowledge, say) once each, when they start, never with every task; items go out in chunks and
at most a few chunks per worker are in flight, so memory stays flat however many items come
through. An exception in ``work`` becomes a ``Failure`` naming the item, in the item's place:
one bad article never sinks the run.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from reportgen.models import Problem

if TYPE_CHECKING:  # imported where workers start: one process needs none of it (0.04 s)
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

CHUNK = 8  # items per task: small enough to stream, large enough to amortise the hand-off
IN_FLIGHT = 3  # chunks waiting per worker: keeps every core busy while the results are written
# the cyclic garbage collector's thresholds while a command or a worker runs (mypy sets the
# same): nearly every object made lives until the end, and the defaults (a pass every 700 new
# objects, full passes as the heap grows) spent 0.3 s of a 10-article build re-scanning them
COLLECT_EVERY = (200_000, 30, 30)


@dataclass(frozen=True, slots=True)
class Failure(Problem):
    """``work`` raised on one item: ``source`` names the item (by its label), ``message`` says
    what went wrong; told as one line like any problem."""


class WorkerDied(Exception):
    """A worker process ended abruptly (killed, out of memory); the run cannot go on."""


def default_jobs() -> int:
    """Give the number of cores this process may use."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class _Task(Generic[C, T, R]):
    work: Callable[[C, T], R]
    context: C
    label: Callable[[T], str]

    def run(self, item: T) -> R | Failure:
        try:
            return self.work(self.context, item)
        except Exception as exc:  # one bad item never sinks the run
            return Failure(_safe_label(self.label, item), f"{type(exc).__name__}: {exc}")


def _safe_label(label: Callable[[Any], str], item: Any) -> str:
    try:
        return label(item)
    except Exception:
        return repr(item)[:80]


_TASK: _Task | None = None  # this worker's task, set once when the worker starts


def _start_worker(task: _Task) -> None:
    global _TASK
    _TASK = task
    gc.set_threshold(*COLLECT_EVERY)  # a worker's knowledge and modules live as long as it


def _run_chunk(chunk: list[Any]) -> list[Any]:
    assert _TASK is not None, "worker started without its task"
    return [_TASK.run(item) for item in chunk]


def _context(modules: list[str]) -> BaseContext:
    # forkserver: workers fork from a clean server process, never from one whose threads
    # (a progress bar, a Dask client) might hold a lock at the moment of the fork; the server
    # imports the work's module once, so each worker starts without importing it again
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(modules)
    return ctx


def map_ordered(work: Callable[[C, T], R], items: Iterable[T], context: C, jobs: int = 1, *,
                label: Callable[[T], str] = repr, chunk: int = CHUNK,
                preload: tuple[str, ...] = ()) -> Iterator[R | Failure]:
    """Give ``work(context, item)`` for every item, in order, on ``jobs`` processes.

    ``work`` and ``label`` must be module-level functions (they reach the workers by name);
    ``context`` is pickled once per worker; ``preload`` names modules the workers import
    before they start. Fewer items than would fill every worker once run in this process:
    starting workers would cost more than they save.
    """
    task = _Task(work, context, label)
    source = iter(items)
    first = list(islice(source, max(jobs, 1) * chunk))
    if jobs <= 1 or len(first) < jobs * chunk:
        yield from (task.run(item) for item in chain(first, source))
        return
    yield from _pooled(task, chain(first, source), jobs, chunk,
                       [work.__module__, *preload])


def _pooled(task: _Task, source: Iterator[Any], jobs: int, chunk: int,
            preload: list[str]) -> Iterator[Any]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(preload),
                             initializer=_start_worker, initargs=(task,)) as pool:
        pending: deque[Future[list[Any]]] = deque()
        while True:
            try:  # a worker may die while more work is submitted, or while it is awaited
                while len(pending) < jobs * IN_FLIGHT:
                    batch = list(islice(source, chunk))
                    if not batch:
                        break
                    pending.append(pool.submit(_run_chunk, batch))
                if not pending:
                    return
                results = pending.popleft().result()
            except BrokenProcessPool as exc:
                for rest in pending:
                    rest.cancel()
                raise WorkerDied("a worker process ended abruptly (out of memory or killed); "
                                 "rerun with --jobs 1 to find the article") from exc
            yield from results
