"""Alembic environment of inbox-worker: migrates the database whose URL the program passes in.

The program builds the alembic ``Config`` in code (``inbox_worker.database.alembic_config``) and
puts the URL in ``config.attributes``; a caller may instead pass an open ``connection`` there.
"""

from __future__ import annotations

import os

from sqlalchemy import Connection, text
from sqlalchemy.pool import NullPool

from alembic import context
from inbox_worker.database import MIGRATION_LOCK_KEY, URL_ATTRIBUTE, create_engine_for
from models.tables import Base

config = context.config
target_metadata = Base.metadata


def database_url() -> str:
    """The URL to migrate: from the program, else ``sqlalchemy.url``, else the environment."""
    url = (
        config.attributes.get(URL_ATTRIBUTE)
        or config.get_main_option("sqlalchemy.url")
        or os.environ.get("INBOX_WORKER__DATABASE__URL")
    )
    if not url:
        raise RuntimeError("no database URL: use `inbox-worker db upgrade`")
    return str(url)


def run_migrations_offline() -> None:
    """Print the SQL of the migrations instead of running them (``--sql``)."""
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_on(connection: Connection) -> None:
    """Run the migrations on ``connection``, all of them in one transaction."""
    dialect = connection.dialect.name
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,  # also on SQLite, where DDL is transactional too
    )
    with context.begin_transaction():
        if dialect == "postgresql":  # one migrator at a time; SQLite has BEGIN IMMEDIATE
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        context.run_migrations()
        if dialect == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")


def run_migrations_online() -> None:
    """Run the migrations on the given connection, or on a short-lived engine for the URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations_on(connection)
        return
    # Foreign keys off: SQLite batch migrations copy and drop tables.
    engine = create_engine_for(database_url(), foreign_keys=False, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            run_migrations_on(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
