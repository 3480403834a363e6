-- Rows for tst_schemasync.
INSERT INTO engines VALUES (1);
INSERT INTO counters VALUES (1), (2);
INSERT INTO untouched VALUES (1, 'x');
INSERT INTO cols VALUES (1, 3, 1, 'short'), (2, NULL, NULL, NULL);
