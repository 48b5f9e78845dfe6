INSERT INTO widget (id, name) VALUES (2, 'gear');
