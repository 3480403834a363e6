-- Rows for tst_schemasync.
INSERT INTO d (id, n_none, to_none) VALUES (1, 'x', 3);
INSERT INTO d (id, n_none, n_null, s_cn, i_zero, bit_v, enum_v, set_v, to_none, text_vs_fn)
VALUES (2, 'y', 'z', '汉字', 9, b'011', 'a', 'y', 4, 'text');
