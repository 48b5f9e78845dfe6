-- revision: 7e7e7e7e7e01
-- down_revision:
-- message: create counter, slowly

-- retort:upgrade
CREATE TABLE counter (id INT PRIMARY KEY);
${sleep};
INSERT INTO counter (id) VALUES (1);

-- retort:downgrade
DROP TABLE counter;
