"""The exception classes of inbox-worker, one small class per kind of failure."""


class InboxWorkerError(Exception):
    """Base class of every error this program raises on purpose."""


class ConfigError(InboxWorkerError):
    """The configuration is missing, unreadable or invalid; the user must fix it (exit status 2)."""


class SecretError(ConfigError):
    """A password or token could not be obtained from the environment, a file or a command."""


class DatabaseError(InboxWorkerError):
    """The database cannot be reached, migrated or used (unknown revision, unversioned tables…)."""
