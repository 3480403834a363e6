-- SyncStudio demo: the rows both sides share, generated deterministically (no RAND(), no NOW()),
-- so that the two sandboxes start byte-identical before prod.sql / staging.sql make them drift.
SET NAMES utf8mb4;
SET time_zone = '+00:00';
SET SESSION max_recursive_iterations = 100000;
USE shop;

-- 2000 customers: Chinese, accented European and plain English names.
INSERT INTO customers (id, email, name, phone, country, created_at, updated_at)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 2000)
SELECT n,
       CASE n WHEN 7 THEN 'a.lee@example.com' ELSE CONCAT('customer', n, '@example.com') END,
       CASE
           WHEN n = 7 THEN 'Alice Lee'
           WHEN n % 3 = 0 THEN CONCAT(ELT(1 + n % 8, '王', '李', '张', '刘', '陈', '杨', '赵', '黄'),
                              ELT(1 + (n DIV 8) % 8, '伟', '娜', '敏', '静', '磊', '洋', '芳', '晓明'))
           WHEN n % 3 = 1 THEN CONCAT(ELT(1 + n % 7, 'José', 'François', 'Zoë', 'Søren', 'Ana Lucía', 'Björn', 'Łukasz'), ' ',
                              ELT(1 + (n DIV 7) % 7, 'García', 'Dupont', 'Müller', 'Østergaard', 'Pérez', 'Ångström', 'Wiśniewski'))
           ELSE CONCAT(ELT(1 + n % 6, 'Olivia', 'James', 'Emma', 'Liam', 'Sophia', 'Noah'), ' ',
                       ELT(1 + (n DIV 6) % 6, 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Lee'))
       END,
       CASE
           WHEN n % 10 = 0 THEN NULL
           WHEN n % 3 = 0 THEN CONCAT('+86 138 ', LPAD(n * 7919 % 10000, 4, '0'), ' ', LPAD(n * 104729 % 10000, 4, '0'))
           ELSE CONCAT('+1 555 ', LPAD(n % 1000, 3, '0'), ' ', LPAD(n * 31 % 10000, 4, '0'))
       END,
       CASE n % 3 WHEN 0 THEN 'CN' ELSE ELT(1 + n % 5, 'US', 'FR', 'DE', 'ES', 'SE') END,
       TIMESTAMP '2023-01-01 00:00:00' + INTERVAL n * 3607 SECOND + INTERVAL n * 7919 % 1000000 MICROSECOND,
       TIMESTAMP '2023-01-02 00:00:00' + INTERVAL n * 3607 SECOND
FROM seq;

-- 500 products with nested JSON attributes.
INSERT INTO products (id, sku, name, price, attributes, stock)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 500)
SELECT n,
       CONCAT('SKU-', LPAD(n, 5, '0')),
       CONCAT(ELT(1 + n % 10, 'Ceramic Mug', 'Linen Shirt', 'Desk Lamp', '茶具套装', 'Notebook',
                  'Bluetooth Speaker', 'Crème Brûlée Torch', 'Wool Scarf', '机械键盘', 'Water Bottle'),
              ' ', ELT(1 + (n DIV 10) % 5, 'Classic', 'Pro', 'Mini', 'Deluxe', 'Eco')),
       CAST((500 + n * 3739 % 95000) / 100 AS DECIMAL(12,2)),
       CASE WHEN n % 50 = 0 THEN NULL ELSE
           JSON_OBJECT('color', ELT(1 + n % 5, 'red', 'blue', 'black', 'white', 'green'),
                       'dims', JSON_OBJECT('w', 10 + n % 30, 'h', 5 + n % 20, 'unit', 'cm'),
                       'tags', JSON_ARRAY(ELT(1 + n % 4, 'new', 'sale', 'gift', 'eco'), 'shop'),
                       'origin', JSON_OBJECT('country', ELT(1 + n % 3, 'CN', 'DE', 'FR'),
                                             'factory', CONCAT('F', n % 7)))
       END,
       n * 17 % 250
FROM seq;

-- 3000 orders over 2024.
INSERT INTO orders (id, customer_id, status, total, ordered_at, note)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 3000)
SELECT n,
       1 + n * 7 % 2000,
       ELT(1 + n % 5, 'pending', 'paid', 'shipped', 'delivered', 'cancelled'),
       0.00,
       TIMESTAMP '2024-01-01 00:00:00' + INTERVAL n * 2591 SECOND + INTERVAL n * 337 % 1000000 MICROSECOND,
       CASE n % 7
           WHEN 0 THEN 'Leave at the door'
           WHEN 1 THEN '请在工作日送货'
           WHEN 3 THEN ''
           WHEN 5 THEN 'Gift wrap, s''il vous plaît'
           ELSE NULL
       END
FROM seq;

-- 1 to 4 lines per order (7500 rows), priced at the product's price.
INSERT INTO order_items (order_id, line_no, product_id, qty, unit_price)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 3000),
               line (l) AS (SELECT 1 UNION ALL SELECT l + 1 FROM line WHERE l < 4)
SELECT s.n, line.l, p.id, 1 + (s.n + line.l) % 5, p.price
FROM seq s
JOIN line ON line.l <= 1 + s.n % 4
JOIN products p ON p.id = 1 + (s.n * 13 + line.l * 31) % 500;

UPDATE orders o
JOIN (SELECT order_id, SUM(qty * unit_price) AS t FROM order_items GROUP BY order_id) x ON x.order_id = o.id
SET o.total = x.t;

-- 200 latin1 notes (every character here exists in latin1).
INSERT INTO legacy_notes (id, author, body, written_on)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
SELECT n,
       ELT(1 + n % 7, 'Müller', 'Café Crème GmbH', 'Sørensen', 'Señor Núñez', 'Françoise', 'Ærøskøbing Kro', 'Björk'),
       CONCAT('Note ', n, ': ',
              ELT(1 + n % 5, 'Café au lait für Herrn Müller', 'Crème brûlée à la carte', 'Straße gesperrt, bitte Umweg',
                  'Señal débil en el almacén', 'Garçon, l''addition!')),
       DATE '2015-01-01' + INTERVAL n * 11 DAY
FROM seq;

-- 1000 audit entries, plus two identical rows (a multiset keeps both).
INSERT INTO audit_log (ts, actor, action, payload)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)
SELECT TIMESTAMP '2024-01-01 00:00:00' + INTERVAL n * 600 SECOND + INTERVAL n * 1013 % 1000000 MICROSECOND,
       ELT(1 + n % 4, 'app', 'admin', 'cron', 'etl'),
       ELT(1 + n % 4, 'login', 'order.created', 'price.changed', 'export'),
       CASE WHEN n % 9 = 0 THEN NULL
            ELSE JSON_OBJECT('n', n, 'ip', CONCAT('10.0.', n % 256, '.', n * 7 % 256)) END
FROM seq;
INSERT INTO audit_log (ts, actor, action, payload) VALUES
    ('2024-03-01 12:00:00.000000', 'cron', 'heartbeat', NULL),
    ('2024-03-01 12:00:00.000000', 'cron', 'heartbeat', NULL);
