-- revision: iiii0002
-- down_revision: iiii0001
-- message: index emails concurrently
-- transactional: false

-- retort:upgrade
CREATE INDEX CONCURRENTLY people_email_idx ON people (email);

-- retort:downgrade
DROP INDEX CONCURRENTLY people_email_idx;
