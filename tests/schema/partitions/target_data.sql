-- Rows for tst_schemasync that fit the partitions of both sides.
INSERT INTO logs VALUES (1, 2022), (2, 2024), (3, 2030);
INSERT INTO by_region VALUES (1, 1), (2, 3), (3, 4);
INSERT INTO hashed VALUES (1), (2), (3);
INSERT INTO sub VALUES (1, '2019-05-01'), (2, '2024-05-01');
INSERT INTO plain VALUES (1), (2);
INSERT INTO same VALUES (1);
