-- Rows for tst_schemasync. `added` has no key: the values of its dropped column x are matched back
-- on all its other columns.
INSERT INTO moved VALUES (1, 3, 4, 2, 5), (10, 30, 40, 20, 50);
INSERT INTO added VALUES (1, 100, 2, 3), (4, 200, 5, 6), (7, NULL, 8, 9);
INSERT INTO first VALUES (3, 1, 2);
