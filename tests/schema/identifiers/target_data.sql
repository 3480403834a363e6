-- Rows for tst_schemasync: `dot.name2` and `mixed` go into quarantine with their rows, 备注 is dropped
-- and 客户 and `order` narrowed (their values are saved first).
INSERT INTO `select` VALUES (1, 'abc', 2), (2, NULL, NULL);
INSERT INTO `a``b` VALUES (1, 5);
INSERT INTO `with space` VALUES ('Ann', 'Lee');
INSERT INTO `dot.name2` VALUES (7), (8);
INSERT INTO `订单` VALUES (1, '张三', 10.50, '备注一'), (2, '李四', 3.00, NULL);
INSERT INTO `it's` VALUES (1);
INSERT INTO `mixed` VALUES (1), (2);
