"""Copies of sent replies in the organiser's Sent folder, appended over IMAP so she sees the thread."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Final

from inbox_worker.config import MailboxConfig, Settings, SmtpTransport
from inbox_worker.imap.source import MailSource

log = logging.getLogger(__name__)

SEEN_FLAG: Final = "\\Seen"


class ImapSentMailbox:
    """Appends to the configured sent folder, else the ``\\Sent`` special-use folder.

    The connection is opened at the first append and kept until ``close``; after a failure it
    is dropped, so the next append (normally in a later run) connects afresh.
    """

    def __init__(
        self,
        mailbox: MailboxConfig,
        opener: Callable[[MailboxConfig], MailSource] = MailSource.open,
    ) -> None:
        self._mailbox = mailbox
        self._opener = opener
        self._source: MailSource | None = None
        self._folder: str | None = None

    def append_sent(self, messages: Sequence[tuple[bytes, datetime]]) -> None:
        """Append the messages (raw bytes, date) marked read, in one command where the server
        allows; raises the IMAP errors of MailSource."""
        try:
            source, folder = self._connected()
            source.append_many(folder, messages, (SEEN_FLAG,))
        except BaseException:
            self.close()
            raise

    def _connected(self) -> tuple[MailSource, str]:
        if self._source is None:
            self._source = self._opener(self._mailbox)
        if self._folder is None:
            folder = self._source.sent_folder()
            self._source.ensure_folder(folder)
            self._folder = folder
            log.debug("copies of replies go to the folder %s", folder)
        return self._source, self._folder

    def close(self) -> None:
        """Log out; never raises."""
        source, self._source = self._source, None
        self._folder = None
        if source is not None:
            source.close()


def sent_mailbox_for(settings: Settings) -> ImapSentMailbox | None:
    """Where copies go: the IMAP mailbox, except with the folder transport (demo, dry runs)."""
    if settings.smtp.transport is SmtpTransport.FOLDER:
        return None
    return ImapSentMailbox(settings.mailbox)
