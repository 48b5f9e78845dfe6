-- revision: 1a2b3c4d5e02
-- down_revision: 1a2b3c4d5e01
-- message: seed widget

-- retort:upgrade
INSERT INTO widget (id, name) VALUES (1, 'sprocket');

-- retort:downgrade
DELETE FROM widget WHERE id = 1;
