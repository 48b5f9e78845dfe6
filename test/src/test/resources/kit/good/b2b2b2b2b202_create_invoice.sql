-- revision: b2b2b2b2b202
-- down_revision: a1a1a1a1a101
-- branch_labels: billing
-- message: create invoice

-- retort:upgrade
CREATE TABLE invoice (id INT PRIMARY KEY, account_id INT NOT NULL REFERENCES account (id), total DECIMAL(10, 2));
CREATE INDEX ix_invoice_account ON invoice (account_id);

-- retort:downgrade
DROP TABLE invoice;
