-- revision: bbbb0002
-- down_revision: bbbb0001
-- message: invoice total

-- retort:upgrade
ALTER TABLE invoices ADD COLUMN total DECIMAL(10,2);

-- retort:downgrade
ALTER TABLE invoices DROP COLUMN total;
