insert into owners (first_name, last_name) values ('never', 'loaded');
