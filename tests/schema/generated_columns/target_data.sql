-- Rows for tst_schemasync: the generated columns are computed again after a rollback.
INSERT INTO products (id, price, qty) VALUES (1, 9.99, 3), (2, 0.50, 0);
