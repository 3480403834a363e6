-- Rows for tst_schemasync: clients.name is narrowed (customers in the source is varchar(40)).
INSERT INTO clients VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO orders VALUES (1, 1), (2, 2);
