-- revision: my000001
-- down_revision:
-- message: MariaDB lexing: DELIMITER, procedures, triggers, backslash escapes

-- retort:upgrade
CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, body TEXT NOT NULL, `semi;colon` TEXT, touched INT NOT NULL DEFAULT 0);

# a hash comment; with a semicolon
INSERT INTO notes (body, `semi;colon`) VALUES ('it\'s; escaped\\', 'a;b');
INSERT INTO notes (body) VALUES ("double \"quoted\"; text");

DELIMITER //
CREATE PROCEDURE add_note(IN txt TEXT)
BEGIN
    INSERT INTO notes (body) VALUES (CONCAT(txt, '; from procedure'));
    UPDATE notes SET touched = touched + 1 WHERE body = 'never';
END //

CREATE TRIGGER notes_touch BEFORE INSERT ON notes FOR EACH ROW
BEGIN
    SET NEW.touched = NEW.touched + 1;
END //
DELIMITER ;

CALL add_note('hello');

-- retort:downgrade
DROP PROCEDURE add_note;
DROP TABLE notes;
