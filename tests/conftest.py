"""Shared pytest set-up: the fixture plugins of the real servers the tests talk to."""

pytest_plugins: list[str] = ["tests.db_fixtures", "tests.smtp_server", "tests.dovecot"]
