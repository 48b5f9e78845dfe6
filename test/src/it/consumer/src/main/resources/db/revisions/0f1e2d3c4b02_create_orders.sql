-- revision: 0f1e2d3c4b02
-- down_revision: 0f1e2d3c4b01
-- branch_labels: orders
-- message: create orders

-- retort:upgrade
CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customer (id));

-- retort:downgrade
DROP TABLE orders;
