-- revision: i0000003
-- down_revision: i0000002
-- message: two

-- retort:upgrade
CREATE TABLE two (id INT);

-- retort:downgrade
DROP TABLE two;
