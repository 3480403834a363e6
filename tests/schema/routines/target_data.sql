-- Rows for tst_schemasync.
INSERT INTO counters VALUES ('a', 1), ('b', 2);
