-- revision: c0000004
-- down_revision: c0000002
-- message: step 4

-- retort:upgrade
CREATE TABLE t_c0000004 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000004');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000004';
DROP TABLE t_c0000004;
