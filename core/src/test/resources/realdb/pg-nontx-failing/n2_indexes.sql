-- revision: nnnn0002
-- down_revision: nnnn0001
-- message: two indexes, the second one broken
-- transactional: false

-- retort:upgrade
CREATE INDEX CONCURRENTLY people_email_idx ON people (email);
CREATE INDEX CONCURRENTLY people_name_idx ON people (name);

-- retort:downgrade
DROP INDEX CONCURRENTLY people_email_idx;
