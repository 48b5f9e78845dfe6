-- revision: c0000002
-- down_revision: c0000001
-- message: step 2

-- retort:upgrade
CREATE TABLE t_c0000002 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000002');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000002';
DROP TABLE t_c0000002;
