"""Which transactions wait for the disk: durable by default, relaxed only when asked."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.database import transaction

SQLITE_SYNCHRONOUS_NAMES = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}


def commit_setting(session: Session) -> str:
    """What this transaction's commit does: SQLite's synchronous level, PostgreSQL's setting."""
    if session.get_bind().dialect.name == "sqlite":
        level = session.execute(text("PRAGMA synchronous")).scalar_one()
        return SQLITE_SYNCHRONOUS_NAMES[int(level)]
    return str(session.execute(text("SHOW synchronous_commit")).scalar_one())


def test_transactions_are_durable_unless_asked_otherwise(
    db_sessions: sessionmaker[Session],
) -> None:
    durable = {"sqlite": "FULL", "postgresql": "on"}
    relaxed = {"sqlite": "NORMAL", "postgresql": "off"}
    seen = []
    for wanted in (True, False, True, False, True):
        with transaction(db_sessions, durable=wanted) as session:
            dialect = session.get_bind().dialect.name
            seen.append(commit_setting(session))
        expected = durable if wanted else relaxed
        assert seen[-1] == expected[dialect], (wanted, seen)
    # after a relaxed transaction, a plain one on the same pooled connection is durable again
    with transaction(db_sessions) as session:
        assert commit_setting(session) == durable[session.get_bind().dialect.name]
