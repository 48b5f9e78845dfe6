-- revision: aaaa0001
-- down_revision: 
-- message: create accounts
-- create_date: 2026-12-03 10:35:52.483239

-- retort:upgrade
CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100));

-- retort:downgrade
DROP TABLE accounts;
