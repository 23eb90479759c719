"""Tests of the database layer: migrations on SQLite and PostgreSQL, SQLite tuning, the tables."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import warnings
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, Column, Engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from inbox_worker import database
from inbox_worker.database import (
    alembic_config,
    create_engine_for,
    current_revision,
    downgrade,
    ensure_schema,
    head_revision,
    migrations_dir,
    session_factory,
    sqlite_path_from_url,
    transaction,
    upgrade,
)
from inbox_worker.errors import DatabaseError
from models.tables import (
    Base,
    ChangeKind,
    Digest,
    FolderCursor,
    MessageSource,
    MessageState,
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantChange,
    ReviewItem,
    StoredMessage,
    WorkerEvent,
)

REPO = Path(__file__).resolve().parents[1]
BRUSSELS = ZoneInfo("Europe/Brussels")


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _ignore_json_server_defaults(
    context: Any,
    inspected_column: Any,
    metadata_column: Column[Any],
    inspected_default: Any,
    metadata_default: Any,
    rendered_metadata_default: Any,
) -> bool | None:
    """PostgreSQL cannot compare json values with '='; every other default is compared."""
    return False if isinstance(metadata_column.type, JSON) else None


def schema_differences(url: str) -> list[Any]:
    """What alembic's autogenerate sees between the database and the models (types, defaults)."""
    engine = create_engine_for(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "compare_server_default": _ignore_json_server_defaults,
                },
            )
            with warnings.catch_warnings():
                # expression indexes: compared by test_constraint_names_follow_the_naming_convention
                warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified")
                warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
                return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def table_names(url: str) -> set[str]:
    """The tables present in the database."""
    engine = create_engine_for(url, poolclass=NullPool)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def revisions_base_to_head(url: str) -> list[str]:
    """Every revision of the shipped migrations, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(url))
    return [script_revision.revision for script_revision in script.walk_revisions()][::-1]


def a_message(**values: Any) -> StoredMessage:
    """A stored message with plausible defaults."""
    raw = values.pop("raw", b"From: a@example.org\r\n\r\nhi\r\n")
    fields: dict[str, Any] = {
        "source": MessageSource.IMAP,
        "folder": "INBOX",
        "uidvalidity": 3_000_000_000,  # above 2**31: UIDVALIDITY is unsigned 32-bit
        "uid": 4_000_000_000,
        "message_id": "<a@example.org>",
        "sha256": "0" * 64,
        "raw": raw,
        "size": len(raw),
    }
    fields.update(values)
    return StoredMessage(**fields)


# ---------------------------------------------------------------------------------------------
# Migrations
# ---------------------------------------------------------------------------------------------


def test_every_migration_walks_down_and_up(database_url: str) -> None:
    revisions = revisions_base_to_head(database_url)
    assert revisions, "no migrations found"
    for revision in revisions:
        upgrade(database_url, revision)
        assert current_revision(database_url) == revision
    assert schema_differences(database_url) == []

    for expected in [*revisions[:-1][::-1], None]:
        downgrade(database_url, "-1")
        assert current_revision(database_url) == expected
    assert table_names(database_url) - {"alembic_version"} == set()

    upgrade(database_url, "head")
    assert current_revision(database_url) == head_revision()
    assert schema_differences(database_url) == []


def test_ensure_schema_creates_a_new_sqlite_file_and_its_folder(sqlite_database_url: str) -> None:
    path = sqlite_path_from_url(sqlite_database_url)
    assert path is not None and not path.parent.exists()
    assert ensure_schema(sqlite_database_url) == head_revision()
    assert path.is_file()
    assert current_revision(sqlite_database_url) == head_revision()
    assert schema_differences(sqlite_database_url) == []


def test_ensure_schema_brings_an_older_database_to_head(database_url: str) -> None:
    older = ["base", *revisions_base_to_head(database_url)[:-1]]
    for revision in older:
        upgrade(database_url, "head")
        downgrade(database_url, revision)
        assert ensure_schema(database_url) == head_revision()
        assert current_revision(database_url) == head_revision()
    assert schema_differences(database_url) == []


def test_ensure_schema_is_idempotent(migrated_database_url: str) -> None:
    assert ensure_schema(migrated_database_url) == head_revision()
    assert schema_differences(migrated_database_url) == []


def test_ensure_schema_refuses_a_revision_it_does_not_know(migrated_database_url: str) -> None:
    engine = create_engine_for(migrated_database_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer version"):
        ensure_schema(migrated_database_url)


def test_ensure_schema_refuses_tables_without_a_revision(database_url: str) -> None:
    engine = create_engine_for(database_url, poolclass=NullPool)
    Base.metadata.create_all(engine)
    engine.dispose()
    with pytest.raises(DatabaseError, match="no schema revision"):
        ensure_schema(database_url)


def test_unreachable_database_is_a_short_error_without_password() -> None:
    url = "postgresql://someone:s3cret@127.0.0.1:1/nothing"
    with pytest.raises(DatabaseError) as raised:
        ensure_schema(url)
    assert "s3cret" not in str(raised.value)
    assert "127.0.0.1" in str(raised.value)


ENSURE_SCHEMA_SCRIPT = textwrap.dedent(
    """
    import sys, time, pathlib
    from inbox_worker.database import ensure_schema
    url, gate = sys.argv[1], pathlib.Path(sys.argv[2])
    while not gate.exists():
        time.sleep(0.002)
    print(ensure_schema(url))
    """
)


def test_concurrent_ensure_schema_on_a_new_database(database_url: str, tmp_path: Path) -> None:
    gate = tmp_path / "go"
    processes = [run_script(ENSURE_SCHEMA_SCRIPT, database_url, str(gate)) for _ in range(3)]
    gate.touch()
    results = [process.communicate(timeout=120) for process in processes]
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert out.strip() == head_revision()
    assert schema_differences(database_url) == []


# ---------------------------------------------------------------------------------------------
# SQLite: PRAGMAs, BEGIN IMMEDIATE, two writing processes
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def sqlite_sessions(sqlite_database_url: str) -> sessionmaker[Session]:
    """A session factory on a migrated SQLite file."""
    ensure_schema(sqlite_database_url)
    return session_factory(create_engine_for(sqlite_database_url))


def test_sqlite_pragmas_are_in_force(sqlite_sessions: sessionmaker[Session]) -> None:
    for _ in range(2):  # a new connection and a pooled one
        with sqlite_sessions() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == 30_000


def test_sqlite_transactions_take_the_write_lock_at_begin(
    sqlite_sessions: sessionmaker[Session], sqlite_database_url: str
) -> None:
    path = sqlite_path_from_url(sqlite_database_url)
    other = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        with sqlite_sessions() as session, session.begin():
            session.execute(select(1))  # only a read, yet the write lock is held
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at commit
        other.execute("ROLLBACK")
    finally:
        other.close()


WRITER_SCRIPT = textwrap.dedent(
    """
    import sys, time, pathlib
    from sqlalchemy import select
    from inbox_worker.database import create_engine_for, session_factory, transaction
    from models.tables import FolderCursor, WorkerEvent
    url, count, gate, name = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4]
    factory = session_factory(create_engine_for(url))
    while not gate.exists():
        time.sleep(0.002)
    for i in range(count):
        with transaction(factory) as session:  # read, then write: the classic lock upgrade
            cursor = session.scalars(select(FolderCursor).where(FolderCursor.folder == "INBOX")).one()
            cursor.last_uid += 1
            session.add(WorkerEvent(level="INFO", kind="test", detail=f"{name} {i}"))
    print("done", name)
    """
)


def run_script(script: str, *args: str) -> subprocess.Popen[str]:
    """Start ``python -c script args`` in the checkout, with the checkout importable."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_write_to_one_sqlite_database_at_once(
    sqlite_sessions: sessionmaker[Session], sqlite_database_url: str, tmp_path: Path
) -> None:
    with transaction(sqlite_sessions) as session:
        session.add(FolderCursor(folder="INBOX", last_uid=0))
    count, gate = 300, tmp_path / "go"
    writers = [
        run_script(WRITER_SCRIPT, sqlite_database_url, str(count), str(gate), name)
        for name in ("daemon", "cli")
    ]
    gate.touch()
    results = [writer.communicate(timeout=240) for writer in writers]
    for writer, (_, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err
    with sqlite_sessions() as session:
        assert session.scalars(select(FolderCursor.last_uid)).one() == 2 * count  # no lost update
        assert session.scalar(select(func.count()).select_from(WorkerEvent)) == 2 * count


# ---------------------------------------------------------------------------------------------
# The tables (on both backends)
# ---------------------------------------------------------------------------------------------


def index_names(engine: Engine, table: str) -> set[str]:
    """The table's own indexes (not those behind constraints), expression indexes included:
    SQLAlchemy does not reflect those on SQLite, so there they are read from sqlite_master."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (table,),
            )
            return {str(row[0]) for row in rows}
    indexes = inspect(engine).get_indexes(table)
    return {str(ix["name"]) for ix in indexes if not ix.get("duplicates_constraint")}


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_constraint_names_follow_the_naming_convention(db_engine: Engine) -> None:
    inspector = inspect(db_engine)
    for table in Base.metadata.sorted_tables:
        name = table.name
        assert inspector.get_pk_constraint(name)["name"] == f"pk_{name}"
        expected_fks = {fk.name for fk in table.foreign_key_constraints}
        assert {fk["name"] for fk in inspector.get_foreign_keys(name)} == expected_fks
        expected_uqs = {
            c.name for c in table.constraints if c.__class__.__name__ == "UniqueConstraint"
        }
        assert {uq["name"] for uq in inspector.get_unique_constraints(name)} == expected_uqs
        expected_cks = {
            c.name for c in table.constraints if c.__class__.__name__ == "CheckConstraint"
        }
        assert {ck["name"] for ck in inspector.get_check_constraints(name)} == expected_cks
        reflected_ixs = index_names(db_engine, name)
        assert reflected_ixs == {index.name for index in table.indexes}
        names = expected_fks | expected_uqs | expected_cks | reflected_ixs
        prefixes = ("fk_", "uq_", "ck_", "ix_")
        assert all(str(n).startswith(prefixes) and name in str(n) for n in names), names
    assert "uq_stored_messages_folder_uidvalidity_uid" in {
        uq["name"] for uq in inspector.get_unique_constraints("stored_messages")
    }
    assert "ix_stored_messages_message_id_sha256" in {
        ix["name"] for ix in inspector.get_indexes("stored_messages")
    }


def test_transaction_commits_or_rolls_back(db_sessions: sessionmaker[Session]) -> None:
    with transaction(db_sessions) as session:
        session.add(WorkerEvent(level="INFO", kind="kept"))
    with pytest.raises(RuntimeError), transaction(db_sessions) as session:
        session.add(WorkerEvent(level="INFO", kind="lost"))
        session.flush()
        raise RuntimeError("boom")
    with db_sessions() as session:
        assert session.scalars(select(WorkerEvent.kind)).all() == ["kept"]


def test_a_message_its_registrant_and_their_reply_round_trip(
    db_sessions: sessionmaker[Session],
) -> None:
    received = datetime(2018, 12, 3, 0, 30, tzinfo=BRUSSELS)
    with transaction(db_sessions) as session:
        message = a_message(received_at=received, decision={"kind": "registration"})
        registrant = Registrant(name="Anna Peeters", email="Anna@Example.org", created_by=message)
        registrant.email_key = "anna@example.org"
        session.add_all([message, registrant])
        session.flush()
        session.add(RegistrantChange(registrant=registrant, stored_message=message, what="created"))
        session.add(
            OutboxMessage(
                message_id="<r1@inbox-worker>",
                to_address="Anna@Example.org",
                subject="Re: inschrijving",
                purpose=OutboxPurpose.CONFIRMATION,
                raw=b"MIME",
                in_reply_to=message,
                registrant=registrant,
            )
        )
        session.add(ReviewItem(stored_message=message, reason="test"))
    with db_sessions() as session:
        stored = session.scalars(select(StoredMessage)).one()
        assert stored.received_at == received
        assert stored.received_at is not None and stored.received_at.tzinfo is UTC
        assert stored.uidvalidity == 3_000_000_000 and stored.uid == 4_000_000_000
        assert stored.state is MessageState.RECEIVED
        assert stored.reasons == [] and stored.decision == {"kind": "registration"}
        assert stored.raw == b"From: a@example.org\r\n\r\nhi\r\n"
        assert stored.first_seen_at.tzinfo is UTC
        person = session.scalars(select(Registrant)).one()
        assert person.created_by is not None and person.created_by.id == stored.id
        assert [change.what for change in person.changes] == [ChangeKind.CREATED]
        assert len(stored.review_items) == 1


def test_deleting_a_registrant_cascades_to_changes_and_detaches_replies(
    db_sessions: sessionmaker[Session],
) -> None:
    with transaction(db_sessions) as session:
        person = Registrant(name="Bert")
        session.add(person)
        session.flush()
        session.add(RegistrantChange(registrant=person, what=ChangeKind.CREATED))
        session.add(
            OutboxMessage(
                message_id="<r2@x>",
                to_address="b@x",
                subject="s",
                purpose=OutboxPurpose.CONFIRMATION,
                registrant=person,
            )
        )
    with transaction(db_sessions) as session:
        session.delete(session.scalars(select(Registrant)).one())
    with db_sessions() as session:
        assert session.scalars(select(RegistrantChange)).all() == []
        assert session.scalars(select(OutboxMessage.registrant_id)).one() is None


def test_foreign_keys_are_enforced(db_sessions: sessionmaker[Session]) -> None:
    with pytest.raises(IntegrityError), transaction(db_sessions) as session:
        session.add(RegistrantChange(registrant_id=123456, what=ChangeKind.CREATED))


def test_unique_constraints_hold(db_sessions: sessionmaker[Session]) -> None:
    with transaction(db_sessions) as session:
        session.add(a_message())
        session.add(Digest(day=datetime(2018, 12, 1).date()))
    with pytest.raises(IntegrityError), transaction(db_sessions) as session:
        session.add(a_message())  # same folder, uidvalidity, uid
    with pytest.raises(IntegrityError), transaction(db_sessions) as session:
        session.add(Digest(day=datetime(2018, 12, 1).date()))
    with transaction(db_sessions) as session:  # imported messages have no UID: no conflict
        session.add(a_message(source=MessageSource.IMPORT, folder=None, uidvalidity=None, uid=None))
        session.add(a_message(source=MessageSource.IMPORT, folder=None, uidvalidity=None, uid=None))


def test_naive_datetimes_are_refused(db_sessions: sessionmaker[Session]) -> None:
    with pytest.raises(StatementError, match="naive datetime"), transaction(db_sessions) as session:
        session.add(a_message(received_at=datetime(2018, 12, 2, 23, 30)))


def test_unknown_state_values_are_refused(db_sessions: sessionmaker[Session]) -> None:
    with pytest.raises(StatementError), transaction(db_sessions) as session:
        session.add(a_message(state="exploded"))


def test_server_defaults_fill_rows_inserted_in_plain_sql(db_engine: Engine) -> None:
    with db_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO stored_messages (source, sha256, size) VALUES ('import', :sha, 0)"),
            {"sha": "1" * 64},
        )
    with session_factory(db_engine)() as session:
        stored = session.scalars(select(StoredMessage)).one()
        assert stored.state is MessageState.RECEIVED
        assert stored.reasons == [] and stored.attempts == 0 and stored.needs_review is False
        assert stored.first_seen_at.tzinfo is UTC
        assert abs((stored.first_seen_at - datetime.now(UTC)).total_seconds()) < 300


# ---------------------------------------------------------------------------------------------
# URLs, configuration, packaging
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////var/lib/inbox/db.sqlite3", Path("/var/lib/inbox/db.sqlite3")),
        ("sqlite:///relative.db", Path("relative.db")),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("postgresql+psycopg://u@h/db", None),
    ],
)
def test_sqlite_path_from_url(url: str, expected: Path | None) -> None:
    assert sqlite_path_from_url(url) == expected


def test_postgresql_urls_use_psycopg_3() -> None:
    for url in ("postgresql://u@h/db", "postgres://u@h/db", "postgresql+psycopg://u@h/db"):
        assert database.parse_url(url).drivername == "postgresql+psycopg"


def test_invalid_url_is_a_database_error() -> None:
    with pytest.raises(DatabaseError, match="invalid database URL"):
        create_engine_for("not a url")


def test_alembic_config_is_built_in_code() -> None:
    url = "postgresql+psycopg://u:p%40ss@h/db"
    config = alembic_config(url)
    assert config.config_file_name is None
    assert config.get_main_option("script_location") == str(migrations_dir())
    assert config.get_main_option("sqlalchemy.url") == url


def test_migrations_dir_in_a_checkout_is_the_alembic_folder() -> None:
    assert migrations_dir() == REPO / "alembic"
    assert (migrations_dir() / "versions" / "0001_initial.py").is_file()


def test_migrations_dir_prefers_the_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "env.py").touch()
    monkeypatch.setattr(database.resources, "files", lambda package: tmp_path)
    assert migrations_dir() == tmp_path / "migrations"


UPGRADE_FROM_WHEEL_SCRIPT = textwrap.dedent(
    """
    import sys
    from inbox_worker.database import current_revision, migrations_dir, upgrade
    print(migrations_dir())
    upgrade(sys.argv[1])
    print(current_revision(sys.argv[1]))
    """
)


@pytest.mark.slow
def test_the_wheel_ships_the_migrations_and_uses_them(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "-w", str(tmp_path), "--no-deps", "-q"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("inbox_worker-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "inbox_worker/migrations/versions/0001_initial.py" in names
        assert "inbox_worker/migrations/env.py" in names
        assert "inbox_worker/migrations/script.py.mako" in names
        assert "models/tables.py" in names
        unpacked = tmp_path / "site"
        archive.extractall(unpacked)

    url = f"sqlite:///{tmp_path / 'from-wheel.sqlite3'}"
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    done = subprocess.run(
        [sys.executable, "-c", UPGRADE_FROM_WHEEL_SCRIPT, url],
        cwd=tmp_path,  # not the checkout: the unpacked wheel must be enough
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    used_dir, revision = done.stdout.split()
    assert Path(used_dir) == unpacked / "inbox_worker" / "migrations"
    assert revision == head_revision()
