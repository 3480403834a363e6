-- Rows for tst_schemasync that satisfy the CHECK constraints of both sides.
INSERT INTO prices VALUES (1, 10.00, 1.00, 5), (2, 99.99, 0, 0);
