-- Rows for tst_schemasync: order_archive goes (into quarantine) with its rows; orders.total and
-- customers.name are narrowed, so their values are saved.
INSERT INTO orders VALUES (1, 100), (2, NULL);
INSERT INTO order_items VALUES (1, 2);
INSERT INTO order_log VALUES (1, 'kept as is');
INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
INSERT INTO products VALUES (1, 'pen');
INSERT INTO order_archive VALUES (1), (2), (3);
