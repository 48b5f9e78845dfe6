-- revision: mmmm0002
-- down_revision: mmmm0001
-- message: releases every lock of its session, starting with data

-- retort:upgrade
INSERT INTO unlocked (id) VALUES (2);
SELECT RELEASE_ALL_LOCKS();

-- retort:downgrade
DELETE FROM unlocked WHERE id = 2;
