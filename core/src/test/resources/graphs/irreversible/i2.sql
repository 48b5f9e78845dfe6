-- revision: i0000002
-- down_revision: i0000001
-- message: data fix

-- retort:upgrade
INSERT INTO one VALUES (1);

-- retort:irreversible
