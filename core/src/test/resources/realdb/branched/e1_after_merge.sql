-- revision: eeee0001
-- down_revision: dddd0001
-- message: audit log

-- retort:upgrade
CREATE TABLE audit_log (id BIGINT PRIMARY KEY, note VARCHAR(200));
INSERT INTO audit_log (id, note) VALUES (1, 'semi;colon');

-- retort:downgrade
DROP TABLE audit_log;
