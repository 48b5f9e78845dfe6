-- revision: b2b2b2b2b202
-- down_revision: a1a1a1a1a101
-- message: create invoice

-- retort:upgrade
CREATE TABLE invoice (id INT PRIMARY KEY, account_id INT NOT NULL);

-- retort:downgrade
DROP TABLE invoice;
