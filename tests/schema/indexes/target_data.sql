-- Rows for tst_schemasync: slugs are unique, so the source's UNIQUE KEY can be added.
INSERT INTO docs VALUES (1, 'Title one', 'Body one', 'ann', '2024-01-01 10:00:00', 'slug-1'),
  (2, 'Title two', 'Body two', 'bob', '2024-02-01 10:00:00', 'slug-2');
INSERT INTO shapes VALUES (1, ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 0))'), POINT(1, 1));
INSERT INTO sessions VALUES ('tok1', 1), ('tok2', 2);
