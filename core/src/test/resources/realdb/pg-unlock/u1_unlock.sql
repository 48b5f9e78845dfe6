-- revision: uuuu0001
-- down_revision:
-- message: releases every advisory lock of its session

-- retort:upgrade
CREATE TABLE unlocked (id INT PRIMARY KEY);
SELECT pg_advisory_unlock_all();

-- retort:downgrade
DROP TABLE unlocked;
