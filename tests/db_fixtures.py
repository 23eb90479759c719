"""Pytest fixtures for database tests: a fresh SQLite file or a fresh PostgreSQL database per test.

``database_url`` is parametrised over both backends. PostgreSQL comes from the server named by
``INBOX_WORKER_TEST_DATABASE_URL``: each test gets a database of its own (``CREATE DATABASE
test_<random>``), dropped afterwards. Without that variable, or when the server cannot be
reached, PostgreSQL tests are skipped with the reason, except under CI (``CI=true``), where
they fail.

Fixtures: ``sqlite_database_url``, ``postgresql_database_url``, ``database_url`` (empty),
``migrated_database_url`` (at head), ``db_engine`` and ``db_sessions`` (on a migrated database).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from inbox_worker.database import create_engine_for, ensure_schema, parse_url, session_factory

POSTGRES_ENV_VAR = "INBOX_WORKER_TEST_DATABASE_URL"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def running_in_ci() -> bool:
    """Whether the tests run under CI, where a missing server is a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() == "true"


def unavailable(reason: str) -> NoReturn:
    """Skip the test because a server is missing, or fail it when running under CI."""
    if running_in_ci():
        pytest.fail(f"{reason} (CI=true: servers are required)", pytrace=False)
    pytest.skip(reason)


def _admin_engine(url: URL) -> Engine:
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


@pytest.fixture
def sqlite_database_url(tmp_path: Path) -> str:
    """The URL of a SQLite file that does not exist yet, in a folder that does not exist yet."""
    return f"sqlite:///{tmp_path / 'data' / 'inbox-worker.sqlite3'}"


@pytest.fixture
def postgresql_database_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    configured = os.environ.get(POSTGRES_ENV_VAR)
    if not configured:
        unavailable(f"PostgreSQL tests need {POSTGRES_ENV_VAR}")
    server = parse_url(str(configured))
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = _admin_engine(server)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError as exc:
        admin.dispose()
        reason = getattr(exc, "orig", None) or exc
        unavailable(f"PostgreSQL at {server.render_as_string()} is not available: {reason}")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    """An empty database, once on SQLite and once on PostgreSQL."""
    return str(request.getfixturevalue(f"{request.param}_database_url"))


@pytest.fixture
def migrated_database_url(database_url: str) -> str:
    """A database (each backend) with every migration applied."""
    ensure_schema(database_url)
    return database_url


@pytest.fixture
def db_engine(migrated_database_url: str) -> Iterator[Engine]:
    """An engine on a migrated database (each backend), disposed after the test."""
    engine = create_engine_for(migrated_database_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def db_sessions(db_engine: Engine) -> sessionmaker[Session]:
    """A session factory on a migrated database (each backend)."""
    return session_factory(db_engine)
