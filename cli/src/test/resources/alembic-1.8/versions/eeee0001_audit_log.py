"""audit log

Revision ID: eeee0001
Revises: dddd0001
Create Date: 2026-12-03 10:36:03.573011

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'eeee0001'
down_revision = 'dddd0001'
branch_labels = None
depends_on = 'ffff0001'


def upgrade() -> None:
    op.execute('CREATE TABLE audit_log (id BIGINT PRIMARY KEY, note VARCHAR(200))')
    op.execute("INSERT INTO audit_log (id, note) VALUES (1, 'it''s')")


def downgrade() -> None:
    op.execute('DROP TABLE audit_log')
