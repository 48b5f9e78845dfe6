-- revision: 11110002
-- down_revision: 11110001
-- message: another tool empties the version table mid-run

-- retort:upgrade
DELETE FROM retort_version;

-- retort:downgrade
SELECT 1;
