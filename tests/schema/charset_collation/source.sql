-- Charsets and collations: table defaults, column charsets and collations; utf8 and utf8mb3 are
-- the same charset.
CREATE TABLE names (
  id INT NOT NULL PRIMARY KEY,
  a VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
  b VARCHAR(20) CHARACTER SET latin1,
  c VARCHAR(20) CHARACTER SET utf8 COLLATE utf8_general_ci,
  d VARCHAR(20),
  e VARCHAR(20) CHARACTER SET gbk COLLATE gbk_chinese_ci
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE legacy (id INT NOT NULL PRIMARY KEY, t TEXT) DEFAULT CHARSET=latin1;
CREATE TABLE sorted (id INT NOT NULL PRIMARY KEY, t VARCHAR(10)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE aliases (id INT NOT NULL PRIMARY KEY, t VARCHAR(10)) DEFAULT CHARSET=utf8;
