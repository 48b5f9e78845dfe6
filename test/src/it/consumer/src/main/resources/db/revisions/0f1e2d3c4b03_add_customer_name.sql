-- revision: 0f1e2d3c4b03
-- down_revision: 0f1e2d3c4b01
-- message: add customer name

-- retort:upgrade
ALTER TABLE customer ADD COLUMN name VARCHAR(100);

-- retort:downgrade
ALTER TABLE customer DROP COLUMN name;
