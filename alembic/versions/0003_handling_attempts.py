"""Handling attempts: server messages whose handling began and was not committed (poison mail).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 10:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the table of handling attempts."""
    op.create_table(
        "handling_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "started_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handling_attempts")),
        sa.UniqueConstraint(
            "folder", "uidvalidity", "uid", name=op.f("uq_handling_attempts_folder_uidvalidity_uid")
        ),
    )


def downgrade() -> None:
    """Drop the table of handling attempts."""
    op.drop_table("handling_attempts")
