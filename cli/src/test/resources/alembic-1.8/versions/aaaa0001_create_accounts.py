"""create accounts

Revision ID: aaaa0001
Revises: 
Create Date: 2026-12-03 10:35:52.483239

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'aaaa0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute('CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100))')


def downgrade() -> None:
    op.execute('DROP TABLE accounts')
