-- revision: 1a2b3c4d5e01
-- down_revision:
-- message: create widget

-- retort:upgrade
CREATE TABLE widget (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- retort:downgrade
DROP TABLE widget;
