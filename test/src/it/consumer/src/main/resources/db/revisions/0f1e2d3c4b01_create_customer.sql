-- revision: 0f1e2d3c4b01
-- down_revision:
-- message: create customer

-- retort:upgrade
CREATE TABLE customer (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL);

-- retort:downgrade
DROP TABLE customer;
