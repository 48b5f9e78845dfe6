-- revision: kkkk0001
-- down_revision:
-- message: a log of what ran

-- retort:upgrade
CREATE TABLE k_log (revision VARCHAR(32) NOT NULL);
INSERT INTO k_log (revision) VALUES ('kkkk0001');

-- retort:downgrade
DROP TABLE k_log;
