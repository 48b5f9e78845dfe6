-- revision: dddd0001
-- down_revision: bbbb0002, cccc0001
-- message: merge billing and shipping
-- create_date: 2026-12-03 10:36:02.034295

-- retort:upgrade

-- retort:downgrade
