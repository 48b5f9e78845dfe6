-- revision: cccc0001
-- down_revision: aaaa0001
-- branch_labels: shipping
-- message: create shipments

-- retort:upgrade
CREATE TABLE shipments (id BIGINT PRIMARY KEY);

-- retort:downgrade
DROP TABLE shipments;
