-- revision: f3f3f3f3f303
-- down_revision: f2f2f2f2f202
-- message: create tag

-- retort:upgrade
CREATE TABLE tag (id INT PRIMARY KEY, label VARCHAR(30) NOT NULL);

-- retort:downgrade
DROP TABLE tag;
