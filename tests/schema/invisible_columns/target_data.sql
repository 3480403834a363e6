-- Rows for tst_schemasync: row_version (invisible) is dropped, so its values are saved first.
INSERT INTO accounts (id, login, secret, note, audit_ts, row_version)
VALUES (1, 'ann', 's1', 'n1', '2024-01-01 00:00:00', 5), (2, 'bob', NULL, NULL, '2024-01-02 00:00:00', 7);
