-- revision: c0000008
-- down_revision: c0000007
-- message: step 8

-- retort:upgrade
CREATE TABLE t_c0000008 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000008');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000008';
DROP TABLE t_c0000008;
