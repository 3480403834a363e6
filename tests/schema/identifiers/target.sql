CREATE TABLE `select` (`from` INT NOT NULL PRIMARY KEY, `order` VARCHAR(20), `group` INT);
CREATE TABLE `a``b` (`x``y` INT NOT NULL PRIMARY KEY, `c``` INT);
CREATE TABLE `with space` (`first name` VARCHAR(20) NOT NULL, `last name` VARCHAR(20), PRIMARY KEY (`first name`));
CREATE TABLE `dot.name2` (`a.b` INT NOT NULL PRIMARY KEY);
CREATE TABLE `订单` (`编号` INT NOT NULL PRIMARY KEY, `客户` VARCHAR(80) COMMENT '客户', `金额` DECIMAL(10,2),
  `备注` TEXT, KEY `索引_客户` (`客户`));
CREATE TABLE `it's` (`"q"` INT NOT NULL PRIMARY KEY);
CREATE TABLE `mixed` (id INT NOT NULL PRIMARY KEY);
CREATE VIEW `view of select` AS SELECT `from`, `order` FROM `select`;
CREATE VIEW `订单视图` AS SELECT `编号`, `金额` FROM `订单` WHERE `金额` >= 0;
CREATE TRIGGER `trigger``s` BEFORE INSERT ON `a``b` FOR EACH ROW SET NEW.`c``` = 2;
CREATE PROCEDURE `proc with space`() SELECT `from` FROM `select`;
