"""Tests of the daily digest: content, rendering (text, HTML, CSV), once a day across restarts."""

from __future__ import annotations

import csv
import email
import io
from datetime import UTC, date, datetime, time
from email.message import EmailMessage
from email.policy import default
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.database import create_engine_for, session_factory
from inbox_worker.delivery import LOOP_HEADER
from inbox_worker.digest import (
    build_digest,
    render_digest,
    render_html,
    render_text,
    send_digest_if_due,
    send_digest_now,
)
from inbox_worker.export import HEADERS
from models.tables import (
    ChangeKind,
    Digest,
    MessageState,
    OutboxMessage,
    OutboxPurpose,
    OutboxState,
    RegistrantStatus,
    ServerState,
)
from tests.organiser_support import (
    add_change,
    add_message,
    add_registrant,
    add_review,
    raw_mail,
    run_cli,
    write_config,
)

PREVIOUS = datetime(2018, 11, 20, 7, 0, tzinfo=UTC)  # yesterday's digest, 08:00 in Brussels
NOW = datetime(2018, 11, 21, 7, 30, tzinfo=UTC)  # 08:30 in Brussels


def at(day: int, hour: int) -> datetime:
    """A time in November 2018, UTC."""
    return datetime(2018, 11, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def settings() -> Settings:
    """The shipped defaults with room for three and a digest at 08:00 to two organisers."""
    settings = Settings()
    settings.event.capacity = 3
    settings.digest.recipients = ["linda.boudry@kcvs.be", "onthaal@kcvs.be"]
    settings.digest.time = time(8, 0)
    return settings


def _scenario(sessions: sessionmaker[Session], *, with_previous: bool = True) -> None:
    with sessions.begin() as session:
        jan = add_registrant(
            session, "Jan Peeters", "Gent", "schepen", "jan@gent.be", created_at=at(19, 9)
        )
        els = add_registrant(
            session, "Els Wouters", "Mol", None, "els@mol.be", created_at=at(19, 10)
        )
        add_change(session, jan, ChangeKind.CREATED, at(19, 9))
        add_change(session, els, ChangeKind.CREATED, at(19, 10))
        if with_previous:
            session.add(
                Digest(
                    day=date(2018, 11, 20), recipients=["linda.boudry@kcvs.be"], created_at=PREVIOUS
                )
            )
        rob = add_registrant(
            session, "Rob Janssens", "Lier", "jurist", "rob@lier.be", created_at=at(20, 10)
        )
        ann = add_registrant(
            session, "Ann Maes", "Gent", "diensthoofd", "ann@gent.be", created_at=at(20, 11)
        )
        koen = add_registrant(
            session,
            "Koen Claes",
            "Tienen",
            None,
            "koen@tienen.be",
            created_at=at(20, 13),
            status=RegistrantStatus.LATE,
        )
        add_change(session, rob, ChangeKind.CREATED, at(20, 10))
        add_change(session, ann, ChangeKind.CREATED, at(20, 11))
        add_change(session, koen, ChangeKind.CREATED, at(20, 13))
        els.status = RegistrantStatus.CANCELLED
        add_change(session, els, ChangeKind.CANCELLED, at(20, 12))
        add_change(session, ann, ChangeKind.PROMOTED, at(20, 12))
        jan.bounced_at = at(20, 14)
        add_change(
            session,
            jan,
            ChangeKind.BOUNCED,
            at(20, 14),
            note="our confirmation to jan@gent.be bounced",
        )
        session.add(
            OutboxMessage(
                message_id="<failed@kcvs.be>",
                to_address="nobody@gent.be",
                subject="Re: x",
                purpose=OutboxPurpose.CONFIRMATION,
                raw=b"x",
                state=OutboxState.FAILED,
                last_error="550 5.1.1 user unknown",
                created_at=at(20, 15),
            )
        )
        raw = raw_mail(
            "secretariaat@hasselt.be",
            "Inschrijving collega",
            "Piet Claes, Hasselt",
            message_id="<p1@hasselt.be>",
        )
        message = add_message(
            session,
            raw,
            sender="secretariaat@hasselt.be",
            subject="Inschrijving collega",
            message_id="<p1@hasselt.be>",
            received_at=at(20, 16),
            state=MessageState.REVIEW,
            server_state=ServerState.FLAGGED,
            decision={"registrants": [{"name": "Piet Claes", "municipality": "Hasselt"}]},
        )
        add_review(session, message, "geen functie gevonden", created_at=at(20, 16))


class _TagChecker(HTMLParser):
    """Collects end tags that do not close the innermost open element."""

    VOID = frozenset({"br", "meta", "img", "hr", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.errors.append(f"</{tag}> at {self.getpos()}")


def unbalanced_tags(html: str) -> list[str]:
    """End tags out of place, and elements never closed."""
    checker = _TagChecker()
    checker.feed(html)
    return checker.errors + [f"<{tag}> not closed" for tag in checker.open]


def _parts(message: EmailMessage) -> tuple[str, str, bytes, str]:
    parsed = email.message_from_bytes(bytes(message), policy=default)
    assert isinstance(parsed, EmailMessage)
    text = html = ""
    attachment, filename = b"", ""
    for part in parsed.walk():
        if part.get_content_type() == "text/plain" and not part.is_attachment():
            text = part.get_content()
        elif part.get_content_type() == "text/html":
            html = part.get_content()
        elif part.is_attachment():
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            attachment, filename = payload, part.get_filename() or ""
    return text, html, attachment, filename


def test_build_digest(db_sessions: sessionmaker[Session], settings: Settings) -> None:
    _scenario(db_sessions)
    with db_sessions() as session:
        content = build_digest(session, settings, NOW)
    assert content.day == date(2018, 11, 21)
    assert content.since is not None and content.since.hour == 8
    assert [p.name for p in content.new] == ["Rob Janssens", "Ann Maes"]
    assert [p.name for p in content.late] == ["Koen Claes"]
    assert [p.name for p in content.late_waiting] == ["Koen Claes"]
    assert [p.name for p in content.cancellations] == ["Els Wouters"]
    assert [(m.who, m.note) for m in content.waitlist_moves] == [
        ("Ann Maes", "van de wachtlijst naar ingeschreven")
    ]
    assert [b.who for b in content.bounces] == ["Jan Peeters <jan@gent.be>"]
    assert [(f.who, f.note) for f in content.failed_deliveries] == [
        ("nobody@gent.be", "550 5.1.1 user unknown")
    ]
    totals = content.totals
    assert (totals.registered, totals.late, totals.waitlisted, totals.cancelled) == (3, 1, 0, 1)
    assert totals.places_left == 0
    assert content.municipalities == [("Gent", 2), ("Lier", 1), ("Tienen", 1)]
    assert [(c.day.day, c.count) for c in content.per_day] == [(19, 2), (20, 3)]
    assert content.per_day[1].bar_pixels == 300 and content.per_day[0].bar_pixels == 200
    (review,) = content.reviews
    assert review.sender == "secretariaat@hasselt.be"
    assert review.reason == "geen functie gevonden"
    assert review.show_command == f"inbox-worker review show {review.item_id}"
    assert review.accept_command == (
        f'inbox-worker review accept {review.item_id} --function "…" --email "…"'
    )
    assert review.reject_command == f"inbox-worker review reject {review.item_id}"
    assert content.attention_count == 3  # the review, the late one, the failed delivery


def test_first_digest_covers_everything(
    db_sessions: sessionmaker[Session], settings: Settings
) -> None:
    _scenario(db_sessions, with_previous=False)
    with db_sessions() as session:
        content = build_digest(session, settings, NOW)
    assert content.since is None
    assert [p.name for p in content.new] == [
        "Jan Peeters",
        "Els Wouters",
        "Rob Janssens",
        "Ann Maes",
    ]


def test_render_digest(db_sessions: sessionmaker[Session], settings: Settings) -> None:
    _scenario(db_sessions)
    with db_sessions() as session:
        content = build_digest(session, settings, NOW)
    message = render_digest(content, settings, NOW)
    assert message["Auto-Submitted"] == "auto-generated"
    assert message[LOOP_HEADER] == "linda.boudry@kcvs.be"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "linda.boudry@kcvs.be",
        "onthaal@kcvs.be",
    ]
    assert "(3 te bekijken)" in str(message["Subject"])
    text, html, attachment, filename = _parts(message)

    review_id = content.reviews[0].item_id
    for part in (text, html):
        assert f"inbox-worker review show {review_id}" in part
        assert f"inbox-worker review reject {review_id}" in part
        assert "Inschrijving collega" in part and "secretariaat@hasselt.be" in part
        assert "geen functie gevonden" in part
        assert "Rob Janssens" in part and "Koen Claes" in part and "Els Wouters" in part
    assert f'inbox-worker review accept {review_id} --function "…" --email "…"' in text
    assert "accept 1 --function &#34;…&#34;" in html or "accept 1 --function &quot;…&quot;" in html
    assert "Ingeschreven: 3 van 3 plaatsen, nog 0 vrij" in text
    assert "WAT UW AANDACHT VRAAGT" in text

    lowered = html.lower()
    assert "<script" not in lowered and "<svg" not in lowered and "<style" not in lowered
    assert 'width="300"' in html and 'width="200"' in html  # the bars of the chart
    assert 'bgcolor="#2b6cb0"' in html
    assert unbalanced_tags(html) == []

    assert filename == "deelnemers-2018-11-21.csv"
    assert attachment.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(attachment.decode("utf-8-sig"))))
    assert rows[0] == list(HEADERS)
    assert [row[0] for row in rows[1:]] == [
        "Koen Claes",
        "Rob Janssens",
        "Ann Maes",
        "Jan Peeters",
        "Els Wouters",
    ]


def test_render_escapes_what_came_from_mail(
    db_sessions: sessionmaker[Session], settings: Settings
) -> None:
    with db_sessions.begin() as session:
        raw = raw_mail("x@y.be", "<script>alert(1)</script>", "...", message_id="<x@y.be>")
        message = add_message(
            session,
            raw,
            sender="x@y.be",
            subject="<script>alert(1)</script>",
            message_id="<x@y.be>",
            received_at=at(20, 9),
            state=MessageState.REVIEW,
        )
        add_review(session, message, "<svg onload=x>", created_at=at(20, 9))
    with db_sessions() as session:
        content = build_digest(session, settings, NOW)
    html = render_html(content, settings)
    assert "<script" not in html.lower() and "<svg" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "<script>alert(1)</script>" in render_text(content, settings)


def _digests(sessions: sessionmaker[Session]) -> list[tuple[date, int | None]]:
    with sessions() as session:
        rows = session.execute(select(Digest.day, Digest.outbox_message_id).order_by(Digest.day))
        return [(day, outbox) for day, outbox in rows]


def _digest_outbox(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        query = select(func.count()).where(OutboxMessage.purpose == OutboxPurpose.DIGEST)
        return int(session.scalar(query) or 0)


def test_sent_once_a_day_across_restarts(
    db_sessions: sessionmaker[Session], migrated_database_url: str, settings: Settings
) -> None:
    _scenario(db_sessions, with_previous=False)
    assert not send_digest_if_due(db_sessions, settings, at(21, 6))  # 07:00 in Brussels: too early
    assert send_digest_if_due(db_sessions, settings, at(21, 7))  # 08:00: due
    assert not send_digest_if_due(db_sessions, settings, at(21, 7).replace(minute=1))
    engine = create_engine_for(migrated_database_url)  # a restart: a new engine and factory
    try:
        restarted = session_factory(engine)
        assert not send_digest_if_due(restarted, settings, at(21, 15))
        assert _digest_outbox(restarted) == 1
        assert send_digest_if_due(restarted, settings, at(22, 7))  # the next day
    finally:
        engine.dispose()
    days = _digests(db_sessions)
    assert [day for day, _ in days] == [date(2018, 11, 21), date(2018, 11, 22)]
    assert all(outbox is not None for _, outbox in days)
    assert _digest_outbox(db_sessions) == 2
    with db_sessions() as session:
        first = session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.purpose == OutboxPurpose.DIGEST)
            .order_by(OutboxMessage.id)
        ).first()
        assert first is not None
        assert first.to_address == "linda.boudry@kcvs.be, onthaal@kcvs.be"
        assert first.state == OutboxState.PENDING and first.raw is not None
        # the second covers only what happened since the first: nothing new
        content = build_digest(session, settings, at(22, 7))
        assert content.new == []


def test_disabled_digest_is_not_sent(
    db_sessions: sessionmaker[Session], settings: Settings
) -> None:
    settings.digest.enabled = False
    assert not send_digest_if_due(db_sessions, settings, at(21, 9))
    assert _digests(db_sessions) == []


def test_send_now_counts_as_todays_digest(
    db_sessions: sessionmaker[Session], settings: Settings
) -> None:
    _scenario(db_sessions)
    send_digest_now(db_sessions, settings, at(21, 5))  # 06:00, before the hour
    assert not send_digest_if_due(db_sessions, settings, at(21, 8))
    send_digest_now(db_sessions, settings, at(21, 9))  # again, on purpose: same day's row
    assert [day for day, _ in _digests(db_sessions)] == [date(2018, 11, 20), date(2018, 11, 21)]
    assert _digest_outbox(db_sessions) == 2


def test_digest_command(
    db_sessions: sessionmaker[Session], migrated_database_url: str, tmp_path: Path
) -> None:
    _scenario(db_sessions)
    config = write_config(tmp_path, migrated_database_url)
    result = run_cli(config, "digest", "--print")
    assert result.exit_code == 0, result.output
    assert "WAT UW AANDACHT VRAAGT" in result.output
    assert "inbox-worker review show 1" in result.output
    assert _digests(db_sessions) == [(date(2018, 11, 20), None)]  # printing records nothing

    result = run_cli(config, "digest", "--send")
    assert result.exit_code == 0, result.output
    assert "queued for linda.boudry@kcvs.be" in result.output
    assert len(_digests(db_sessions)) == 2
    assert _digest_outbox(db_sessions) == 1

    result = run_cli(config, "digest", "--print", "--send")
    assert result.exit_code == 2


def test_a_quiet_day(db_sessions: sessionmaker[Session], settings: Settings) -> None:
    with db_sessions() as session:
        content = build_digest(session, settings, NOW)
    message = render_digest(content, settings, NOW)
    assert str(message["Subject"]).endswith("overzicht van 21-11-2018 (niets te bekijken)")
    text = render_text(content, settings)
    assert "Niets: alle berichten zijn verwerkt." in text
    assert "Ingeschreven: 0 van 3 plaatsen, nog 3 vrij" in text
    assert unbalanced_tags(render_html(content, settings)) == []
