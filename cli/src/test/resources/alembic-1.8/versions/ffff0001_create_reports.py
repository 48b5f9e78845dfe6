"""create reports

Revision ID: ffff0001
Revises: 
Create Date: 2026-12-03 10:35:54.500357

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ffff0001'
down_revision = None
branch_labels = ('reports',)
depends_on = None


def upgrade() -> None:
    op.execute('CREATE TABLE reports (id BIGINT PRIMARY KEY)')


def downgrade() -> None:
    op.execute('DROP TABLE reports')
