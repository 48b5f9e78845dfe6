-- revision: 1975ea83b712
-- down_revision:
-- message: create users

-- retort:upgrade
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(255) NOT NULL);

-- retort:downgrade
DROP TABLE users;
