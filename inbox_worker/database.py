"""Database engines, sessions and migrations: SQLite tuned for two writers, PostgreSQL via psycopg 3.

SQLite connections run in WAL mode with a 30 s busy timeout and foreign keys on, and every
transaction SQLAlchemy begins is ``BEGIN IMMEDIATE``: a transaction takes the write lock at its
start (waiting up to the busy timeout for it) instead of failing with "database is locked" when a
read turns into a write while another process writes. ``synchronous`` is FULL: a commit survives
a power cut, which matters because the IMAP server is changed only after the commit. Only
transactions opened with ``transaction(..., durable=False)`` (delivery bookkeeping, where a loss
means at most a repeat) commit without waiting for the disk.

Migrations are the top-level ``alembic/`` folder of the checkout, shipped in the wheel as
``inbox_worker/migrations``; the alembic ``Config`` is built here, no ``alembic.ini`` is needed.
Alembic is imported only to migrate: a database already at the newest revision is recognised by
reading its ``alembic_version`` row and the ``revision`` lines of the shipped migration files.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, Pool

from inbox_worker.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_SECONDS: Final = 30
POSTGRES_CONNECT_TIMEOUT_SECONDS: Final = 10
POSTGRESQL: Final = "postgresql"
SQLITE_SYNCHRONOUS_DURABLE: Final = "FULL"  # the commit waits until the WAL is on disk
SQLITE_SYNCHRONOUS_RELAXED: Final = "NORMAL"  # WAL synced at checkpoints only
DURABLE_OPTION: Final = "inbox_worker_durable"  # execution option; also the pool record's key
# Where alembic_config() puts the URL for env.py (attributes are not %-interpolated).
URL_ATTRIBUTE: Final = "inbox_worker_database_url"
# Key of the PostgreSQL advisory lock env.py holds while migrating ("inbox-wk" in hex).
MIGRATION_LOCK_KEY: Final = 0x696E626F782D776B
VERSION_TABLE: Final = "alembic_version"
# `revision = "0002"` / `down_revision: str | None = "0001"` lines of a migration file.
REVISION_LINE: Final = re.compile(r"^(down_revision|revision)\b[^=\n]*=(.*)$", re.MULTILINE)


# ---------------------------------------------------------------------------------------------
# URLs
# ---------------------------------------------------------------------------------------------


def parse_url(url: str) -> URL:
    """The URL parsed, with ``postgres://``/``postgresql://`` pointed at the psycopg 3 driver."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"invalid database URL {mask_url(url)!r}: {exc}") from None
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def mask_url(url: str | URL) -> str:
    """The URL as text with its password hidden, for messages and logs."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "<unparsable URL>"
    return parsed.render_as_string(hide_password=True)


def is_sqlite(url: str | URL) -> bool:
    """Whether the URL names a SQLite database."""
    parsed = parse_url(url) if isinstance(url, str) else url
    return parsed.get_backend_name() == "sqlite"


def sqlite_path_from_url(url: str | URL) -> Path | None:
    """The file of a SQLite URL; ``None`` for an in-memory database or another backend."""
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or parsed.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):  # a URI filename (?uri=true)
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database)


def ensure_sqlite_parent(url: str | URL) -> None:
    """Create the folder of a SQLite database file if it does not exist yet."""
    path = sqlite_path_from_url(url)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder {path.parent} for {path}: {exc}") from None


# ---------------------------------------------------------------------------------------------
# Engines and sessions
# ---------------------------------------------------------------------------------------------


def create_engine_for(
    url: str, *, foreign_keys: bool = True, poolclass: type[Pool] | None = None
) -> Engine:
    """An engine for ``url``, set up for this program (see the module docstring).

    ``foreign_keys=False`` is for migrations only: SQLite batch migrations copy tables, which
    must not cascade. ``poolclass=NullPool`` suits short-lived engines (CLI, migrations).
    """
    parsed = parse_url(url)
    options: dict[str, Any] = {}
    if poolclass is not None:
        options["poolclass"] = poolclass
    if parsed.get_backend_name() == "sqlite":
        return _create_sqlite_engine(parsed, foreign_keys=foreign_keys, options=options)
    if parsed.get_backend_name() == POSTGRESQL:
        options["pool_pre_ping"] = True
        if "connect_timeout" not in parsed.query:  # a timeout in the URL wins
            options["connect_args"] = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT_SECONDS}
    return create_engine(parsed, **options)


def _create_sqlite_engine(url: URL, *, foreign_keys: bool, options: dict[str, Any]) -> Engine:
    ensure_sqlite_parent(url)
    options["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _sqlite_connect_listener(foreign_keys=foreign_keys))
    event.listen(engine, "begin", _sqlite_begin_immediate)
    return engine


def _sqlite_connect_listener(*, foreign_keys: bool) -> Callable[[Any, Any], None]:
    pragmas = (
        f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_SECONDS * 1000}",
        "PRAGMA journal_mode = WAL",
        f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}",
    )

    def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # sqlite3 must not emit BEGIN itself: _sqlite_begin_immediate does it (SQLAlchemy recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    return on_connect


def _sqlite_begin_immediate(connection: Connection) -> None:
    """BEGIN IMMEDIATE, after setting ``synchronous`` for this transaction (SQLite allows that
    only outside a transaction): FULL, unless the transaction was asked not to be durable."""
    durable = connection.get_execution_options().get(DURABLE_OPTION, True)
    level = SQLITE_SYNCHRONOUS_DURABLE if durable else SQLITE_SYNCHRONOUS_RELAXED
    info = connection.connection.info
    if info.get(DURABLE_OPTION) != level:
        connection.exec_driver_sql(f"PRAGMA synchronous = {level}")
        info[DURABLE_OPTION] = level
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory bound to ``engine``; objects stay usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def open_database(url: str) -> Iterator[sessionmaker[Session]]:
    """A session factory on ``url``, brought to the newest schema first; disposed at the end."""
    ensure_schema(url)
    engine = create_engine_for(url)
    try:
        yield session_factory(engine)
    finally:
        engine.dispose()


@contextmanager
def transaction(factory: sessionmaker[Session], *, durable: bool = True) -> Iterator[Session]:
    """A session in a transaction: committed when the block ends, rolled back if it raises.

    ``durable=False`` is for bookkeeping whose loss in a power cut costs at most a repeat (a
    reply sent again, a second copy in Sent): its commit does not wait for the disk (SQLite
    ``synchronous = NORMAL``, PostgreSQL ``synchronous_commit = off``). It still survives a crash
    of this process, and the database stays consistent either way.
    """
    with factory() as session, session.begin():
        if not durable:
            _relax_commit(session)
        yield session


def _relax_commit(session: Session) -> None:
    connection = session.connection(execution_options={DURABLE_OPTION: False})
    if connection.dialect.name == POSTGRESQL:
        connection.exec_driver_sql("SET LOCAL synchronous_commit = off")


# ---------------------------------------------------------------------------------------------
# Migrations
# ---------------------------------------------------------------------------------------------


def migrations_dir() -> Path:
    """The alembic folder: inside the installed package, else ``alembic/`` of the checkout."""
    packaged = resources.files("inbox_worker") / "migrations"
    if isinstance(packaged, Path) and (packaged / "env.py").is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[1] / "alembic"
    if (checkout / "env.py").is_file():
        return checkout
    raise DatabaseError(
        f"the database migrations are missing (looked in {packaged} and {checkout})"
    )


def alembic_config(url: str) -> Config:
    """An alembic ``Config`` for ``url`` built in code: no ``alembic.ini`` is read."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("path_separator", "os")
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes[URL_ATTRIBUTE] = url
    return config


def head_revision() -> str:
    """The newest revision the shipped migrations know."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    if head is None:
        raise DatabaseError("the shipped migrations have no revision")
    return head


def shipped_head() -> str | None:
    """The newest revision, read from the migration files without alembic.

    ``None`` unless every file names its revision and the one before it as plain literals and
    they form a single line of history; then only alembic can tell.
    """
    pairs = [_revision_pair(path) for path in _migration_files()]
    if not pairs or None in pairs:
        return None
    revisions = {pair[0] for pair in pairs if pair is not None}
    older = {pair[1] for pair in pairs if pair is not None}
    heads = revisions - older
    return heads.pop() if len(heads) == 1 and len(revisions) == len(pairs) else None


def _migration_files() -> list[Path]:
    versions = migrations_dir() / "versions"
    return [path for path in versions.glob("*.py") if path.name != "__init__.py"]


def _revision_pair(path: Path) -> tuple[str, str | None] | None:
    """``(revision, down_revision)`` of one migration file, or None when not plain literals."""
    try:
        found = {name: ast.literal_eval(value.strip()) for name, value in _revision_lines(path)}
    except (OSError, ValueError, SyntaxError):
        return None
    revision, down = found.get("revision"), found.get("down_revision", ...)
    if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
        return None
    return revision, down


def _revision_lines(path: Path) -> list[tuple[str, str]]:
    lines = REVISION_LINE.findall(path.read_text(encoding="utf-8"))
    if len({name for name, _ in lines}) != len(lines):
        raise ValueError(f"{path}: a revision line twice")
    return lines


@contextmanager
def _database_errors(action: str, url: str, *also: type[Exception]) -> Iterator[None]:
    """Turn SQLAlchemy failures (and ``also``) into a DatabaseError naming the (masked) URL."""
    failures: tuple[type[Exception], ...] = (SQLAlchemyError, *also)
    try:
        yield
    except failures as exc:
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseError(f"cannot {action} {mask_url(url)}: {reason}") from exc


def upgrade(url: str, revision: str = "head") -> None:
    """Apply the migrations up to ``revision``, creating the database if needed."""
    from alembic.util import CommandError

    from alembic import command

    with _database_errors("upgrade", url, CommandError):
        command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    """Undo migrations down to ``revision`` (``"base"`` removes every table)."""
    from alembic.util import CommandError

    from alembic import command

    with _database_errors("downgrade", url, CommandError):
        command.downgrade(alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    """The revision the database is at; ``None`` when it has never been migrated."""
    return _schema_state(url, action="read the schema revision of")[0]


def ensure_schema(url: str) -> str:
    """Bring a new or older database to the newest revision; return that revision.

    Refuses (DatabaseError) a database whose revision these migrations do not know (a newer
    program migrated it) and one that has this program's tables but no revision record.
    Safe when several processes start at once: the migrations themselves run under a lock.
    """
    current, tables = _schema_state(url)
    if current is not None and current == shipped_head():
        log.debug("database %s is at revision %s", mask_url(url), current)
        return current
    head = head_revision()
    if current == head:
        log.debug("database %s is at revision %s", mask_url(url), head)
        return head
    if current is None:
        _refuse_unversioned_tables(url, tables)
    else:
        _refuse_unknown_revision(url, current)
    log.info("upgrading database %s from %s to %s", mask_url(url), current or "empty", head)
    upgrade(url, "head")
    return head


def _schema_state(url: str, action: str = "inspect") -> tuple[str | None, set[str]]:
    """The revision and the table names, read on one connection, tables first.

    If another process commits its migration meanwhile, tables seen means revision seen too.
    """
    with _database_errors(action, url):
        engine = create_engine_for(url, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
                return _stored_revision(connection, tables, url), tables
        finally:
            engine.dispose()


def _stored_revision(connection: Connection, tables: set[str], url: str) -> str | None:
    """The row of alembic's version table (what alembic itself reads); None when there is none."""
    if VERSION_TABLE not in tables:
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise DatabaseError(f"{mask_url(url)} records several schema revisions: {sorted(rows)}")
    return str(rows[0]) if rows else None


def _refuse_unknown_revision(url: str, current: str) -> None:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config(url))
    try:
        script.get_revision(current)
    except CommandError:
        raise DatabaseError(
            f"{mask_url(url)} is at revision {current}, which this version of inbox-worker "
            "does not know: it was migrated by a newer version"
        ) from None


def _refuse_unversioned_tables(url: str, tables: set[str]) -> None:
    from models.tables import Base

    ours = sorted(tables & set(Base.metadata.tables))
    if ours:
        raise DatabaseError(
            f"{mask_url(url)} has inbox-worker tables ({', '.join(ours)}) but no schema "
            "revision; it was not created by `inbox-worker db upgrade`"
        )
