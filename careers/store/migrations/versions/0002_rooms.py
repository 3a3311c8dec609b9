"""Live workshop rooms: their state, participants, answers, and rate-limit counters.

Revision ID: 0002_rooms
Revises: 0001_workspaces
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_rooms"
down_revision = "0001_workspaces"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create rooms, room_participants, room_answers and rate_counters."""
    op.create_table(
        "rooms",
        sa.Column("code", sa.String(8), primary_key=True),
        sa.Column("presenter_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("dataset", sa.Text, nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("revealed", sa.Text, nullable=False),
        sa.Column("hide_pay", sa.Boolean, nullable=False),
        sa.Column("results_hidden", sa.Boolean, nullable=False),
        sa.Column("closed", sa.Text, nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "room_participants",
        sa.Column(
            "room_code",
            sa.String(8),
            sa.ForeignKey("rooms.code", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("participant_hash", sa.String(64), primary_key=True),
        sa.Column("joined_at", sa.Float, nullable=False),
    )
    op.create_table(
        "room_answers",
        sa.Column(
            "room_code",
            sa.String(8),
            sa.ForeignKey("rooms.code", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("question_id", sa.String(80), primary_key=True),
        sa.Column("participant_hash", sa.String(64), primary_key=True),
        sa.Column("option_id", sa.String(80), nullable=False),
        sa.Column("answered_at", sa.Float, nullable=False),
    )
    op.create_table(
        "rate_counters",
        sa.Column("bucket", sa.String(100), primary_key=True),
        sa.Column("window_start", sa.Integer, primary_key=True),
        sa.Column("hits", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    """Drop the room tables."""
    op.drop_table("rate_counters")
    op.drop_table("room_answers")
    op.drop_table("room_participants")
    op.drop_table("rooms")
