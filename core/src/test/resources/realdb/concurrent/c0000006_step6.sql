-- revision: c0000006
-- down_revision: c0000004
-- message: step 6

-- retort:upgrade
CREATE TABLE t_c0000006 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000006');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000006';
DROP TABLE t_c0000006;
