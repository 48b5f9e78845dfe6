-- revision: a1a1a1a1a101
-- down_revision:
-- message: create account

-- retort:upgrade
CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);

-- retort:downgrade
DROP TABLE account;
