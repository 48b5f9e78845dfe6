-- revision: 000000000001
-- down_revision:
-- message: warm up (never applied: RetortBackgroundPreinitializer only parses it, off the main thread)
-- create_date: 2026-12-03 00:00:00

-- retort:upgrade
CREATE TABLE retort_warm_up (id INT PRIMARY KEY, v VARCHAR(20));
INSERT INTO retort_warm_up (id, v) VALUES (1, 'a;b');

-- retort:downgrade
DROP TABLE retort_warm_up;
