"""The other ids a stored text was ingested under (issue 17: a text ingested
again under another id records that id).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_aliases',
    sa.Column('id', sa.String(length=300), nullable=False),
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['documents.pk'], name=op.f('fk_document_aliases_document_pk_documents'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_aliases'))
    )
    with op.batch_alter_table('document_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_aliases_document_pk'), ['document_pk'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('document_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_aliases_document_pk'))
    op.drop_table('document_aliases')
