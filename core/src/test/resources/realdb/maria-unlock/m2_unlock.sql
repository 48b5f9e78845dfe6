-- revision: mmmm0002
-- down_revision: mmmm0001
-- message: releases every lock of its session

-- retort:upgrade
CREATE TABLE unlocked (id INT PRIMARY KEY);
INSERT INTO unlocked (id) VALUES (2);
SELECT RELEASE_ALL_LOCKS();

-- retort:downgrade
DROP TABLE unlocked;
