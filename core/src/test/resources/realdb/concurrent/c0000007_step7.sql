-- revision: c0000007
-- down_revision: c0000005, c0000006
-- message: step 7

-- retort:upgrade
CREATE TABLE t_c0000007 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000007');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000007';
DROP TABLE t_c0000007;
