-- revision: cccc0001
-- down_revision: aaaa0001
-- branch_labels: shipping
-- message: create shipments
-- create_date: 2026-12-03 10:36:00.043508

-- retort:upgrade
CREATE TABLE shipments (id BIGINT PRIMARY KEY);

-- retort:downgrade
DROP TABLE shipments;
