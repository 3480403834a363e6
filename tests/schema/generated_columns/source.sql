-- Generated columns: STORED vs VIRTUAL, changed expressions, a generated column on one side only.
CREATE TABLE products (
  id INT NOT NULL PRIMARY KEY,
  price DECIMAL(10,2) NOT NULL,
  qty INT NOT NULL DEFAULT 0,
  total DECIMAL(12,2) AS (price * qty) STORED,
  label VARCHAR(40) AS (CONCAT('P-', id)) VIRTUAL,
  price_cents INT AS (price * 100) VIRTUAL,
  same_expr INT AS (qty + 1) PERSISTENT,
  KEY k_total (total)
);
