-- revision: 9f8e7d6c5b01
-- down_revision:
-- message: create a table named by a placeholder

-- retort:upgrade
CREATE TABLE ${table} (id BIGINT PRIMARY KEY);

-- retort:downgrade
DROP TABLE ${table};
