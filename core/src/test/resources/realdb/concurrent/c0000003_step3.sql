-- revision: c0000003
-- down_revision: c0000002
-- message: step 3

-- retort:upgrade
CREATE TABLE t_c0000003 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000003');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000003';
DROP TABLE t_c0000003;
