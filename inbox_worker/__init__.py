"""inbox-worker: registration mail in an organiser's mailbox becomes a confirmed attendee list."""

__version__ = "0.1.0"
