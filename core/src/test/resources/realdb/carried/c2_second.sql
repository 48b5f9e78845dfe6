-- revision: cccc0002
-- down_revision: cccc0001
-- message: DDL first, then data: its started row commits with the first revision's bookkeeping

-- retort:upgrade
CREATE TABLE carried_two (id INT PRIMARY KEY);
INSERT INTO carried_two (id) VALUES (2);

-- retort:downgrade
DROP TABLE carried_two;
