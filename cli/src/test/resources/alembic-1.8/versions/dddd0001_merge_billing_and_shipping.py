"""merge billing and shipping

Revision ID: dddd0001
Revises: bbbb0002, cccc0001
Create Date: 2026-12-03 10:36:02.034295

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'dddd0001'
down_revision = ('bbbb0002', 'cccc0001')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
