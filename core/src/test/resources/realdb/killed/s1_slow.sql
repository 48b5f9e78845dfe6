-- revision: ssss0001
-- down_revision:
-- message: a slow revision whose session gets killed

-- retort:upgrade
CREATE TABLE before_kill (id INT PRIMARY KEY);
SELECT SLEEP(120);
CREATE TABLE after_kill (id INT PRIMARY KEY);

-- retort:downgrade
DROP TABLE after_kill;
DROP TABLE before_kill;
