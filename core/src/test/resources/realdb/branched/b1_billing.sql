-- revision: bbbb0001
-- down_revision: aaaa0001
-- branch_labels: billing
-- message: create invoices

-- retort:upgrade
CREATE TABLE invoices (id BIGINT PRIMARY KEY, account_id BIGINT);

-- retort:downgrade
DROP TABLE invoices;
