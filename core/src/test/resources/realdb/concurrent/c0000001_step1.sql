-- revision: c0000001
-- down_revision: 
-- message: step 1

-- retort:upgrade
CREATE TABLE applied_once (revision VARCHAR(32) PRIMARY KEY);
CREATE TABLE t_c0000001 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000001');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000001';
DROP TABLE t_c0000001;
DROP TABLE applied_once;
