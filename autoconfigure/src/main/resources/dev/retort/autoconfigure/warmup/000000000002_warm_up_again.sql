-- revision: 000000000002
-- down_revision: 000000000001
-- message: warm up again

-- retort:upgrade
UPDATE retort_warm_up SET v = 'c' WHERE id = 1;

-- retort:downgrade
UPDATE retort_warm_up SET v = 'a;b' WHERE id = 1;
