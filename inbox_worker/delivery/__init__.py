"""Delivery of replies: composing threaded mail, the outbox, and the SMTP and folder transports.

The policy queues replies with :func:`inbox_worker.delivery.outbox.enqueue_reply` inside its own
transaction; :func:`inbox_worker.delivery.outbox.deliver_due` sends what is due.
"""

from __future__ import annotations

from inbox_worker.delivery.compose import (
    AUTO_SUBMITTED_HEADER,
    AUTO_SUBMITTED_VALUE,
    LOOP_HEADER,
    REPLY_PURPOSES,
    usable_address,
)

__all__ = [
    "AUTO_SUBMITTED_HEADER",
    "AUTO_SUBMITTED_VALUE",
    "LOOP_HEADER",
    "REPLY_PURPOSES",
    "usable_address",
]
