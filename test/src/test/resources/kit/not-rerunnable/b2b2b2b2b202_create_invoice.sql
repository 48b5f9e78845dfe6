-- revision: b2b2b2b2b202
-- down_revision: a1a1a1a1a101
-- message: create invoice and its number sequence

-- retort:upgrade
CREATE SEQUENCE invoice_number_seq;
CREATE TABLE invoice (id INT PRIMARY KEY, number BIGINT NOT NULL);

-- retort:downgrade
DROP TABLE invoice;
