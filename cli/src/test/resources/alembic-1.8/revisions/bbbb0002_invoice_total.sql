-- revision: bbbb0002
-- down_revision: bbbb0001
-- message: invoice total
-- create_date: 2026-12-03 10:35:58.170139

-- retort:upgrade
ALTER TABLE invoices ADD COLUMN total DECIMAL(10,2);

-- retort:downgrade
ALTER TABLE invoices DROP COLUMN total;
