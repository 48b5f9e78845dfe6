-- revision: dddd0001
-- down_revision: bbbb0002, cccc0001
-- message: merge billing and shipping

-- retort:upgrade

-- retort:downgrade
