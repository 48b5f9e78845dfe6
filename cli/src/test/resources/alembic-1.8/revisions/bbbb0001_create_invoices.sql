-- revision: bbbb0001
-- down_revision: aaaa0001
-- branch_labels: billing
-- message: create invoices
-- create_date: 2026-12-03 10:35:56.512135

-- retort:upgrade
CREATE TABLE invoices (id BIGINT PRIMARY KEY, account_id BIGINT);

-- retort:downgrade
DROP TABLE invoices;
