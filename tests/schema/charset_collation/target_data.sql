-- Rows for schema-sync tests (tst_schemasync): they survive the migration, and a rollback must bring
-- them back byte for byte. b becomes latin1 in the source: its values are saved first.
INSERT INTO names VALUES (1, 'Abc', 'plain ascii', 'utf8mb3 text', 'd', '中文'), (2, NULL, NULL, NULL, NULL, NULL);
INSERT INTO legacy VALUES (1, 'ascii text'), (2, 'latin1 fits: café');
INSERT INTO sorted VALUES (1, 'b'), (2, 'A');
INSERT INTO aliases VALUES (1, 'x');
