-- revision: c0000005
-- down_revision: c0000003
-- message: step 5

-- retort:upgrade
CREATE TABLE t_c0000005 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000005');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000005';
DROP TABLE t_c0000005;
