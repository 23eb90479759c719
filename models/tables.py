"""The SQLAlchemy tables of inbox-worker: messages seen, registrants, outbox, digests, review, locks.

Conventions used throughout this module:

* ``message_id`` always means an RFC 5322 ``Message-ID`` header (a string). Foreign keys to
  :class:`StoredMessage` are integer columns named after their relationship
  (``created_by_id``, ``in_reply_to_id``, ``stored_message_id``).
* Every ``datetime`` column is a :class:`UTCDateTime`: it accepts only time-zone-aware values,
  stores them in UTC, and always gives back aware UTC datetimes (SQLite keeps no offset itself).
* States, kinds and purposes are ``StrEnum`` classes in Python, stored as plain ``VARCHAR(20)``
  **without** a CHECK constraint: SQLAlchemy refuses an unknown value on write (and on read), so
  the database holds only known values, yet adding a member to an enum needs no migration
  (which, on SQLite, would mean copying whole tables). CHECK constraints are kept for invariants
  that will not change (non-negative counters).
* JSON columns are replaced, not mutated in place (``msg.reasons = [*msg.reasons, "x"]``):
  in-place changes to a list are not tracked by the ORM.
* Large raw bytes are ``deferred``: they load only when the attribute is read.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from models.records import Kind

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Lengths shared by several tables.
ENUM_LENGTH = 20
ADDRESS_LENGTH = 320  # 64 local part + @ + 255 domain
HEADER_LENGTH = 998  # the longest line RFC 5322 allows
FOLDER_LENGTH = 255
NAME_LENGTH = 200
LOWER_RECIPIENT_INDEX = "ix_outbox_messages_lower_to_address_created_at"


def utc_now() -> datetime:
    """The current time, aware, in UTC: the Python-side default of every timestamp column."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A ``DateTime(timezone=True)`` that stores UTC and always returns aware UTC datetimes.

    A naive datetime is refused with ``ValueError``: its meaning (UTC? Brussels?) would be a guess.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Check that the value is aware and convert it to UTC before it is stored."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: give a time zone")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Give back an aware UTC datetime; SQLite returns naive values that are already UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def enum_type(enum_class: type[StrEnum]) -> Enum:
    """A VARCHAR(20) column type holding the values of ``enum_class``; no CHECK, strict in Python."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=ENUM_LENGTH,
        validate_strings=True,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    """The declarative base: shared metadata with the constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), date: Date()}


# ---------------------------------------------------------------------------------------------
# Enumerations
# ---------------------------------------------------------------------------------------------


class MessageSource(StrEnum):
    """Where a stored message came from."""

    IMAP = "imap"  # fetched from the watched mailbox
    IMPORT = "import"  # read from an mbox, a Maildir or .eml files by ``inbox-worker import``


class MessageState(StrEnum):
    """How far the worker got with a stored message (the database side of its life)."""

    RECEIVED = "received"  # stored, not yet decided
    HANDLED = "handled"  # decided and all its effects recorded
    REVIEW = "review"  # waits for a person (a ReviewItem is open)
    IGNORED = "ignored"  # not about the event, or needs nothing (a "bedankt")
    FAILED = "failed"  # an error; see ``error`` and ``attempts``
    RESOLVED = "resolved"  # was in review, a person accepted or rejected it


class ServerState(StrEnum):
    """What remains to do for a message on the IMAP server, after the database commit."""

    PENDING = "pending"  # the action is decided but not yet done on the server
    MOVED = "moved"  # moved to the processed folder
    FLAGGED = "flagged"  # flagged \\Flagged and left in place for a person
    UNTOUCHED = "untouched"  # the person's own mail: left exactly as it was
    DONE = "done"  # nothing (more) to do, e.g. imported messages or after unflag-and-move


class RegistrantStatus(StrEnum):
    """Where a registrant stands."""

    REGISTERED = "registered"
    LATE = "late"  # registered after the deadline; the organiser decides
    WAITLISTED = "waitlisted"  # the event was full
    CANCELLED = "cancelled"


class RegistrantSource(StrEnum):
    """How a registrant came in."""

    MAIL = "mail"  # decided by the parser from a message
    MANUAL = "manual"  # ``inbox-worker registrations add`` (people who phone)
    REVIEW = "review"  # accepted from the review queue, maybe with corrections


class ChangeKind(StrEnum):
    """What happened to a registrant in one RegistrantChange."""

    CREATED = "created"
    UPDATED = "updated"  # the same person registered again with changed details
    CORRECTED = "corrected"  # a reply to our confirmation corrected details
    CANCELLED = "cancelled"
    PROMOTED = "promoted"  # from the waiting list to registered
    WAITLISTED = "waitlisted"
    BOUNCED = "bounced"  # our confirmation bounced
    REINSTATED = "reinstated"  # registered again after a cancellation
    ERASED = "erased"  # personal data erased (purge/forget)


class OutboxPurpose(StrEnum):
    """Why an outbox message is sent; templates and rate limits key on it."""

    CONFIRMATION = "confirmation"
    ALREADY_REGISTERED = "already_registered"
    LATE = "late"
    WAITLISTED = "waitlisted"
    PROMOTED = "promoted"
    CANCEL_ACK = "cancel_ack"
    CORRECTION_ACK = "correction_ack"
    SUMMARY = "summary"  # one reply to a sender who registered several people
    DIGEST = "digest"


class OutboxState(StrEnum):
    """Delivery state of an outbox message."""

    PENDING = "pending"  # to send (again) at ``next_attempt_at``
    SENT = "sent"  # the SMTP server accepted it
    FAILED = "failed"  # permanently refused, or out of attempts


class ReviewState(StrEnum):
    """State of a review item."""

    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


class FolderCursor(Base):
    """Per watched IMAP folder: its UIDVALIDITY and the highest UID already handled."""

    __tablename__ = "folder_cursors"
    __table_args__ = (CheckConstraint("last_uid >= 0", name="last_uid_not_negative"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder: Mapped[str] = mapped_column(String(FOLDER_LENGTH), unique=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    last_poll_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(
        default=utc_now, onupdate=utc_now, server_default=func.now()
    )


class HandlingAttempt(Base):
    """A server message whose handling began and has not been committed yet.

    Written (and committed) just before a batch is handled and deleted with the batch's commit,
    so a row that outlives a run means the worker died while handling that message: the next
    runs handle such messages one at a time and, after a few deaths, store the message as
    failed without parsing it, so one poisonous message cannot stop the mailbox for good.
    """

    __tablename__ = "handling_attempts"
    __table_args__ = (UniqueConstraint("folder", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder: Mapped[str] = mapped_column(String(FOLDER_LENGTH))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    started_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())


class StoredMessage(Base):
    """Every message the worker has seen: where from, its raw bytes, what was decided, its state.

    Identity on the server is (folder, uidvalidity, uid); imported messages have no uid.
    Across a UIDVALIDITY change a message is recognised by (message_id, sha256).
    """

    __tablename__ = "stored_messages"
    __table_args__ = (
        UniqueConstraint("folder", "uidvalidity", "uid"),
        Index(None, "message_id", "sha256"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("size >= 0", name="size_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[MessageSource] = mapped_column(enum_type(MessageSource))
    folder: Mapped[str | None] = mapped_column(String(FOLDER_LENGTH))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    origin: Mapped[str | None] = mapped_column(
        Text, doc="For imported messages: the file (and index in an mbox) it was read from."
    )
    message_id: Mapped[str | None] = mapped_column(String(HEADER_LENGTH))
    sha256: Mapped[str] = mapped_column(String(64), doc="Hex SHA-256 of the raw bytes.")
    raw: Mapped[bytes | None] = mapped_column(
        LargeBinary, deferred=True, doc="The message as received; None once purged."
    )
    size: Mapped[int] = mapped_column(BigInteger, doc="Size in bytes (RFC822.SIZE).")
    received_at: Mapped[datetime | None] = mapped_column(doc="Server INTERNALDATE.")
    first_seen_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())
    sender: Mapped[str | None] = mapped_column(String(ADDRESS_LENGTH))
    subject: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[Kind | None] = mapped_column(enum_type(Kind))
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    about_event: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    decision: Mapped[dict[str, Any] | None] = mapped_column(
        JSON, doc="The parser's Decision, as model_dump(mode='json')."
    )
    state: Mapped[MessageState] = mapped_column(
        enum_type(MessageState),
        default=MessageState.RECEIVED,
        server_default=MessageState.RECEIVED.value,
        index=True,
    )
    server_state: Mapped[ServerState] = mapped_column(
        enum_type(ServerState),
        default=ServerState.PENDING,
        server_default=ServerState.PENDING.value,
        index=True,
    )
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    handled_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(
        default=utc_now, onupdate=utc_now, server_default=func.now()
    )

    review_items: Mapped[list[ReviewItem]] = relationship(
        back_populates="stored_message", passive_deletes=True
    )


class Registrant(Base):
    """One person registered for the event: the four fields, status, and where they came from.

    Uniqueness of a person is decided by the policy (address, or name and municipality), using
    the indexed ``email_key`` and ``name_key``; the database does not enforce it.
    """

    __tablename__ = "registrants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    municipality: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    function: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    email: Mapped[str | None] = mapped_column(String(ADDRESS_LENGTH))
    email_key: Mapped[str | None] = mapped_column(
        String(ADDRESS_LENGTH), index=True, doc="The address lower-cased, for matching."
    )
    name_key: Mapped[str | None] = mapped_column(
        String(2 * NAME_LENGTH + 1),
        index=True,
        doc="Normalised 'name|municipality', for matching a person without an address.",
    )
    language: Mapped[str | None] = mapped_column(String(8), doc="Language for later replies.")
    status: Mapped[RegistrantStatus] = mapped_column(
        enum_type(RegistrantStatus),
        default=RegistrantStatus.REGISTERED,
        server_default=RegistrantStatus.REGISTERED.value,
        index=True,
    )
    source: Mapped[RegistrantSource] = mapped_column(
        enum_type(RegistrantSource),
        default=RegistrantSource.MAIL,
        server_default=RegistrantSource.MAIL.value,
    )
    waitlist_position: Mapped[int | None] = mapped_column(
        Integer, doc="Explicit order on the waiting list; ties and None fall back to created_at."
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_messages.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utc_now, onupdate=utc_now, server_default=func.now()
    )
    cancelled_at: Mapped[datetime | None]
    bounced_at: Mapped[datetime | None]
    bounce_reason: Mapped[str | None] = mapped_column(Text)

    created_by: Mapped[StoredMessage | None] = relationship()
    changes: Mapped[list[RegistrantChange]] = relationship(
        back_populates="registrant",
        passive_deletes=True,
        order_by="RegistrantChange.id",
    )

    @property
    def registered_at(self) -> datetime:
        """When the person registered: when the server received their mail (also for a backfill
        or an import), else when the record was made (a phone call, a review)."""
        received_at = self.created_by.received_at if self.created_by is not None else None
        return registered_at_of(received_at, self.created_at)


def registered_at_of(received_at: datetime | None, created_at: datetime) -> datetime:
    """``Registrant.registered_at`` from the two columns it is made of (for column queries)."""
    return received_at if received_at is not None else created_at


class RegistrantChange(Base):
    """One change to a registrant, with the message that caused it and the values before/after."""

    __tablename__ = "registrant_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registrant_id: Mapped[int] = mapped_column(
        ForeignKey("registrants.id", ondelete="CASCADE"), index=True
    )
    stored_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_messages.id", ondelete="SET NULL"), index=True
    )
    what: Mapped[ChangeKind] = mapped_column(enum_type(ChangeKind))
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now(), index=True)

    registrant: Mapped[Registrant] = relationship(back_populates="changes")
    stored_message: Mapped[StoredMessage | None] = relationship()


class OutboxMessage(Base):
    """A fully built reply (or digest) waiting to be sent, or sent, over SMTP.

    ``to_address`` holds the envelope recipients: one address for replies, several separated by
    ", " for the digest.
    """

    __tablename__ = "outbox_messages"
    __table_args__ = (
        Index(None, "state", "next_attempt_at"),
        # Recipients are matched case-blind (the reply guard's daily limit, bounces): lower().
        Index(LOWER_RECIPIENT_INDEX, text("lower(to_address)"), "created_at"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(HEADER_LENGTH), unique=True)
    to_address: Mapped[str] = mapped_column(String(HEADER_LENGTH))
    subject: Mapped[str] = mapped_column(Text)
    purpose: Mapped[OutboxPurpose] = mapped_column(enum_type(OutboxPurpose))
    raw: Mapped[bytes | None] = mapped_column(
        LargeBinary, deferred=True, doc="The complete MIME message; None once erased."
    )
    in_reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("stored_messages.id", ondelete="SET NULL"), index=True
    )
    registrant_id: Mapped[int | None] = mapped_column(
        ForeignKey("registrants.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[OutboxState] = mapped_column(
        enum_type(OutboxState),
        default=OutboxState.PENDING,
        server_default=OutboxState.PENDING.value,
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())
    sent_at: Mapped[datetime | None]
    copied_to_sent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    in_reply_to: Mapped[StoredMessage | None] = relationship()
    registrant: Mapped[Registrant | None] = relationship()


class Digest(Base):
    """The daily digest for one day: at most one per day, even across restarts."""

    __tablename__ = "digests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(unique=True, doc="The day it covers (Europe/Brussels).")
    created_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())
    sent_at: Mapped[datetime | None]
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    outbox_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox_messages.id", ondelete="SET NULL")
    )

    outbox_message: Mapped[OutboxMessage | None] = relationship()


class ReviewItem(Base):
    """A message that needs a person, why, and how it was resolved."""

    __tablename__ = "review_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stored_message_id: Mapped[int] = mapped_column(
        ForeignKey("stored_messages.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[ReviewState] = mapped_column(
        enum_type(ReviewState),
        default=ReviewState.OPEN,
        server_default=ReviewState.OPEN.value,
        index=True,
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())
    resolved_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)

    stored_message: Mapped[StoredMessage] = relationship(back_populates="review_items")


class DaemonLock(Base):
    """A named lock held in the database ("one daemon per database"), kept alive by heartbeats."""

    __tablename__ = "daemon_locks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255), doc="host:pid of the holder.")
    acquired_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())
    heartbeat_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())


class WorkerEvent(Base):
    """A short log of notable worker events (errors, successful polls) for ``inbox-worker status``.

    Housekeeping trims old rows; this is not a full log.
    """

    __tablename__ = "worker_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now(), index=True)
    level: Mapped[str] = mapped_column(String(10), doc="A logging level name, e.g. ERROR.")
    kind: Mapped[str] = mapped_column(String(40), doc="e.g. poll_ok, imap_error, smtp_error.")
    detail: Mapped[str | None] = mapped_column(Text)
