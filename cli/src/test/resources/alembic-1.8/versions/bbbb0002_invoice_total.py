"""invoice total

Revision ID: bbbb0002
Revises: bbbb0001
Create Date: 2026-12-03 10:35:58.170139

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bbbb0002'
down_revision = 'bbbb0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute('ALTER TABLE invoices ADD COLUMN total DECIMAL(10,2)')


def downgrade() -> None:
    op.execute('ALTER TABLE invoices DROP COLUMN total')
