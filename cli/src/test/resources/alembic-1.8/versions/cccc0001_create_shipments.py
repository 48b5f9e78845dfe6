"""create shipments

Revision ID: cccc0001
Revises: aaaa0001
Create Date: 2026-12-03 10:36:00.043508

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cccc0001'
down_revision = 'aaaa0001'
branch_labels = ('shipping',)
depends_on = None


def upgrade() -> None:
    op.execute('CREATE TABLE shipments (id BIGINT PRIMARY KEY)')


def downgrade() -> None:
    op.execute('DROP TABLE shipments')
