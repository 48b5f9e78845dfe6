-- revision: c0000009
-- down_revision: c0000008
-- message: step 9

-- retort:upgrade
CREATE TABLE t_c0000009 (id INT PRIMARY KEY);
INSERT INTO applied_once (revision) VALUES ('c0000009');

-- retort:downgrade
DELETE FROM applied_once WHERE revision = 'c0000009';
DROP TABLE t_c0000009;
