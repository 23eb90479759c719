"""The typed mail source against a real private Dovecot: search, fetch, move, flag, append, IDLE."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from inbox_worker.config import MailboxConfig
from inbox_worker.imap.errors import ConnectionLost, FolderError
from inbox_worker.imap.source import CAP_MOVE, MailSource
from tests.dovecot import DovecotServer
from tests.imap_helpers import personal, registration

pytestmark = pytest.mark.dovecot

PROCESSED = "INBOX/Inschrijvingen"


def mailbox_for(dovecot: DovecotServer, **overrides: object) -> MailboxConfig:
    return MailboxConfig(**dovecot.mailbox_settings(**overrides))


def open_inbox(dovecot: DovecotServer, **overrides: object) -> MailSource:
    source = MailSource.open(mailbox_for(dovecot, **overrides))
    source.select("INBOX")
    return source


def test_new_uids_ignores_the_newest_message_that_n_star_always_matches(
    dovecot: DovecotServer,
) -> None:
    dovecot.append_many([personal(1), personal(2), personal(3)])
    with open_inbox(dovecot) as source:
        status = source.select("INBOX")
        assert (status.exists, status.uidnext) == (3, 4)
        assert source.new_uids(0) == [1, 2, 3]
        assert source.new_uids(1) == [2, 3]
        # The server answers UID 4:* with message 3; nothing is newer than 3.
        assert source.client.search(["UID", "4:*"]) == [3]
        assert source.new_uids(3) == []
        assert source.new_uids(10) == []


def test_since_counts_the_servers_receipt_date_not_the_date_header(
    dovecot: DovecotServer,
) -> None:
    dovecot.append(personal(1), when=datetime(2018, 10, 1, 12, 0, tzinfo=UTC))
    dovecot.append(personal(2), when=datetime(2018, 11, 5, 8, 0, tzinfo=UTC))
    dovecot.append(personal(3), when=datetime(2018, 11, 20, 8, 0, tzinfo=UTC))
    with open_inbox(dovecot) as source:
        assert source.new_uids(0, since=date(2018, 11, 5)) == [2, 3]
        assert source.new_uids(2, since=date(2018, 11, 5)) == [3]


def test_fetch_peeks_sizes_first_and_batches_in_uid_order(dovecot: DovecotServer) -> None:
    messages = [registration(index) for index in range(7)]
    dovecot.append_many(messages)
    with open_inbox(dovecot, fetch_batch_size=3) as source:
        uids = source.new_uids(0)
        sizes = source.sizes(uids)
        assert sizes == {uid: len(raw) for uid, raw in zip(uids, messages, strict=True)}
        fetched = list(source.fetch(uids))
    assert [item.uid for item in fetched] == uids
    assert [item.raw for item in fetched] == messages
    assert all(item.complete and item.internaldate is not None for item in fetched)
    assert all(item.internaldate.tzinfo is not None for item in fetched if item.internaldate)
    # BODY.PEEK: reading marked nothing as read.
    assert all("\\Seen" not in flags for [flags] in dovecot.messages().values())


def test_header_only_fetch_downloads_just_the_header(dovecot: DovecotServer) -> None:
    dovecot.append(registration(1) + b"x" * 50_000)
    with open_inbox(dovecot) as source:
        [item] = list(source.fetch([1], header_only=True))
    assert item.size > 50_000
    assert len(item.raw) < 1_000 and not item.complete
    assert item.raw.startswith(b"From: ")


def test_move_uses_move_and_creates_the_processed_folder(dovecot: DovecotServer) -> None:
    dovecot.append_many([registration(1), registration(2), personal(3)])
    with open_inbox(dovecot) as source:
        assert source.has(CAP_MOVE)
        source.move([1, 2], PROCESSED)
    assert PROCESSED in dovecot.folders()
    assert set(dovecot.messages(PROCESSED)) == {
        "<registration-00001@antwerpen.be>",
        "<registration-00002@leuven.be>",
    }
    assert set(dovecot.messages("INBOX")) == {"<team-00003@kcvs.be>"}


def test_move_without_move_expunges_only_that_uid(
    dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The person deleted a message in her client without expunging: it must survive our move.
    dovecot.append(personal(1), flags=["\\Deleted"])
    dovecot.append(registration(2))
    with open_inbox(dovecot) as source:
        real_has = source.has
        monkeypatch.setattr(
            source, "has", lambda capability: capability != CAP_MOVE and real_has(capability)
        )
        source.move(2, PROCESSED)
    assert list(dovecot.messages(PROCESSED)) == ["<registration-00002@leuven.be>"]
    inbox = dovecot.messages("INBOX")
    assert list(inbox) == ["<team-00001@kcvs.be>"]
    assert "\\Deleted" in inbox["<team-00001@kcvs.be>"][0]


def test_flag_for_review_sets_flagged_and_clears_seen(dovecot: DovecotServer) -> None:
    dovecot.append(registration(1), flags=["\\Seen", "\\Answered"])
    with open_inbox(dovecot) as source:
        source.flag_for_review(1)
    [flags] = dovecot.messages()["<registration-00001@antwerpen.be>"]
    assert "\\Flagged" in flags and "\\Seen" not in flags and "\\Answered" in flags
    with open_inbox(dovecot) as source:
        source.unflag([1])
    [flags] = dovecot.messages()["<registration-00001@antwerpen.be>"]
    assert "\\Flagged" not in flags


def test_append_and_the_sent_folder(dovecot: DovecotServer) -> None:
    with open_inbox(dovecot) as source:
        sent = source.sent_folder()
        assert sent == "Sent"
        when = datetime(2018, 11, 12, 10, 0, tzinfo=UTC)
        uid = source.append(sent, personal(9), ["\\Seen"], when)
        assert uid == 1
    assert dovecot.messages("Sent") == {"<team-00009@kcvs.be>": [frozenset({"\\Seen"})]}
    with open_inbox(dovecot, sent_folder="Verzonden items") as source:
        assert source.sent_folder() == "Verzonden items"


def test_selecting_a_missing_folder_is_a_folder_error(dovecot: DovecotServer) -> None:
    with MailSource.open(mailbox_for(dovecot)) as source, pytest.raises(FolderError):
        source.select("Bestaat niet")


def test_idle_reports_a_new_message_within_two_seconds(dovecot: DovecotServer) -> None:
    with open_inbox(dovecot) as source:
        assert source.supports_idle
        timer = threading.Timer(0.5, dovecot.append, args=(registration(1),))
        started = time.monotonic()
        timer.start()
        news = source.wait_for_news(30, lambda: False)
        elapsed = time.monotonic() - started
        timer.join()
    assert news
    assert elapsed < 2.5


def test_idle_ends_at_once_when_asked_to_stop(dovecot: DovecotServer) -> None:
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    with open_inbox(dovecot) as source:
        started = time.monotonic()
        assert source.wait_for_news(30, stop.is_set) is False
    assert time.monotonic() - started < 2.0


def test_idle_renews_after_the_given_time(dovecot: DovecotServer) -> None:
    with open_inbox(dovecot) as source:
        started = time.monotonic()
        assert source.wait_for_news(1.5, lambda: False) is False
        assert 1.4 < time.monotonic() - started < 3.0
        source.select("INBOX")  # the connection is usable again after IDLE


def test_a_dead_connection_during_idle_is_detected(dovecot: DovecotServer) -> None:
    with open_inbox(dovecot) as source:
        threading.Timer(0.5, dovecot.kill).start()
        started = time.monotonic()
        with pytest.raises(ConnectionLost):
            source.wait_for_news(60, lambda: False)
    assert time.monotonic() - started < 5


def test_the_plugin_restarts_a_server_with_its_mail(dovecot: DovecotServer, tmp_path: Path) -> None:
    dovecot.append(personal(1))
    validity = dovecot.uidvalidity()
    dovecot.restart()
    assert dovecot.count() == 1 and dovecot.uidvalidity() == validity
