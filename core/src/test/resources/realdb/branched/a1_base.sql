-- revision: aaaa0001
-- down_revision:
-- message: create accounts

-- retort:upgrade
CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100));

-- retort:downgrade
DROP TABLE accounts;
