-- Rows for tst_schemasync that satisfy the foreign keys of both sides.
INSERT INTO employees VALUES (1, NULL, NULL);
INSERT INTO departments VALUES (10, 1);
INSERT INTO employees VALUES (2, 1, 10);
INSERT INTO regions VALUES ('CN', 'BJ'), ('CN', 'SH');
INSERT INTO stores VALUES (1, 'CN', 'BJ'), (2, 'CN', 'SH');
INSERT INTO audit VALUES (1, 2, 1), (2, 1, 2);
