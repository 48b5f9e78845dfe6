-- revision: tttt0002
-- down_revision: tttt0001
-- message: removes the version row under the run

-- retort:upgrade
INSERT INTO tampered (id) VALUES (1);
DELETE FROM retort_version;

-- retort:downgrade
DELETE FROM tampered;
