"""Workspaces and the log of their creation (for the per-session cap).

Revision ID: 0001_workspaces
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_workspaces"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the workspaces and workspace_creations tables."""
    op.create_table(
        "workspaces",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("edit_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("view_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("view_sealed", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("used_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_workspaces_used_at", "workspaces", ["used_at"])
    op.create_table(
        "workspace_creations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("creator", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index(
        "ix_workspace_creations_creator_created_at",
        "workspace_creations",
        ["creator", "created_at"],
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("workspace_creations")
    op.drop_table("workspaces")
