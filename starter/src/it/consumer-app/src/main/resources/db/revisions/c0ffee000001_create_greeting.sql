-- revision: c0ffee000001
-- down_revision:
-- message: create greeting

-- retort:upgrade
CREATE TABLE greeting (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL);
INSERT INTO greeting (id, text) VALUES (1, 'hello from a revision');

-- retort:downgrade
DROP TABLE greeting;
