-- revision: iiii0001
-- down_revision:
-- message: people

-- retort:upgrade
CREATE TABLE people (id INT PRIMARY KEY, email TEXT NOT NULL);
INSERT INTO people SELECT g, 'p' || g || '@example.com' FROM generate_series(1, 1000) g;

-- retort:downgrade
DROP TABLE people;
