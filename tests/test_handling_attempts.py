"""Handling attempts on both backends: only a death counts, a commit or an error clears it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.ingest import (
    MAX_HANDLING_DEATHS,
    IncomingMessage,
    Origin,
    begin_attempts,
    earlier_deaths,
    forget_attempts,
    store_messages,
)
from models.tables import HandlingAttempt, MessageState, ReviewItem, StoredMessage
from tests.imap_helpers import registration

FOLDER = "INBOX"
VALIDITY = 7
NOW = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)


def incoming(uid: int, deaths: int = 0) -> IncomingMessage:
    raw = registration(uid)
    origin = Origin.imap(FOLDER, VALIDITY, uid, received_at=NOW, size=len(raw))
    return IncomingMessage(raw, origin, f"<registration-{uid:05d}@x>", deaths)


def attempt_rows(sessions: sessionmaker[Session]) -> dict[int, int]:
    with sessions() as session:
        rows = session.execute(select(HandlingAttempt.uid, HandlingAttempt.attempts))
        return {uid: attempts for uid, attempts in rows}


def test_each_unfinished_attempt_counts_once_and_a_commit_ends_them(
    db_sessions: sessionmaker[Session],
) -> None:
    assert begin_attempts(db_sessions, FOLDER, VALIDITY, [1, 2, 3]) == {1: 0, 2: 0, 3: 0}
    # the worker died: the next run sees one death for each, and counts this attempt too
    assert earlier_deaths(db_sessions, FOLDER, VALIDITY, [1, 2, 3, 4]) == {1: 1, 2: 1, 3: 1}
    assert begin_attempts(db_sessions, FOLDER, VALIDITY, [2]) == {2: 1}
    # an error or a stop is no death
    forget_attempts(db_sessions, FOLDER, VALIDITY, [3])
    assert attempt_rows(db_sessions) == {1: 1, 2: 2}
    # storing a message ends its attempt in the same commit
    store_messages(db_sessions, Settings(), [incoming(1), incoming(2)], now=NOW)
    assert attempt_rows(db_sessions) == {}


def test_a_message_that_killed_the_worker_too_often_is_stored_unparsed_for_review(
    db_sessions: sessionmaker[Session],
) -> None:
    def parser_never_called(raw: bytes) -> object:
        raise AssertionError("a message set aside must not be parsed again")

    [result] = store_messages(
        db_sessions,
        Settings(),
        [incoming(9, deaths=MAX_HANDLING_DEATHS)],
        decider=parser_never_called,  # type: ignore[arg-type]
        now=NOW,
    )
    assert result.state is MessageState.FAILED
    with db_sessions() as session:
        stored = session.get_one(StoredMessage, result.stored_id)
        reasons = session.scalars(select(ReviewItem.reason)).all()
        assert stored.decision is None and stored.raw == registration(9)
    assert reasons == [
        f"the worker stopped {MAX_HANDLING_DEATHS} times while handling this message; "
        "stored without parsing"
    ]
