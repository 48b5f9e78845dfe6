-- revision: 55af2cb1c267
-- down_revision: 3adcc9a56557
-- message: add orders

-- retort:upgrade
CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL);

-- retort:downgrade
DROP TABLE orders;
