-- Rows for tst_schemasync.
INSERT INTO items VALUES (1, 9.50, 0), (2, 30.00, 1);
