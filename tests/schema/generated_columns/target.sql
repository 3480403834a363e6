CREATE TABLE products (
  id INT NOT NULL PRIMARY KEY,
  price DECIMAL(10,2) NOT NULL,
  qty INT NOT NULL DEFAULT 0,
  total DECIMAL(12,2) AS (price * qty) VIRTUAL,
  label VARCHAR(40) AS (CONCAT('#', id)) VIRTUAL,
  same_expr INT GENERATED ALWAYS AS ((qty) + 1) STORED,
  tax DECIMAL(12,2) AS (price * 0.2) STORED,
  KEY k_total (total)
);
