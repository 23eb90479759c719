"""Helpers shared by the organisers' commands: a progress bar on a terminal, none in a pipe."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

# progress(done, total); total is None while it is not known (reading an mbox, say).
ProgressCallback = Callable[[int, int | None], None]


@contextmanager
def terminal_progress(description: str) -> Iterator[ProgressCallback | None]:
    """A ``progress(done, total)`` callback drawing a bar on a terminal's stderr; None in a pipe."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(description, total=None)

        def report(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        yield report
