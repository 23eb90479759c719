"""The registration use cases: deadline, capacity and waiting list, duplicates, corrections, bounces."""

from __future__ import annotations

import hashlib
import itertools
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker import registrations
from inbox_worker.config import EventConfig, Settings
from inbox_worker.registrations import Outcome, RegistrationError, RegistrationResult
from models.records import BounceReport
from models.records import Registrant as Record
from models.tables import (
    ChangeKind,
    MessageSource,
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantChange,
    RegistrantSource,
    RegistrantStatus,
    StoredMessage,
)

# The default event: deadline 2 December 2018 (inclusive), Europe/Brussels (UTC+1 in winter).
ON_TIME = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
_ids = itertools.count(1)


@pytest.fixture
def session(db_sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session on a migrated database (SQLite and PostgreSQL)."""
    with db_sessions() as opened:
        yield opened


def settings_with(capacity: int | None = None) -> Settings:
    """The default settings, with a capacity."""
    return Settings(event=EventConfig(capacity=capacity))


def stored_message(
    session: Session,
    sender: str = "secretariaat@stad.be",
    received_at: datetime = ON_TIME,
    raw: bytes | None = None,
) -> StoredMessage:
    """A stored message from ``sender`` that the server received at ``received_at``."""
    number = next(_ids)
    raw = raw or f"From: {sender}\r\nMessage-ID: <in{number}@stad.be>\r\n\r\nhi\r\n".encode()
    message = StoredMessage(
        source=MessageSource.IMPORT,
        message_id=f"<in{number}@stad.be>",
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        raw=raw,
        received_at=received_at,
        sender=sender,
        subject="Inschrijving",
    )
    session.add(message)
    session.flush()
    return message


def person(
    name: str = "An Peeters",
    municipality: str | None = "Gent",
    function: str | None = "beleidsmedewerker",
    email: str | None = "an.peeters@gent.be",
) -> Record:
    """A registrant as the parser gives it."""
    return Record(name=name, municipality=municipality, function=function, email=email)


def register(
    session: Session,
    record: Record,
    settings: Settings | None = None,
    received_at: datetime = ON_TIME,
) -> RegistrationResult:
    message = stored_message(session, received_at=received_at)
    result = registrations.register(
        session,
        settings or settings_with(),
        record,
        message,
        received_at,
        RegistrantSource.MAIL,
        now=received_at,
    )
    session.flush()
    return result


def all_registrants(session: Session) -> list[Registrant]:
    return list(session.scalars(select(Registrant).order_by(Registrant.id)))


def changes_of(session: Session, registrant: Registrant) -> list[RegistrantChange]:
    query = select(RegistrantChange).where(RegistrantChange.registrant_id == registrant.id)
    return list(session.scalars(query.order_by(RegistrantChange.id)))


def outbox(session: Session) -> list[tuple[OutboxPurpose, str]]:
    rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
    return [(row.purpose, row.to_address) for row in rows]


# ---------------------------------------------------------------------------------------------
# Deadline
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received_at", "status"),
    [
        pytest.param(
            datetime(2018, 12, 2, 22, 59, tzinfo=UTC),
            RegistrantStatus.REGISTERED,
            id="2-dec-23:59-brussels-on-time",
        ),
        pytest.param(
            datetime(2018, 12, 2, 23, 1, tzinfo=UTC),
            RegistrantStatus.LATE,
            id="3-dec-00:01-brussels-late",
        ),
        pytest.param(
            datetime(2018, 12, 2, 23, 30, tzinfo=UTC),
            RegistrantStatus.LATE,
            id="2-dec-23:30-utc-is-3-dec-00:30-brussels-late",
        ),
    ],
)
def test_the_deadline_is_judged_by_server_time_in_brussels(
    session: Session, received_at: datetime, status: RegistrantStatus
) -> None:
    result = register(session, person(), received_at=received_at)
    assert result.outcome is Outcome.NEW
    assert [r.status for r in all_registrants(session)] == [status]
    expected = OutboxPurpose.CONFIRMATION if status is RegistrantStatus.REGISTERED else "late"
    assert result.reply_purpose == expected


def test_a_naive_receipt_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        registrations.is_late(settings_with(), datetime(2018, 12, 2, 23, 0))


# ---------------------------------------------------------------------------------------------
# Capacity, waiting list, cancellation and promotion
# ---------------------------------------------------------------------------------------------


def test_a_full_event_puts_new_people_on_the_waiting_list_in_order(session: Session) -> None:
    settings = settings_with(capacity=2)
    names = ["An Peeters", "Bart Claes", "Chris Wouters", "Dirk Maes"]
    results = [
        register(session, person(name, email=f"p{i}@gent.be"), settings)
        for i, name in enumerate(names)
    ]
    statuses = [result.registrant.status for result in results]
    assert statuses == ["registered", "registered", "waitlisted", "waitlisted"]
    assert [r.reply_purpose for r in results][2:] == [OutboxPurpose.WAITLISTED] * 2
    assert [r.name for r in registrations.waiting_list(session)] == names[2:]


def test_cancelling_a_place_promotes_the_first_on_the_waiting_list_who_is_told(
    session: Session,
) -> None:
    settings = settings_with(capacity=1)
    first = register(session, person("An Peeters", email="an@gent.be"), settings).registrant
    second = register(session, person("Bart Claes", email="bart@gent.be"), settings).registrant
    third = register(session, person("Chris Wouters", email="chris@gent.be"), settings).registrant

    result = registrations.cancel(session, settings, first, stored_message(session), ON_TIME)
    session.flush()

    assert (first.status, second.status, third.status) == ("cancelled", "registered", "waitlisted")
    assert first.cancelled_at == ON_TIME
    assert result.promoted == [second]
    assert outbox(session) == [(OutboxPurpose.PROMOTED, "bart@gent.be")]
    assert [change.what for change in changes_of(session, second)] == ["created", "promoted"]


def test_a_promoted_person_without_an_address_is_told_through_the_sender(session: Session) -> None:
    settings = settings_with(capacity=1)
    first = register(session, person("An Peeters", email="an@gent.be"), settings).registrant
    register(session, person("Bart Claes", email=None), settings)
    registrations.cancel(session, settings, first, None, ON_TIME)
    session.flush()
    assert outbox(session) == [(OutboxPurpose.PROMOTED, "secretariaat@stad.be")]


def test_cancelling_someone_on_the_waiting_list_promotes_nobody(session: Session) -> None:
    settings = settings_with(capacity=1)
    register(session, person("An Peeters", email="an@gent.be"), settings)
    waiting = register(session, person("Bart Claes", email="bart@gent.be"), settings).registrant
    third = register(session, person("Chris Wouters", email="chris@gent.be"), settings).registrant
    result = registrations.cancel(session, settings, waiting, None, ON_TIME)
    assert result.promoted == []
    assert third.status is RegistrantStatus.WAITLISTED
    assert outbox(session) == []


def test_cancelling_twice_changes_nothing(session: Session) -> None:
    settings = settings_with()
    registrant = register(session, person()).registrant
    registrations.cancel(session, settings, registrant, None, ON_TIME)
    again = registrations.cancel(session, settings, registrant, None, ON_TIME + timedelta(hours=1))
    assert again.already_cancelled
    assert registrant.cancelled_at == ON_TIME


def test_late_registrations_take_no_place(session: Session) -> None:
    settings = settings_with(capacity=1)
    late = datetime(2018, 12, 5, 10, 0, tzinfo=UTC)
    register(session, person("Late Comer", email="late@gent.be"), settings, received_at=late)
    on_time = register(session, person(), settings)
    assert on_time.registrant.status is RegistrantStatus.REGISTERED


def test_two_writers_at_once_never_overfill_the_event(db_sessions: sessionmaker[Session]) -> None:
    """The CLI and the daemon registering together: the second waits, then finds the event full."""
    settings = settings_with(capacity=1)
    first_done, release = threading.Event(), threading.Event()
    statuses: list[RegistrantStatus] = []

    def writer(
        record: Record, before: threading.Event | None, after: threading.Event | None
    ) -> None:
        if before is not None:
            before.wait(10)
        with db_sessions() as own:
            result = registrations.register(
                own, settings, record, None, ON_TIME, RegistrantSource.MANUAL, now=ON_TIME
            )
            own.flush()
            statuses.append(result.registrant.status)
            if after is not None:
                first_done.set()
                after.wait(10)
            own.commit()

    threads = [
        threading.Thread(target=writer, args=(person("An Peeters"), None, release)),
        threading.Thread(
            target=writer, args=(person("Bart Claes", email="b@gent.be"), first_done, None)
        ),
    ]
    for thread in threads:
        thread.start()
    first_done.wait(10)
    time.sleep(0.5)  # the second writer is now waiting for the first one's transaction
    assert statuses == [RegistrantStatus.REGISTERED]
    release.set()
    for thread in threads:
        thread.join(30)
    assert statuses == [RegistrantStatus.REGISTERED, RegistrantStatus.WAITLISTED]


PEOPLE = [person(f"Persoon {n}", email=f"p{n}@gent.be") for n in range(5)]
OPERATIONS = st.lists(st.tuples(st.sampled_from(["register", "cancel"]), st.integers(0, 4)))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(capacity=st.integers(1, 3), operations=OPERATIONS)
def test_places_are_never_overfilled_nor_left_free_while_people_wait(
    db_sessions: sessionmaker[Session], capacity: int, operations: list[tuple[str, int]]
) -> None:
    config = settings_with(capacity=capacity)
    registered_once: set[int] = set()
    with db_sessions() as own:
        for operation, number in operations:
            if operation == "register":
                registered_once.add(number)
                registrations.register(
                    own, config, PEOPLE[number], None, ON_TIME, RegistrantSource.MANUAL
                )
            else:
                found = registrations.find_registrant(own, PEOPLE[number])
                if found is not None:
                    registrations.cancel(own, config, found, None, ON_TIME)
            own.flush()
            statuses = [r.status for r in all_registrants(own)]
            held = statuses.count(RegistrantStatus.REGISTERED)
            assert held <= capacity
            assert RegistrantStatus.WAITLISTED not in statuses or held == capacity
            assert len(statuses) == len(registered_once)  # never a second record for anyone
        own.rollback()


# ---------------------------------------------------------------------------------------------
# Duplicates
# ---------------------------------------------------------------------------------------------


def test_the_same_address_again_updates_the_one_record(session: Session) -> None:
    first = register(session, person(function="beleidsmedewerker"))
    again = register(session, person(function="diensthoofd", email="An.Peeters@Gent.be"))

    assert again.outcome is Outcome.UPDATED
    assert again.registrant is first.registrant
    assert again.reply_purpose is OutboxPurpose.ALREADY_REGISTERED
    assert again.changes == {
        "function": ("beleidsmedewerker", "diensthoofd"),
        "email": ("an.peeters@gent.be", "An.Peeters@Gent.be"),
    }
    (only,) = all_registrants(session)
    assert only.function == "diensthoofd"
    update = changes_of(session, only)[-1]
    assert update.what is ChangeKind.UPDATED
    assert update.old_values == {"function": "beleidsmedewerker", "email": "an.peeters@gent.be"}


def test_the_same_details_again_change_nothing(session: Session) -> None:
    register(session, person())
    again = register(session, person(function=None))
    assert again.outcome is Outcome.UNCHANGED
    assert again.reply_purpose is OutboxPurpose.ALREADY_REGISTERED
    (only,) = all_registrants(session)
    assert [change.what for change in changes_of(session, only)] == ["created"]


def test_without_an_address_the_same_name_and_municipality_is_the_same_person(
    session: Session,
) -> None:
    register(session, person("Jozef Van Dyck", "Sint-Niklaas", email=None))
    again = register(session, person("jozef van dyck ", "SINT-NIKLAAS", "schepen", email=None))
    assert again.outcome is Outcome.UPDATED
    (only,) = all_registrants(session)
    assert only.function == "schepen"


def test_an_address_given_later_joins_the_record_without_one(session: Session) -> None:
    register(session, person("Jozef Van Dyck", "Sint-Niklaas", email=None))
    again = register(
        session, person("Jozef Van Dyck", "Sint-Niklaas", email="jozef@sint-niklaas.be")
    )
    assert again.outcome is Outcome.UPDATED
    (only,) = all_registrants(session)
    assert only.email_key == "jozef@sint-niklaas.be"


def test_the_same_name_elsewhere_is_another_person(session: Session) -> None:
    register(session, person("Jan Peeters", "Gent", email=None))
    register(session, person("Jan Peeters", "Brugge", email=None))
    assert len(all_registrants(session)) == 2


def test_registering_again_after_cancelling_reinstates(session: Session) -> None:
    settings = settings_with()
    registrant = register(session, person()).registrant
    registrations.cancel(session, settings, registrant, None, ON_TIME)
    again = register(session, person(), settings, received_at=ON_TIME + timedelta(days=1))
    assert again.outcome is Outcome.REINSTATED
    assert again.registrant.status is RegistrantStatus.REGISTERED
    assert again.registrant.cancelled_at is None
    assert again.reply_purpose is OutboxPurpose.CONFIRMATION
    assert len(all_registrants(session)) == 1


def test_a_registrant_needs_a_name_or_an_address(session: Session) -> None:
    with pytest.raises(RegistrationError):
        register(session, Record(municipality="Gent"))


# ---------------------------------------------------------------------------------------------
# Corrections and bounces
# ---------------------------------------------------------------------------------------------


def test_a_correction_updates_the_given_fields_only(session: Session) -> None:
    registrant = register(session, person()).registrant
    message = stored_message(session)
    result = registrations.apply_correction(
        session, registrant, Record(function="stadssecretaris"), message, ON_TIME
    )
    session.flush()
    assert result.changes == {"function": ("beleidsmedewerker", "stadssecretaris")}
    assert (registrant.name, registrant.municipality) == ("An Peeters", "Gent")
    correction = changes_of(session, registrant)[-1]
    assert (correction.what, correction.stored_message_id) == (ChangeKind.CORRECTED, message.id)


def our_confirmation(session: Session, registrant: Registrant) -> OutboxMessage:
    reply = OutboxMessage(
        message_id=f"<out{next(_ids)}@kcvs.be>",
        to_address=registrant.email or "secretariaat@stad.be",
        subject="Re: Inschrijving",
        purpose=OutboxPurpose.CONFIRMATION,
        registrant=registrant,
        created_at=ON_TIME,
    )
    session.add(reply)
    session.flush()
    return reply


def test_a_bounce_names_our_confirmation_by_its_message_id(session: Session) -> None:
    registrant = register(session, person(email="an@gent.be")).registrant
    reply = our_confirmation(session, registrant)
    core = reply.message_id.strip("<>")  # some DSNs drop the angle brackets
    report = BounceReport(original_message_id=core, failed_recipients=[])
    marked = registrations.mark_bounced(session, report, stored_message(session), ON_TIME)
    assert marked == [registrant]
    assert registrant.bounced_at == ON_TIME
    assert registrant.bounce_reason and reply.message_id in registrant.bounce_reason


def test_a_bounce_names_our_confirmation_by_its_failed_recipient(session: Session) -> None:
    registrant = register(session, person(email="an@gent.be")).registrant
    other = register(session, person("Bart Claes", email="bart@gent.be")).registrant
    our_confirmation(session, registrant)
    report = BounceReport(failed_recipients=["AN@gent.be"])
    assert registrations.mark_bounced(session, report, None, ON_TIME) == [registrant]
    assert other.bounced_at is None


def test_a_bounce_of_the_persons_own_mail_to_a_registrant_marks_nobody(session: Session) -> None:
    """The organiser's own mail to a registrant bounced: its Message-ID is not one of ours."""
    registrant = register(session, person(email="an@gent.be")).registrant
    our_confirmation(session, registrant)
    report = BounceReport(original_message_id="<private@kcvs.be>", failed_recipients=["an@gent.be"])
    assert registrations.mark_bounced(session, report, None, ON_TIME) == []
    assert registrant.bounced_at is None


def test_a_temporary_failure_marks_nobody(session: Session) -> None:
    registrant = register(session, person(email="an@gent.be")).registrant
    reply = our_confirmation(session, registrant)
    report = BounceReport(original_message_id=reply.message_id, permanent=False)
    assert registrations.mark_bounced(session, report, None, ON_TIME) == []
    assert registrant.bounced_at is None


def test_a_bounce_of_mail_that_is_not_ours_marks_nobody(session: Session) -> None:
    registrant = register(session, person(email="an@gent.be")).registrant
    report = BounceReport(original_message_id="<private@gent.be>", failed_recipients=["x@y.be"])
    assert registrations.mark_bounced(session, report, None, ON_TIME) == []
    assert registrant.bounced_at is None
