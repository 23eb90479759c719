"""Helpers shared by the organisers' commands: a database session factory and a progress bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from inbox_worker.config import Settings
from inbox_worker.database import create_engine_for, ensure_schema, session_factory

ProgressCallback = Callable[[int, int], None]


@contextmanager
def database_sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    """A session factory on the configured database, brought to the newest schema first."""
    url = settings.database.url
    ensure_schema(url)
    engine = create_engine_for(url, poolclass=NullPool)
    try:
        yield session_factory(engine)
    finally:
        engine.dispose()


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

        def report(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield report
