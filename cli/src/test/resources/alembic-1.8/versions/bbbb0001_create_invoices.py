"""create invoices

Revision ID: bbbb0001
Revises: aaaa0001
Create Date: 2026-12-03 10:35:56.512135

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bbbb0001'
down_revision = 'aaaa0001'
branch_labels = ('billing',)
depends_on = None


def upgrade() -> None:
    op.execute('CREATE TABLE invoices (id BIGINT PRIMARY KEY, account_id BIGINT)')


def downgrade() -> None:
    op.execute('DROP TABLE invoices')
