-- Rows for tst_schemasync.
INSERT INTO jobs VALUES (1, 0), (2, 1);
