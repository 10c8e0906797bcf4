"""The store's revision: one row that every write transaction changing what the
store holds raises (the web page keeps its pages per revision; max(documents.pk)
did that before, which holds only while every change inserts a document).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table('store_revision',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('revision', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_store_revision'))
    )
    # a store written before goes on from the revision it had (its documents' largest key)
    op.execute(table.insert().from_select(
        ['id', 'revision'], sa.select(sa.literal(1), sa.func.coalesce(sa.func.max(sa.column('pk')), 0))
        .select_from(sa.table('documents', sa.column('pk')))))


def downgrade() -> None:
    op.drop_table('store_revision')
