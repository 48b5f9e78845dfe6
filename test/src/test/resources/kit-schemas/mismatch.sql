-- the model has a column no revision adds
CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100), phone VARCHAR(30));
CREATE TABLE invoice (id INT PRIMARY KEY, account_id INT NOT NULL REFERENCES account (id), total DECIMAL(10, 2));
CREATE INDEX ix_invoice_account ON invoice (account_id);
CREATE TABLE audit (id INT PRIMARY KEY, account_id INT, happened_at TIMESTAMP NOT NULL);
