"""The store's first schema: documents, places, sources, claims, document events,
linked events and figures (generated from ``fogcount.store.schema`` by Alembic's
autogenerate, then read through).

Revision ID: 0001
Revises: none
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('input_id', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('schema', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('previous_pk', sa.Integer(), nullable=True),
    sa.Column('skipped', sa.JSON(), nullable=False),
    sa.Column('added', sa.DateTime(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('report_extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['previous_pk'], ['documents.pk'], name=op.f('fk_documents_previous_pk_documents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_documents')),
    sa.UniqueConstraint('id', name=op.f('uq_documents_id')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_published', ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_url'), ['url'], unique=False)

    op.create_table('places',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('precision', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('gazetteer_id', sa.Text(), nullable=True),
    sa.Column('derived_from', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['documents.pk'], name=op.f('fk_places_document_pk_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_places'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_document_pk'), ['document_pk'], unique=False)

    op.create_table('sources',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=False),
    sa.Column('mention', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('affiliation', sa.Text(), nullable=True),
    sa.Column('channel', sa.Text(), nullable=True),
    sa.Column('chain', sa.JSON(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('partisan', sa.Boolean(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['documents.pk'], name=op.f('fk_sources_document_pk_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_sources'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_document_pk'), ['document_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_sources_origin'), ['origin'], unique=False)

    op.create_table('events',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.Text(), nullable=True),
    sa.Column('sub_event_type', sa.Text(), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('place_pk', sa.Integer(), nullable=True),
    sa.Column('actors', sa.JSON(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('updated', sa.DateTime(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['place_pk'], ['places.pk'], name=op.f('fk_events_place_pk_places'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_date_start'), ['date_start'], unique=False)

    op.create_table('document_events',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('event_pk', sa.Integer(), nullable=True),
    sa.Column('event_type', sa.Text(), nullable=True),
    sa.Column('sub_event_type', sa.Text(), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('place_pk', sa.Integer(), nullable=True),
    sa.Column('actors', sa.JSON(), nullable=False),
    sa.Column('claims', sa.JSON(), nullable=False),
    sa.Column('documents', sa.JSON(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['documents.pk'], name=op.f('fk_document_events_document_pk_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_pk'], ['events.pk'], name=op.f('fk_document_events_event_pk_events'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['place_pk'], ['places.pk'], name=op.f('fk_document_events_place_pk_places'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_document_events')),
    sa.UniqueConstraint('document_pk', 'id', name='uq_document_events_document_pk_id')
    )
    with op.batch_alter_table('document_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_events_document_pk'), ['document_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_events_event_pk'), ['event_pk'], unique=False)

    op.create_table('claims',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('value_text', sa.Text(), nullable=False),
    sa.Column('low', sa.BigInteger(), nullable=True),
    sa.Column('high', sa.BigInteger(), nullable=True),
    sa.Column('qualifier', sa.Text(), nullable=True),
    sa.Column('vague', sa.Boolean(), nullable=False),
    sa.Column('incremental', sa.Boolean(), nullable=False),
    sa.Column('cumulative', sa.Boolean(), nullable=False),
    sa.Column('subject_text', sa.Text(), nullable=True),
    sa.Column('subject_actor', sa.Text(), nullable=True),
    sa.Column('subject_role', sa.String(length=32), nullable=False),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('hedge', sa.String(length=32), nullable=True),
    sa.Column('source_pk', sa.Integer(), nullable=True),
    sa.Column('time_text', sa.Text(), nullable=True),
    sa.Column('time_start', sa.Date(), nullable=True),
    sa.Column('time_end', sa.Date(), nullable=True),
    sa.Column('time_precision', sa.String(length=16), nullable=True),
    sa.Column('place_pk', sa.Integer(), nullable=True),
    sa.Column('event', sa.String(length=64), nullable=True),
    sa.Column('document_event_pk', sa.Integer(), nullable=True),
    sa.Column('cue', sa.JSON(), nullable=True),
    sa.Column('part_of', sa.String(length=64), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_event_pk'], ['document_events.pk'], name=op.f('fk_claims_document_event_pk_document_events'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_pk'], ['documents.pk'], name=op.f('fk_claims_document_pk_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_pk'], ['places.pk'], name=op.f('fk_claims_place_pk_places'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_pk'], ['sources.pk'], name=op.f('fk_claims_source_pk_sources'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_claims')),
    sa.UniqueConstraint('document_pk', 'id', name='uq_claims_document_pk_id')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_document_event_pk'), ['document_event_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_document_pk'), ['document_pk'], unique=False)

    op.create_table('figures',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('event_pk', sa.Integer(), nullable=True),
    sa.Column('document_event_pk', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('low', sa.BigInteger(), nullable=True),
    sa.Column('best', sa.BigInteger(), nullable=True),
    sa.Column('high', sa.BigInteger(), nullable=True),
    sa.Column('independent_sources', sa.Integer(), nullable=False),
    sa.Column('policy', sa.String(length=32), nullable=False),
    sa.Column('claims', sa.JSON(), nullable=False),
    sa.Column('low_claims', sa.JSON(), nullable=False),
    sa.Column('best_claims', sa.JSON(), nullable=False),
    sa.Column('high_claims', sa.JSON(), nullable=False),
    sa.Column('partisan_claims', sa.JSON(), nullable=False),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.CheckConstraint('(event_pk IS NULL) <> (document_event_pk IS NULL)', name=op.f('ck_figures_one_owner')),
    sa.ForeignKeyConstraint(['document_event_pk'], ['document_events.pk'], name=op.f('fk_figures_document_event_pk_document_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_pk'], ['events.pk'], name=op.f('fk_figures_event_pk_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_figures'))
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figures_document_event_pk'), ['document_event_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_figures_event_pk'), ['event_pk'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_figures_event_pk'))
        batch_op.drop_index(batch_op.f('ix_figures_document_event_pk'))

    op.drop_table('figures')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_document_pk'))
        batch_op.drop_index(batch_op.f('ix_claims_document_event_pk'))
        batch_op.drop_index(batch_op.f('ix_claims_category'))

    op.drop_table('claims')
    with op.batch_alter_table('document_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_events_event_pk'))
        batch_op.drop_index(batch_op.f('ix_document_events_document_pk'))

    op.drop_table('document_events')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_date_start'))

    op.drop_table('events')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_origin'))
        batch_op.drop_index(batch_op.f('ix_sources_document_pk'))

    op.drop_table('sources')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_document_pk'))
        batch_op.drop_index(batch_op.f('ix_places_country'))

    op.drop_table('places')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_url'))
        batch_op.drop_index('ix_documents_published')

    op.drop_table('documents')
