"""The people each document event names, indexed by name: the store reads the stored members a new report's
events may match through indexes (a follow-up up to two years later, by a
person both name), not by reading every member's JSON.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table('document_event_people',
    sa.Column('document_event_pk', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['document_event_pk'], ['document_events.pk'],
                            name=op.f('fk_document_event_people_document_event_pk_document_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_event_pk', 'name', name=op.f('pk_document_event_people'))
    )
    with op.batch_alter_table('document_event_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_event_people_name'), ['name'], unique=False)
    # a store written before: the people its document events' extra column holds
    events = sa.table('document_events', sa.column('pk', sa.Integer()), sa.column('extra', sa.JSON()))
    rows = []
    for pk, extra in op.get_bind().execute(sa.select(events.c.pk, events.c.extra)):
        extra = json.loads(extra) if isinstance(extra, str) else (extra or {})
        rows += [{'document_event_pk': pk, 'name': name} for name in dict.fromkeys(extra.get('people') or ())]
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    with op.batch_alter_table('document_event_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_event_people_name'))
    op.drop_table('document_event_people')
