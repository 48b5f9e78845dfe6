-- revision: d4d4d4d4d404
-- down_revision: c3c3c3c3c303
-- message: create audit

-- retort:upgrade
CREATE TABLE audit (id INT PRIMARY KEY, account_id INT);

-- retort:downgrade
DROP TABLE audit;
