"""Helpers shared by the organisers' commands: a progress bar on a terminal, none in a pipe."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import ProgressColumn

# progress(done, total); total is None while it is not known (reading an mbox, say).
ProgressCallback = Callable[[int, int | None], None]


@contextmanager
def terminal_progress(description: str) -> Iterator[ProgressCallback | None]:
    """A ``progress(done, total)`` callback drawing a bar on a terminal's stderr; None in a pipe."""
    from rich.console import Console  # rich is imported by the commands that draw, only
    from rich.progress import Progress

    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    with Progress(*_columns(), console=console, transient=True) as progress:
        task = progress.add_task(description, total=None)

        def report(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        yield report


def _columns() -> tuple[ProgressColumn, ...]:
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn

    return (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
