"""A typed mail source on one IMAPClient connection: what is new, fetching, moving, flagging, IDLE."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, TypeVar

from imapclient import IMAPClient
from imapclient import exceptions as imap_exceptions

from inbox_worker.config import MailboxConfig
from inbox_worker.imap.connection import close_quietly, open_connection
from inbox_worker.imap.errors import (
    ConnectionLost,
    FolderError,
    MailboxUnavailable,
    ServerActionError,
)

logger = logging.getLogger(__name__)

# Capabilities, flags and fetch items, as the server spells them.
CAP_IDLE: Final = "IDLE"
CAP_MOVE: Final = "MOVE"
CAP_UIDPLUS: Final = "UIDPLUS"
CAP_MULTIAPPEND: Final = "MULTIAPPEND"
FLAG_SEEN: Final = "\\Seen"
FLAG_FLAGGED: Final = "\\Flagged"
FLAG_DELETED: Final = "\\Deleted"
SPECIAL_USE_SENT: Final = b"\\Sent"
ITEM_BODY_PEEK: Final = "BODY.PEEK[]"
ITEM_HEADER_PEEK: Final = "BODY.PEEK[HEADER]"
ITEM_SIZE: Final = "RFC822.SIZE"
ITEM_INTERNALDATE: Final = "INTERNALDATE"
ITEM_FLAGS: Final = "FLAGS"
KEY_BODY: Final = b"BODY[]"
KEY_HEADER: Final = b"BODY[HEADER]"
KEY_SIZE: Final = b"RFC822.SIZE"
KEY_INTERNALDATE: Final = b"INTERNALDATE"
KEY_FLAGS: Final = b"FLAGS"
STATUS_ITEMS: Final = (b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES")
RESPONSE_EXISTS: Final = b"EXISTS"
RESPONSE_BYE: Final = b"BYE"
APPENDUID: Final = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")

# IDLE: how long one idle_check waits before looking at the stop signal again, and how much
# shorter than that a return with nothing must be to count as a dead connection.
IDLE_SLICE_SECONDS: Final = 1.0
IDLE_DEAD_FRACTION: Final = 0.5
MAX_IDLE_RENEW_SECONDS: Final = 600.0

T = TypeVar("T")


@dataclass(frozen=True)
class FolderStatus:
    """A selected folder: its UIDVALIDITY, the next UID it will give, how many messages it has."""

    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True)
class FetchedMessage:
    """One message as fetched: its UID, the raw bytes (only the header when oversize), metadata."""

    uid: int
    raw: bytes
    size: int  # RFC822.SIZE as the server reports it (some servers are a little off)
    internaldate: datetime | None
    flags: tuple[str, ...]
    complete: bool = True  # False: only the header was fetched (an oversize message)


def batched(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


class MailSource:
    """The IMAP operations the worker needs, on one logged-in connection, with typed results.

    Low-level failures become :class:`MailboxUnavailable` (or :class:`ConnectionLost`), refusals
    of a command become :class:`ServerActionError` or :class:`FolderError`.
    """

    def __init__(self, client: IMAPClient, mailbox: MailboxConfig) -> None:
        self.client = client
        self.mailbox = mailbox
        self.client.normalise_times = False  # aware INTERNALDATEs
        self._known_folders: set[str] = set()
        self.selected: str | None = None

    @classmethod
    def open(cls, mailbox: MailboxConfig) -> MailSource:
        """Connect and log in as configured."""
        return cls(open_connection(mailbox), mailbox)

    def close(self) -> None:
        """Log out; never raises."""
        close_quietly(self.client)

    def __enter__(self) -> MailSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- capabilities and folders -------------------------------------------------------------

    def has(self, capability: str) -> bool:
        """Whether the server announced ``capability``."""
        return bool(self._call("CAPABILITY", self.client.has_capability, capability))

    @property
    def supports_idle(self) -> bool:
        """Whether the server offers IDLE."""
        return self.has(CAP_IDLE)

    def select(self, folder: str) -> FolderStatus:
        """Select ``folder`` read-write and return its status."""
        try:
            response = self._call("SELECT", self.client.select_folder, folder)
        except ServerActionError as exc:
            raise FolderError(f"cannot select folder {folder}: {exc}") from None
        self.selected = folder
        return FolderStatus(
            uidvalidity=int(response[b"UIDVALIDITY"]),
            uidnext=int(response.get(b"UIDNEXT", 0)),
            exists=int(response.get(b"EXISTS", 0)),
        )

    def status(self, folder: str) -> FolderStatus:
        """A folder's status without selecting it."""
        response = self._call("STATUS", self.client.folder_status, folder, list(STATUS_ITEMS))
        return FolderStatus(
            uidvalidity=int(response[b"UIDVALIDITY"]),
            uidnext=int(response[b"UIDNEXT"]),
            exists=int(response[b"MESSAGES"]),
        )

    def ensure_folder(self, folder: str) -> None:
        """Create (and subscribe) ``folder`` unless it exists."""
        if folder in self._known_folders:
            return
        if not self._call("LIST", self.client.folder_exists, folder):
            logger.info("creating folder %s", folder)
            try:
                self._call("CREATE", self.client.create_folder, folder)
            except ServerActionError:
                if not self._call("LIST", self.client.folder_exists, folder):
                    raise
            self._call("SUBSCRIBE", self.client.subscribe_folder, folder)
        self._known_folders.add(folder)

    def sent_folder(self) -> str:
        """The configured sent folder, else the folder with the \\Sent special use."""
        if self.mailbox.sent_folder:
            return self.mailbox.sent_folder
        found = self._call("LIST", self.client.find_special_folder, SPECIAL_USE_SENT)
        if not found:
            raise FolderError("the server names no \\Sent folder; set mailbox.sent_folder")
        return str(found)

    # -- what is new ----------------------------------------------------------------------------

    def new_uids(self, after_uid: int, since: date | None = None) -> list[int]:
        """UIDs above ``after_uid`` in the selected folder, received on or after ``since``.

        ``UID n:*`` always matches the newest message even when its UID is below n, so the
        answer is filtered here.
        """
        criteria: list[Any] = ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since]
        found = self._call("SEARCH", self.client.search, criteria)
        return sorted(int(uid) for uid in found if int(uid) > after_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """RFC822.SIZE of each UID that still exists."""
        sizes: dict[int, int] = {}
        for batch in batched(uids, max(self.mailbox.fetch_batch_size * 20, 500)):
            response = self._call("FETCH", self.client.fetch, list(batch), [ITEM_SIZE])
            sizes.update({int(uid): int(data[KEY_SIZE]) for uid, data in response.items()})
        return sizes

    def fetch(self, uids: Sequence[int], *, header_only: bool = False) -> Iterator[FetchedMessage]:
        """The messages in UID order, in batches, with BODY.PEEK so that nothing is marked read.

        UIDs that disappeared in the meantime are skipped. With ``header_only`` only the header
        is downloaded (for messages too large to fetch whole).
        """
        body_item, body_key = (
            (ITEM_HEADER_PEEK, KEY_HEADER) if header_only else (ITEM_BODY_PEEK, KEY_BODY)
        )
        items = [body_item, ITEM_SIZE, ITEM_INTERNALDATE, ITEM_FLAGS]
        for batch in batched(sorted(uids), self.mailbox.fetch_batch_size):
            response = self._call("FETCH", self.client.fetch, list(batch), items)
            for uid in batch:
                data = response.pop(uid, None)
                if data is None or body_key not in data:
                    continue
                yield _fetched(uid, data, body_key, complete=not header_only)

    # -- changing things on the server --------------------------------------------------------

    def move(self, uids: int | Sequence[int], folder: str) -> None:
        """Move messages of the selected folder to ``folder`` (created if missing).

        MOVE where offered; else COPY, mark those UIDs \\Deleted and UID EXPUNGE them alone
        (UIDPLUS). Never a plain EXPUNGE, which would also remove what the person had deleted.
        """
        targets = _uid_list(uids)
        self.ensure_folder(folder)
        if self.has(CAP_MOVE):
            self._call("MOVE", self.client.move, targets, folder)
            return
        self._call("COPY", self.client.copy, targets, folder)
        self._call("STORE", self.client.add_flags, targets, [FLAG_DELETED], silent=True)
        if self.has(CAP_UIDPLUS):
            self._call("UID EXPUNGE", self.client.uid_expunge, targets)
        else:
            logger.warning(
                "server offers neither MOVE nor UIDPLUS: UIDs %s were copied to %s and marked "
                "\\Deleted in %s; they disappear at the next expunge by a mail client",
                targets,
                folder,
                self.selected,
            )

    def flag_for_review(self, uids: int | Sequence[int]) -> None:
        """Mark messages \\Flagged and unread, for the organiser to see in her mail client."""
        targets = _uid_list(uids)
        self._call("STORE", self.client.add_flags, targets, [FLAG_FLAGGED], silent=True)
        self._call("STORE", self.client.remove_flags, targets, [FLAG_SEEN], silent=True)

    def unflag(self, uids: int | Sequence[int]) -> None:
        """Remove \\Flagged from messages (after a person resolved them in the review queue)."""
        self._call("STORE", self.client.remove_flags, _uid_list(uids), [FLAG_FLAGGED], silent=True)

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[str] = (),
        when: datetime | None = None,
    ) -> int | None:
        """Append a message to ``folder``; its new UID when the server says (UIDPLUS)."""
        response = self._call("APPEND", self.client.append, folder, raw, tuple(flags), when)
        match = APPENDUID.search(response if isinstance(response, bytes) else b"")
        return int(match.group(2)) if match else None

    def append_many(
        self,
        folder: str,
        messages: Sequence[tuple[bytes, datetime | None]],
        flags: Sequence[str] = (),
    ) -> None:
        """Append several messages (raw bytes, date) to ``folder``: one MULTIAPPEND command where
        the server offers it (RFC 3502: all or none are appended), else one APPEND each."""
        if not messages:
            return
        if not self.has(CAP_MULTIAPPEND):
            for raw, when in messages:
                self.append(folder, raw, flags, when)
            return
        items = [_append_item(raw, flags, when) for raw, when in messages]
        self._call("MULTIAPPEND", self.client.multiappend, folder, items)

    # -- waiting for news ---------------------------------------------------------------------

    def wait_for_news(self, seconds: float, should_stop: Callable[[], bool]) -> bool:
        """Wait in IDLE up to ``seconds`` (at most 10 minutes); True when a message arrived.

        Returns False at the end of the wait or as soon as ``should_stop()`` is true. An
        ``idle_check`` that returns at once with nothing means the connection is dead
        (imapclient does not raise there): that raises :class:`ConnectionLost`.
        """
        deadline = time.monotonic() + min(seconds, MAX_IDLE_RENEW_SECONDS)
        self._call("IDLE", self.client.idle)
        news = False
        try:
            while not news and not should_stop():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                news = self._idle_slice(min(IDLE_SLICE_SECONDS, remaining))
        finally:
            self._end_idle()
        return news

    def _idle_slice(self, timeout: float) -> bool:
        started = time.monotonic()
        responses = self._call("IDLE", self.client.idle_check, timeout=timeout)
        if not responses:
            if time.monotonic() - started < timeout * IDLE_DEAD_FRACTION:
                raise ConnectionLost("the IMAP connection closed while waiting in IDLE")
            return False
        if any(_is_bye(response) for response in responses):
            raise ConnectionLost("the IMAP server ended the connection (BYE) during IDLE")
        return any(_is_exists(response) for response in responses)

    def _end_idle(self) -> None:
        try:
            self.client.idle_done()
        except (OSError, imap_exceptions.IMAPClientError) as exc:
            raise ConnectionLost(f"the IMAP connection broke when ending IDLE: {exc}") from None

    # -- error mapping --------------------------------------------------------------------------

    def _call(self, command: str, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one client call; turn low-level failures into this package's exceptions."""
        try:
            return function(*args, **kwargs)
        except imap_exceptions.IMAPClientAbortError as exc:
            raise ConnectionLost(f"IMAP connection lost during {command}: {exc}") from None
        except imap_exceptions.IMAPClientError as exc:
            raise ServerActionError(f"{command} refused: {_text(exc)}") from None
        except OSError as exc:
            raise MailboxUnavailable(
                f"IMAP {command} failed: {exc or type(exc).__name__}"
            ) from None


def _append_item(raw: bytes, flags: Sequence[str], when: datetime | None) -> dict[str, Any]:
    """One message of a MULTIAPPEND, as imapclient takes it (no date: the server's time)."""
    item: dict[str, Any] = {"msg": raw, "flags": tuple(flags)}
    if when is not None:
        item["date"] = when
    return item


def _uid_list(uids: int | Sequence[int]) -> list[int]:
    return [uids] if isinstance(uids, int) else [int(uid) for uid in uids]


def _fetched(
    uid: int, data: dict[bytes, Any], body_key: bytes, *, complete: bool
) -> FetchedMessage:
    raw = bytes(data[body_key] or b"")
    internaldate = data.get(KEY_INTERNALDATE)
    return FetchedMessage(
        uid=uid,
        raw=raw,
        size=int(data.get(KEY_SIZE, len(raw))),
        internaldate=internaldate if isinstance(internaldate, datetime) else None,
        flags=tuple(_decode(flag) for flag in data.get(KEY_FLAGS, ())),
        complete=complete,
    )


def _decode(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _text(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[2:-1] if text.startswith(("b'", 'b"')) else text


def _is_exists(response: Iterable[Any]) -> bool:
    items = tuple(response)
    return len(items) >= 2 and items[1] == RESPONSE_EXISTS


def _is_bye(response: Iterable[Any]) -> bool:
    items = tuple(response)
    return bool(items) and items[0] == RESPONSE_BYE
