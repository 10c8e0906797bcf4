"""Documents' texts, kept apart from their metadata (the web page shows them
with their claims marked).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_texts',
    sa.Column('document_pk', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_pk'], ['documents.pk'], name=op.f('fk_document_texts_document_pk_documents'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_pk', name=op.f('pk_document_texts'))
    )


def downgrade() -> None:
    op.drop_table('document_texts')
