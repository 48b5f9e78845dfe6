-- revision: kkkk0003
-- down_revision: kkkk0002
-- message: after the revision whose lock is lost

-- retort:upgrade
INSERT INTO k_log (revision) VALUES ('kkkk0003');

-- retort:downgrade
DELETE FROM k_log WHERE revision = 'kkkk0003';
