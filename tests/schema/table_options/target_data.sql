-- Rows for tst_schemasync: the AUTO_INCREMENT counter of counters comes back too. `untouched` stays
-- empty: a row would move its counter past the source's, which no ALTER can lower.
INSERT INTO engines VALUES (1);
INSERT INTO formats VALUES (1);
INSERT INTO commented VALUES (1);
INSERT INTO counters VALUES (1), (2);
INSERT INTO stats VALUES (1);
