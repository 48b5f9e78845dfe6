-- revision: ffff0001
-- down_revision: 
-- branch_labels: reports
-- message: create reports
-- create_date: 2026-12-03 10:35:54.500357

-- retort:upgrade
CREATE TABLE reports (id BIGINT PRIMARY KEY);

-- retort:downgrade
DROP TABLE reports;
