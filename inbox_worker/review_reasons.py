"""The English review reasons that ingestion, the policy and reprocessing store, in one place."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class ReviewReason(StrEnum):
    """Why the policy (rather than the parser) sends a message to a person."""

    NO_REGISTRANTS = "a registration that names nobody"
    NO_NAME = "a registrant without a name or an e-mail address"
    UNKNOWN_CANCELLATION = "a cancellation for someone who is not registered"
    UNCLEAR_CORRECTION = "a reply to our confirmation: not clear whose details it corrects"
    CANCELLED_CORRECTION = "a reply to our mail with details of someone who had cancelled"
    OTHER_REPLY = "a reply to our confirmation that is neither a correction nor a thank-you"


# The policy
DEFAULT_REVIEW_REASON: Final = "the parser was not sure"
UNANSWERABLE_REASON: Final = "a {kind} in mail that is never answered: {refusal}"
NO_NAME_ERROR: Final = "a registrant needs a name or an e-mail address"

# Ingestion
OVERSIZE_REASON: Final = (
    "too large to download: {size} bytes (mailbox.max_message_bytes is {limit})"
)
FAILED_REASON: Final = "processing failed: {error}"
SET_ASIDE_REASON: Final = (
    "the worker stopped {deaths} times while handling this message; stored without parsing"
)
SERVER_FAILED_REASON: Final = "could not {action} the message on the IMAP server: {error}"

# Reprocessing
CHANGED_REASON: Final = (
    "reprocess: the parser now decides {after} (was {before}); what was recorded from the "
    "earlier decision is unchanged"
)
