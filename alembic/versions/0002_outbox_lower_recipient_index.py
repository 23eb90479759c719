"""Outbox: index recipients as they are matched, lower-cased (the reply guard's daily count).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 10:20:00

The index on ``to_address`` as written was never used: every query matches ``lower(to_address)``,
so counting a person's replies of the last day scanned the whole outbox for each mail.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "outbox_messages"
OLD_INDEX = "ix_outbox_messages_to_address_created_at"
NEW_INDEX = "ix_outbox_messages_lower_to_address_created_at"


def upgrade() -> None:
    """Replace the index on the recipient as written by one on the recipient lower-cased."""
    op.drop_index(OLD_INDEX, table_name=TABLE)
    op.create_index(NEW_INDEX, TABLE, [sa.text("lower(to_address)"), "created_at"])


def downgrade() -> None:
    """Back to the index on the recipient as written."""
    op.drop_index(NEW_INDEX, table_name=TABLE)
    op.create_index(OLD_INDEX, TABLE, ["to_address", "created_at"])
