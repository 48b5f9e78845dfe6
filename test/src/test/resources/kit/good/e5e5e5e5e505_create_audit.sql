-- revision: e5e5e5e5e505
-- down_revision: d4d4d4d4d404
-- message: create audit

-- retort:upgrade
CREATE TABLE audit (id INT PRIMARY KEY, account_id INT, happened_at TIMESTAMP NOT NULL);

-- retort:downgrade
DROP TABLE audit;
