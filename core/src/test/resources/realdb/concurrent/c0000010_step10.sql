-- revision: c0000010
-- down_revision: c0000009
-- message: step 10

-- retort:upgrade
CREATE TABLE t_c0000010 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000010');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000010';
DROP TABLE t_c0000010;
