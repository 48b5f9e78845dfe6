-- revision: eeee0001
-- down_revision: dddd0001
-- depends_on: ffff0001
-- message: audit log
-- create_date: 2026-12-03 10:36:03.573011

-- retort:upgrade
CREATE TABLE audit_log (id BIGINT PRIMARY KEY, note VARCHAR(200));
INSERT INTO audit_log (id, note) VALUES (1, 'it''s');

-- retort:downgrade
DROP TABLE audit_log;
