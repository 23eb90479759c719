"""The policy: what each decided message does to registrations, replies, review and the server."""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import EventConfig, RepliesConfig, Settings
from inbox_worker.delivery.compose import LOOP_HEADER
from inbox_worker.logs import MessageIdFilter
from inbox_worker.policy import PolicyOutcome, ServerAction, apply_decision
from models.records import BounceReport, Decision, Kind
from models.records import Registrant as Record
from models.tables import (
    ChangeKind,
    MessageSource,
    MessageState,
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantChange,
    RegistrantStatus,
    ReviewItem,
    ReviewState,
    StoredMessage,
)

ON_TIME = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
SENDER = "secretariaat@gent.be"
AN = Record(
    name="An Peeters", municipality="Gent", function="beleidsmedewerker", email="an@gent.be"
)
BART = Record(name="Bart Claes", municipality="Gent", function="schepen", email="bart@gent.be")
CHRIS = Record(name="Chris Wouters", municipality="Gent", function="stadssecretaris")
_ids = itertools.count(1)


@pytest.fixture
def session(db_sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session on a migrated database (SQLite and PostgreSQL)."""
    with db_sessions() as opened:
        yield opened


def decision(
    kind: Kind = Kind.REGISTRATION,
    registrants: list[Record] | None = None,
    *,
    sender: str | None = SENDER,
    about_event: bool = True,
    needs_review: bool = False,
    reasons: list[str] | None = None,
    in_reply_to: str | None = None,
    bounce: BounceReport | None = None,
) -> Decision:
    """A decision as the parser would give it; ``registrants`` defaults to An Peeters."""
    return Decision(
        message_id=f"<in{next(_ids)}@gent.be>",
        kind=kind,
        registrants=[AN] if registrants is None else registrants,
        needs_review=needs_review,
        reasons=reasons or [],
        about_event=about_event,
        sender=sender,
        sender_name="Secretariaat",
        subject="Inschrijving studiedag",
        in_reply_to=in_reply_to,
        auto_submitted=kind == Kind.AUTO_REPLY,
        bounce=bounce,
    )


def apply(
    session: Session,
    chosen: Decision,
    *,
    settings: Settings | None = None,
    received_at: datetime = ON_TIME,
    headers: tuple[str, ...] = (),
) -> PolicyOutcome:
    """Store a message for ``chosen`` (with extra raw ``headers``) and apply the decision."""
    lines = [f"From: {chosen.sender}", f"Message-ID: {chosen.message_id}", *headers]
    raw = ("\r\n".join(lines) + "\r\n\r\nbody\r\n").encode()
    message = StoredMessage(
        source=MessageSource.IMAP,
        message_id=chosen.message_id,
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        raw=raw,
        received_at=received_at,
        sender=chosen.sender,
        subject=chosen.subject,
    )
    session.add(message)
    session.flush()
    now = received_at + timedelta(seconds=5)
    return apply_decision(session, settings or Settings(), message, chosen, now)


def registrants(session: Session) -> list[tuple[str, RegistrantStatus]]:
    rows = session.scalars(select(Registrant).order_by(Registrant.id))
    return [(row.name, row.status) for row in rows]


def registrant(session: Session, name: str) -> Registrant:
    return session.scalars(select(Registrant).where(Registrant.name == name)).one()


def outbox(session: Session) -> list[tuple[OutboxPurpose, str]]:
    rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
    return [(row.purpose, row.to_address) for row in rows]


def reply_to(session: Session, address: str) -> OutboxMessage:
    """The (last) reply queued for ``address``."""
    query = select(OutboxMessage).where(OutboxMessage.to_address == address)
    return session.scalars(query.order_by(OutboxMessage.id.desc())).first() or pytest.fail(
        f"no reply to {address}"
    )


def open_reviews(session: Session) -> list[str]:
    query = select(ReviewItem).where(ReviewItem.state == ReviewState.OPEN)
    return [item.reason for item in session.scalars(query.order_by(ReviewItem.id))]


def assert_handled(outcome: PolicyOutcome) -> None:
    assert (outcome.state, outcome.server_action) == (
        MessageState.HANDLED,
        ServerAction.MOVE_TO_PROCESSED,
    )


def assert_review(outcome: PolicyOutcome) -> None:
    assert (outcome.state, outcome.server_action) == (
        MessageState.REVIEW,
        ServerAction.FLAG_FOR_REVIEW,
    )


def assert_left_alone(outcome: PolicyOutcome) -> None:
    assert (outcome.state, outcome.server_action) == (
        MessageState.IGNORED,
        ServerAction.LEAVE_UNTOUCHED,
    )


# ---------------------------------------------------------------------------------------------
# Registrations
# ---------------------------------------------------------------------------------------------


def test_a_registration_is_recorded_and_confirmed_to_the_registrant(session: Session) -> None:
    outcome = apply(session, decision())
    assert_handled(outcome)
    assert registrants(session) == [("An Peeters", RegistrantStatus.REGISTERED)]
    assert outbox(session) == [(OutboxPurpose.CONFIRMATION, "an@gent.be")]
    assert outcome.registrant_ids == [registrant(session, "An Peeters").id]
    assert outcome.outbox_ids == [reply_to(session, "an@gent.be").id]


@pytest.mark.parametrize(
    ("received_at", "status", "purpose"),
    [
        pytest.param(
            datetime(2018, 12, 2, 22, 59, tzinfo=UTC),
            RegistrantStatus.REGISTERED,
            OutboxPurpose.CONFIRMATION,
            id="2-dec-23:59-brussels",
        ),
        pytest.param(
            datetime(2018, 12, 2, 23, 1, tzinfo=UTC),
            RegistrantStatus.LATE,
            OutboxPurpose.LATE,
            id="3-dec-00:01-brussels",
        ),
        pytest.param(
            datetime(2018, 12, 2, 23, 30, tzinfo=UTC),
            RegistrantStatus.LATE,
            OutboxPurpose.LATE,
            id="2-dec-23:30-utc",
        ),
    ],
)
def test_the_deadline_at_its_edges(
    session: Session, received_at: datetime, status: RegistrantStatus, purpose: OutboxPurpose
) -> None:
    assert_handled(apply(session, decision(), received_at=received_at))
    assert registrants(session) == [("An Peeters", status)]
    assert outbox(session) == [(purpose, "an@gent.be")]


def test_someone_on_behalf_without_an_address_is_confirmed_to_the_sender(session: Session) -> None:
    assert_handled(apply(session, decision(registrants=[CHRIS])))
    assert registrants(session) == [("Chris Wouters", RegistrantStatus.REGISTERED)]
    assert outbox(session) == [(OutboxPurpose.CONFIRMATION, SENDER)]


def test_several_registrants_get_one_summary_and_their_own_confirmations(session: Session) -> None:
    own = Record(name="Sara Secretaris", municipality="Gent", email=SENDER)
    outcome = apply(session, decision(registrants=[AN, BART, CHRIS, own]))
    assert_handled(outcome)
    assert [status for _name, status in registrants(session)] == [RegistrantStatus.REGISTERED] * 4
    assert outbox(session) == [
        (OutboxPurpose.SUMMARY, SENDER),
        (OutboxPurpose.CONFIRMATION, "an@gent.be"),
        (OutboxPurpose.CONFIRMATION, "bart@gent.be"),
    ]
    assert len(outcome.registrant_ids) == 4
    assert len(outcome.outbox_ids) == 3


def test_individual_confirmations_can_be_switched_off(session: Session) -> None:
    settings = Settings(replies=RepliesConfig(confirm_each_registrant=False))
    apply(session, decision(registrants=[AN, BART]), settings=settings)
    assert outbox(session) == [(OutboxPurpose.SUMMARY, SENDER)]


def test_the_same_person_again_updates_the_record_and_says_already_registered(
    session: Session,
) -> None:
    apply(session, decision(registrants=[AN]))
    changed = AN.model_copy(update={"function": "diensthoofd"})
    outcome = apply(session, decision(registrants=[changed]), received_at=ON_TIME + timedelta(1))
    assert_handled(outcome)
    assert registrants(session) == [("An Peeters", RegistrantStatus.REGISTERED)]
    assert registrant(session, "An Peeters").function == "diensthoofd"
    assert outbox(session) == [
        (OutboxPurpose.CONFIRMATION, "an@gent.be"),
        (OutboxPurpose.ALREADY_REGISTERED, "an@gent.be"),
    ]
    changes = session.scalars(select(RegistrantChange).order_by(RegistrantChange.id)).all()
    assert [change.what for change in changes] == [ChangeKind.CREATED, ChangeKind.UPDATED]
    assert changes[1].new_values == {"function": "diensthoofd"}


def test_a_full_event_waitlists_and_a_cancellation_promotes(session: Session) -> None:
    settings = Settings(event=EventConfig(capacity=1))
    apply(session, decision(registrants=[AN]), settings=settings)
    apply(session, decision(registrants=[BART]), settings=settings)
    assert registrants(session) == [
        ("An Peeters", RegistrantStatus.REGISTERED),
        ("Bart Claes", RegistrantStatus.WAITLISTED),
    ]
    assert outbox(session)[-1] == (OutboxPurpose.WAITLISTED, "bart@gent.be")

    cancelling = decision(Kind.CANCELLATION, [AN], sender="an@gent.be")
    assert_handled(apply(session, cancelling, settings=settings))
    assert registrants(session) == [
        ("An Peeters", RegistrantStatus.CANCELLED),
        ("Bart Claes", RegistrantStatus.REGISTERED),
    ]
    assert set(outbox(session)[-2:]) == {
        (OutboxPurpose.CANCEL_ACK, "an@gent.be"),
        (OutboxPurpose.PROMOTED, "bart@gent.be"),
    }


def test_a_registration_naming_nobody_goes_to_review(session: Session) -> None:
    outcome = apply(session, decision(registrants=[]))
    assert_review(outcome)
    assert registrants(session) == []
    assert outbox(session) == []
    assert len(open_reviews(session)) == 1


# ---------------------------------------------------------------------------------------------
# Cancellations
# ---------------------------------------------------------------------------------------------


def test_a_cancellation_cancels_and_acknowledges(session: Session) -> None:
    apply(session, decision(registrants=[AN]))
    outcome = apply(session, decision(Kind.CANCELLATION, [AN], sender="an@gent.be"))
    assert_handled(outcome)
    assert registrants(session) == [("An Peeters", RegistrantStatus.CANCELLED)]
    assert outbox(session)[-1] == (OutboxPurpose.CANCEL_ACK, "an@gent.be")


def test_a_cancellation_without_names_means_the_sender(session: Session) -> None:
    apply(session, decision(registrants=[AN]))
    assert_handled(apply(session, decision(Kind.CANCELLATION, [], sender="An@Gent.be")))
    assert registrants(session) == [("An Peeters", RegistrantStatus.CANCELLED)]


def test_a_cancellation_by_name_for_someone_the_sender_registered(session: Session) -> None:
    apply(session, decision(registrants=[CHRIS]))
    by_name = Record(name="chris wouters")
    assert_handled(apply(session, decision(Kind.CANCELLATION, [by_name])))
    assert registrants(session) == [("Chris Wouters", RegistrantStatus.CANCELLED)]


def test_a_cancellation_for_someone_not_registered_goes_to_review(session: Session) -> None:
    outcome = apply(session, decision(Kind.CANCELLATION, [BART], sender="bart@gent.be"))
    assert_review(outcome)
    assert registrants(session) == []
    assert outbox(session) == []
    (reason,) = open_reviews(session)
    assert "not registered" in reason and "Bart Claes" in reason
    assert outcome.review_reason == reason


# ---------------------------------------------------------------------------------------------
# Replies to our confirmation
# ---------------------------------------------------------------------------------------------


def test_a_correction_by_reply_updates_the_record_and_is_acknowledged(session: Session) -> None:
    apply(session, decision(registrants=[AN], sender="an@gent.be"))
    confirmation = reply_to(session, "an@gent.be")
    correction = decision(
        registrants=[Record(name="An Peeters", function="stadssecretaris")],
        sender="an@gent.be",
        in_reply_to=confirmation.message_id,
    )
    outcome = apply(session, correction, received_at=ON_TIME + timedelta(hours=1))
    assert_handled(outcome)
    an = registrant(session, "An Peeters")
    assert (an.function, an.municipality, an.email) == ("stadssecretaris", "Gent", "an@gent.be")
    assert registrants(session) == [("An Peeters", RegistrantStatus.REGISTERED)]
    assert outbox(session)[-1] == (OutboxPurpose.CORRECTION_ACK, "an@gent.be")
    assert [change.what for change in an.changes] == [ChangeKind.CREATED, ChangeKind.CORRECTED]


def test_a_correction_to_a_group_summary_finds_the_person_by_name(session: Session) -> None:
    apply(session, decision(registrants=[AN, CHRIS]))
    summary = reply_to(session, SENDER)
    correction = decision(
        registrants=[Record(name="Chris Wouters", function="schepen")],
        in_reply_to=summary.message_id,
    )
    assert_handled(apply(session, correction))
    assert registrant(session, "Chris Wouters").function == "schepen"
    assert registrant(session, "An Peeters").function == "beleidsmedewerker"


def test_a_thank_you_needs_nothing(session: Session) -> None:
    apply(session, decision(registrants=[AN], sender="an@gent.be"))
    before = outbox(session)
    thanks = decision(
        Kind.OTHER, [], sender="an@gent.be", in_reply_to=reply_to(session, "an@gent.be").message_id
    )
    outcome = apply(session, thanks)
    assert_handled(outcome)
    assert outbox(session) == before
    assert open_reviews(session) == []


def test_anything_else_in_reply_to_our_confirmation_goes_to_review(session: Session) -> None:
    apply(session, decision(registrants=[AN], sender="an@gent.be"))
    confirmation_id = reply_to(session, "an@gent.be").message_id
    other = decision(Kind.OTHER, [], sender="an@gent.be", about_event=False)
    other = other.model_copy(update={"references": ["<older@gent.be>", confirmation_id]})
    assert_review(apply(session, other))
    assert len(open_reviews(session)) == 1


def test_a_reply_naming_another_person_is_not_taken_as_a_correction(session: Session) -> None:
    apply(session, decision(registrants=[AN], sender="an@gent.be"))
    colleague = decision(
        registrants=[BART],
        sender="an@gent.be",
        in_reply_to=reply_to(session, "an@gent.be").message_id,
    )
    assert_review(apply(session, colleague))
    assert registrant(session, "An Peeters").email == "an@gent.be"


# ---------------------------------------------------------------------------------------------
# Review, mail not about the event, machine mail
# ---------------------------------------------------------------------------------------------


def test_what_the_parser_doubts_goes_to_review_with_its_reasons(session: Session) -> None:
    unsure = decision(needs_review=True, reasons=["no municipality", "two names in the signature"])
    outcome = apply(session, unsure)
    assert_review(outcome)
    assert open_reviews(session) == ["no municipality; two names in the signature"]
    assert registrants(session) == []
    assert outbox(session) == []


def test_mail_not_about_the_event_is_left_alone(session: Session) -> None:
    outcome = apply(session, decision(Kind.OTHER, [], about_event=False))
    assert_left_alone(outcome)
    assert (registrants(session), outbox(session), open_reviews(session)) == ([], [], [])


def test_an_auto_reply_to_our_confirmation_is_handled_silently(session: Session) -> None:
    apply(session, decision(registrants=[AN]))
    confirmation = reply_to(session, "an@gent.be")
    auto = decision(Kind.AUTO_REPLY, [], sender="an@gent.be", in_reply_to=confirmation.message_id)
    assert_handled(apply(session, auto))
    assert len(outbox(session)) == 1


def test_an_auto_reply_to_mail_that_is_not_ours_is_left_alone(session: Session) -> None:
    auto = decision(Kind.AUTO_REPLY, [], sender="an@gent.be", in_reply_to="<private@kcvs.be>")
    assert_left_alone(apply(session, auto))
    assert outbox(session) == []


def test_a_bounce_of_our_confirmation_marks_the_registrant(session: Session) -> None:
    apply(session, decision(registrants=[AN]))
    confirmation = reply_to(session, "an@gent.be")
    report = BounceReport(
        failed_recipients=["an@gent.be"], original_message_id=confirmation.message_id
    )
    bounce = decision(Kind.BOUNCE, [], sender="MAILER-DAEMON@gent.be", bounce=report)
    outcome = apply(session, bounce, received_at=ON_TIME + timedelta(minutes=2))
    assert_handled(outcome)
    an = registrant(session, "An Peeters")
    assert an.bounced_at is not None
    assert outcome.registrant_ids == [an.id]
    assert len(outbox(session)) == 1


def test_a_bounce_of_the_persons_own_mail_is_left_alone(session: Session) -> None:
    apply(session, decision(registrants=[AN]))
    report = BounceReport(failed_recipients=["an@gent.be"], original_message_id="<own@kcvs.be>")
    bounce = decision(Kind.BOUNCE, [], sender="MAILER-DAEMON@gent.be", bounce=report)
    assert_left_alone(apply(session, bounce))
    assert registrant(session, "An Peeters").bounced_at is None


def test_a_bounce_without_message_id_is_matched_by_its_failed_recipient(session: Session) -> None:
    apply(session, decision(registrants=[AN, CHRIS]))
    report = BounceReport(failed_recipients=["an@gent.be"])
    bounce = decision(Kind.BOUNCE, [], sender="MAILER-DAEMON@gent.be", bounce=report)
    assert_handled(apply(session, bounce))
    assert registrant(session, "An Peeters").bounced_at is not None
    assert registrant(session, "Chris Wouters").bounced_at is None


def test_a_bounce_of_our_summary_marks_those_who_had_no_address_of_their_own(
    session: Session,
) -> None:
    apply(session, decision(registrants=[AN, CHRIS]))
    summary = reply_to(session, SENDER)
    report = BounceReport(failed_recipients=[SENDER], original_message_id=summary.message_id)
    bounce = decision(Kind.BOUNCE, [], sender="MAILER-DAEMON@gent.be", bounce=report)
    assert_handled(apply(session, bounce))
    assert registrant(session, "Chris Wouters").bounced_at is not None
    assert registrant(session, "An Peeters").bounced_at is None


# ---------------------------------------------------------------------------------------------
# Never reply to
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(("List-Id: <leden.vvsg.example>",), id="list-id"),
        pytest.param(("Precedence: bulk",), id="precedence-bulk"),
        pytest.param(("X-Spam-Flag: YES",), id="spam"),
        pytest.param((f"{LOOP_HEADER}: linda.boudry@kcvs.be",), id="our-loop-header"),
        pytest.param(("Auto-Submitted: auto-generated",), id="auto-submitted"),
    ],
)
def test_a_registration_in_mail_we_must_not_answer_goes_to_a_person(
    session: Session, headers: tuple[str, ...]
) -> None:
    outcome = apply(session, decision(), headers=headers)
    assert_review(outcome)
    assert outcome.review_reason and "never answered" in outcome.review_reason
    assert registrants(session) == []
    assert outbox(session) == []


@pytest.mark.parametrize(
    "sender",
    [
        pytest.param(None, id="ambiguous-sender"),
        pytest.param("", id="null-sender"),
        pytest.param("MAILER-DAEMON@gent.be", id="mailer-daemon"),
        pytest.param("noreply@gent.be", id="noreply"),
        pytest.param("linda.boudry@kcvs.be", id="our-own-address"),
    ],
)
def test_registrations_from_senders_that_never_get_a_reply_go_to_a_person(
    session: Session, sender: str | None
) -> None:
    assert_review(apply(session, decision(registrants=[CHRIS], sender=sender)))
    assert registrants(session) == []
    assert outbox(session) == []


def test_no_more_than_three_replies_a_day_to_one_address(session: Session) -> None:
    people = [Record(name=f"Persoon {n}", municipality="Gent") for n in range(5)]
    for minutes, someone in enumerate(people):
        apply(
            session,
            decision(registrants=[someone]),
            received_at=ON_TIME + timedelta(minutes=minutes),
        )
    assert len(registrants(session)) == 5
    assert outbox(session) == [(OutboxPurpose.CONFIRMATION, SENDER)] * 3
    apply(
        session, decision(registrants=[CHRIS]), received_at=ON_TIME + timedelta(days=1, minutes=5)
    )
    assert len(outbox(session)) == 4


# ---------------------------------------------------------------------------------------------
# Logging
# ---------------------------------------------------------------------------------------------


def test_one_log_line_per_decision_with_the_message_id(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.handler.addFilter(MessageIdFilter())
    caplog.set_level(logging.INFO, logger="inbox_worker.policy")
    chosen = decision()
    apply(session, chosen)
    lines = [r for r in caplog.records if r.name == "inbox_worker.policy"]
    assert len(lines) == 1
    assert lines[0].message_id == chosen.message_id  # type: ignore[attr-defined]
    assert "registration: handled, server move" in lines[0].getMessage()
