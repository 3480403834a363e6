-- Rows for tst_schemasync (the target's triggers fire while they are inserted). `log` stays empty:
-- a row would move its AUTO_INCREMENT counter past the source's, which no ALTER can lower.
INSERT INTO t (id, a) VALUES (1, 2), (2, NULL);
