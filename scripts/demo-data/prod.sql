-- SyncStudio demo, production (the source): release 2.4 shipped here but not to staging, and real
-- customers kept signing up and ordering. Load after shop-schema.sql, shop-data.sql, shop-triggers.sql.
SET NAMES utf8mb4;
SET time_zone = '+00:00';
SET SESSION max_recursive_iterations = 100000;
USE shop;

-- Schema drift: wider names, an index for the order reports, coupons, a stricter view.
ALTER TABLE customers MODIFY name VARCHAR(120) NOT NULL;
CREATE INDEX idx_orders_ordered_at ON orders (ordered_at);

CREATE TABLE coupons (
    code         VARCHAR(32) NOT NULL,
    percent_off  TINYINT UNSIGNED NOT NULL,
    valid_until  DATE NULL,
    max_uses     INT UNSIGNED NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB;

INSERT INTO coupons (code, percent_off, valid_until, max_uses, created_at)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20)
SELECT CONCAT(ELT(1 + n % 4, 'SPRING', 'WELCOME', 'VIP', '双十一'), LPAD(n, 2, '0')),
       5 * (1 + n % 6),
       CASE WHEN n % 5 = 0 THEN NULL ELSE DATE '2025-01-01' + INTERVAL n * 30 DAY END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE 100 * n END,
       TIMESTAMP '2024-11-01 09:00:00' + INTERVAL n HOUR
FROM seq;

CREATE OR REPLACE VIEW v_order_totals AS
SELECT o.id AS order_id, c.email, c.name AS customer_name, o.status, o.total, o.ordered_at,
       COUNT(i.line_no) AS line_count, COALESCE(SUM(i.qty), 0) AS item_count
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN order_items i ON i.order_id = o.id
WHERE o.status <> 'cancelled'
GROUP BY o.id, c.email, c.name, o.status, o.total, o.ordered_at;

-- 40 new customers (ids 2001-2040).
INSERT INTO customers (id, email, name, phone, country, created_at, updated_at)
WITH RECURSIVE seq (n) AS (SELECT 2001 UNION ALL SELECT n + 1 FROM seq WHERE n < 2040)
SELECT n, CONCAT('new', n, '@example.net'),
       CASE n % 2 WHEN 0 THEN CONCAT(ELT(1 + n % 4, '周', '吴', '徐', '孙'), ELT(1 + n % 3, '佳怡', '子轩', '浩然'))
                  ELSE CONCAT(ELT(1 + n % 3, 'Renée', 'Jürgen', 'Inês'), ' ', ELT(1 + n % 4, 'Lefèvre', 'Schröder', 'Gonçalves', 'Nyström')) END,
       CONCAT('+33 6 ', LPAD(n % 100, 2, '0'), ' ', LPAD(n * 13 % 100, 2, '0'), ' ', LPAD(n * 17 % 100, 2, '0')),
       ELT(1 + n % 3, 'FR', 'DE', 'CN'),
       TIMESTAMP '2025-01-10 08:00:00' + INTERVAL (n - 2000) * 5417 SECOND + INTERVAL n * 4099 % 1000000 MICROSECOND,
       TIMESTAMP '2025-01-10 08:00:00' + INTERVAL (n - 2000) * 5417 SECOND
FROM seq;

-- 10 new products (ids 501-510).
INSERT INTO products (id, sku, name, price, attributes, stock)
WITH RECURSIVE seq (n) AS (SELECT 501 UNION ALL SELECT n + 1 FROM seq WHERE n < 510)
SELECT n, CONCAT('SKU-', LPAD(n, 5, '0')), CONCAT('Spring Collection ', ELT(1 + n % 3, 'Tote Bag', '丝绸围巾', 'Café Set')),
       CAST(19.90 + (n - 500) * 5 AS DECIMAL(12,2)),
       JSON_OBJECT('color', 'sand', 'dims', JSON_OBJECT('w', 30, 'h', 40, 'unit', 'cm'),
                   'tags', JSON_ARRAY('new', 'spring'), 'origin', JSON_OBJECT('country', 'PT', 'factory', 'F9')),
       100
FROM seq;

-- 60 new orders (ids 3001-3060) with their lines; the trigger writes their audit_log rows.
INSERT INTO orders (id, customer_id, status, total, ordered_at, note)
WITH RECURSIVE seq (n) AS (SELECT 3001 UNION ALL SELECT n + 1 FROM seq WHERE n < 3060)
SELECT n, CASE WHEN n % 2 = 0 THEN 2001 + n % 40 ELSE 1 + n * 11 % 2000 END,
       ELT(1 + n % 3, 'pending', 'paid', 'shipped'), 0.00,
       TIMESTAMP '2025-02-01 00:00:00' + INTERVAL (n - 3000) * 1733 SECOND + INTERVAL n * 211 % 1000000 MICROSECOND,
       CASE WHEN n % 10 = 0 THEN 'Express' ELSE NULL END
FROM seq;

INSERT INTO order_items (order_id, line_no, product_id, qty, unit_price)
WITH RECURSIVE seq (n) AS (SELECT 3001 UNION ALL SELECT n + 1 FROM seq WHERE n < 3060),
               line (l) AS (SELECT 1 UNION ALL SELECT l + 1 FROM line WHERE l < 3)
SELECT s.n, line.l, p.id, 1 + (s.n + line.l) % 3, p.price
FROM seq s
JOIN line ON line.l <= 1 + s.n % 3
JOIN products p ON p.id = CASE WHEN line.l = 1 THEN 501 + s.n % 10 ELSE 1 + (s.n * 7 + line.l) % 500 END;

UPDATE orders o
JOIN (SELECT order_id, SUM(qty * unit_price) AS t FROM order_items WHERE order_id > 3000 GROUP BY order_id) x
  ON x.order_id = o.id
SET o.total = x.t;

-- Orders that moved on in production.
UPDATE orders SET status = 'delivered' WHERE status = 'shipped' AND id % 100 = 2;

-- Price rise of 5% on 10 products, restock of 13, a JSON attribute change on 3.
UPDATE products SET price = ROUND(price * 1.05, 2) WHERE id % 50 = 7;
UPDATE products SET stock = stock + 40 WHERE id % 40 = 3;
UPDATE products SET attributes = JSON_SET(attributes, '$.dims.w', 99, '$.origin.factory', 'F8', '$.tags[2]', 'bestseller')
WHERE id IN (11, 12, 13);

-- The customer asked for the capitals in the address: only the case differs.
UPDATE customers SET email = 'A.Lee@example.com', updated_at = updated_at WHERE id = 7;

-- Production-only audit entries.
INSERT INTO audit_log (ts, actor, action, payload) VALUES
    ('2025-02-03 10:15:00.125000', 'admin', 'price.changed', '{"products": [7, 57, 107], "percent": 5}'),
    ('2025-02-03 10:16:30.000000', 'admin', 'coupon.created', '{"code": "SPRING01"}');
