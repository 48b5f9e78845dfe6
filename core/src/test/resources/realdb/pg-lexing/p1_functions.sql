-- revision: pg000001
-- down_revision:
-- message: PostgreSQL lexing: dollar quotes, E'' strings, DO blocks, triggers

-- retort:upgrade
CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT NOT NULL, "semi;colon" TEXT, touched INT NOT NULL DEFAULT 0);

/* a block comment; with /* a nested one; */ still a comment; */
CREATE FUNCTION add_one(i INT) RETURNS INT AS $$
BEGIN
    -- a semicolon in a comment;
    RETURN i + 1;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION touch_note() RETURNS trigger AS $body$
BEGIN
    NEW.touched := NEW.touched + 1;
    NEW.body := NEW.body || '; touched';
    RETURN NEW;
END;
$body$ LANGUAGE plpgsql;

CREATE TRIGGER notes_touch BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION touch_note();

INSERT INTO notes (body, "semi;colon") VALUES (E'it\'s; escaped\\n', 'a;b');
INSERT INTO notes (body) VALUES ('C:\path; ''quoted''');

DO $do$
BEGIN
    IF add_one(1) = 2 THEN
        INSERT INTO notes (body) VALUES ('from DO; block');
    END IF;
END
$do$;

-- retort:downgrade
DROP TABLE notes;
DROP FUNCTION touch_note();
DROP FUNCTION add_one(INT);
