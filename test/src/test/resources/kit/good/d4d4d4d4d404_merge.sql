-- revision: d4d4d4d4d404
-- down_revision: b2b2b2b2b202, c3c3c3c3c303
-- message: merge billing and email

-- retort:upgrade

-- retort:downgrade
