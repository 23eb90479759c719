"""The exceptions of the IMAP side, one small class per way a mailbox can fail us."""

from __future__ import annotations

from inbox_worker.errors import InboxWorkerError


class ImapError(InboxWorkerError):
    """Base class of every IMAP failure the worker reports."""


class MailboxUnavailable(ImapError):
    """The server cannot be reached or the connection broke; trying again later may work."""


class ConnectionLost(MailboxUnavailable):
    """An open connection went dead (for example an IDLE that ended at once with nothing)."""


class MailboxTlsError(ImapError):
    """TLS failed: the certificate or host name was not accepted, or STARTTLS is not offered."""


class MailboxAuthError(ImapError):
    """The login was refused, or no password or token is configured to log in with."""


class FolderError(ImapError):
    """A folder cannot be selected, created or found (for example no \\Sent folder exists)."""


class ServerActionError(ImapError):
    """The server refused to move, flag or append a message."""
