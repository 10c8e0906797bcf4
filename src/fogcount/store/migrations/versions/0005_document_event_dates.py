"""Indexes on the days of document events: linking each new report reads the
stored members dated near it (Store._members_within), which without them
scanned every linked document event, making ingest quadratic in the store.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_events_date_start'), ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_events_date_end'), ['date_end'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('document_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_events_date_end'))
        batch_op.drop_index(batch_op.f('ix_document_events_date_start'))
