-- revision: b2b2b2b2b202
-- down_revision: a1a1a1a1a101
-- message: create ledger

-- retort:upgrade
CREATE TABLE ledger (id INT PRIMARY KEY, name VARCHAR(50));

-- retort:downgrade
DROP TABLE ledgers;
