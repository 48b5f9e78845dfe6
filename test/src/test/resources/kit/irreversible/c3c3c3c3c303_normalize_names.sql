-- revision: c3c3c3c3c303
-- down_revision: b2b2b2b2b202
-- message: normalize names (the old spelling is gone)

-- retort:upgrade
UPDATE account SET name = UPPER(name);

-- retort:irreversible
