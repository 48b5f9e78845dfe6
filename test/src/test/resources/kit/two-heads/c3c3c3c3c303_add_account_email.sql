-- revision: c3c3c3c3c303
-- down_revision: a1a1a1a1a101
-- message: add account email (written on another branch, never merged)

-- retort:upgrade
ALTER TABLE account ADD COLUMN email VARCHAR(100);

-- retort:downgrade
ALTER TABLE account DROP COLUMN email;
