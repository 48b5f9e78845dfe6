-- revision: 11110001
-- down_revision:
-- message: base

-- retort:upgrade
CREATE TABLE l_base (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE l_base;
