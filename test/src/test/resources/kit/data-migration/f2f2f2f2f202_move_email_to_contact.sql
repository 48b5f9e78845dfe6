-- revision: f2f2f2f2f202
-- down_revision: f1f1f1f1f101
-- message: move email to contact

-- retort:upgrade
CREATE TABLE contact (person_id INT NOT NULL REFERENCES person (id), kind VARCHAR(10) NOT NULL, address VARCHAR(100) NOT NULL);
INSERT INTO contact (person_id, kind, address) SELECT id, 'email', LOWER(email) FROM person WHERE email IS NOT NULL;
ALTER TABLE person DROP COLUMN email;

-- retort:downgrade
ALTER TABLE person ADD COLUMN email VARCHAR(100);
UPDATE person SET email = (SELECT MIN(address) FROM contact WHERE contact.person_id = person.id AND kind = 'email');
DROP TABLE contact;
