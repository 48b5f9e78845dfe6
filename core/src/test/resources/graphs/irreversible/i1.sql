-- revision: i0000001
-- message: one

-- retort:upgrade
CREATE TABLE one (id INT);

-- retort:downgrade
DROP TABLE one;
