-- SyncStudio demo, staging (the target): a loyalty feature was tried here, QA left test rows, and a
-- bad import lost accents and fractional seconds. Load after shop-schema.sql, shop-data.sql and
-- shop-triggers.sql.
SET NAMES utf8mb4;
SET time_zone = '+00:00';
SET SESSION max_recursive_iterations = 100000;
USE shop;

-- Schema drift: a column production does not have, and a leftover import table.
ALTER TABLE customers ADD COLUMN loyalty_tier ENUM('none','silver','gold') NOT NULL DEFAULT 'none' AFTER phone;
UPDATE customers SET loyalty_tier = IF(id % 2 = 0, 'gold', 'silver'), updated_at = updated_at WHERE id % 97 = 0;

CREATE TABLE tmp_import (
    line_no   INT NOT NULL AUTO_INCREMENT,
    raw_line  TEXT NOT NULL,
    imported  TINYINT(1) NOT NULL DEFAULT 0,
    PRIMARY KEY (line_no)
) ENGINE=InnoDB;

INSERT INTO tmp_import (raw_line, imported)
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 50)
SELECT CONCAT('customer', n, '@example.com;', ELT(1 + n % 3, 'gold', 'silver', 'none')), n % 2
FROM seq;

-- QA test rows that never existed in production.
INSERT INTO customers (id, email, name, phone, loyalty_tier, country, created_at, updated_at) VALUES
    (900001, 'qa+1@test.invalid', 'QA Tester 1', '000', 'gold', 'US', '2025-01-20 10:00:00.000001', '2025-01-20 10:00:00'),
    (900002, 'qa+2@test.invalid', 'QA Tester 2 测试', NULL, 'none', 'CN', '2025-01-20 10:00:00.000002', '2025-01-20 10:00:00'),
    (900003, 'qa+3@test.invalid', 'QA Tester 3 Ünïcödé', '', 'silver', 'DE', '2025-01-20 10:00:00.000003', '2025-01-20 10:00:00');
INSERT INTO products (id, sku, name, price, attributes, stock) VALUES
    (900001, 'TEST-SKU-1', 'Test product — do not ship', 0.01, '{"test": true, "dims": {"w": 1, "h": 1, "unit": "cm"}}', 9999);
INSERT INTO orders (id, customer_id, status, total, ordered_at, note) VALUES
    (900001, 900001, 'paid', 0.03, '2025-01-21 11:00:00.500000', 'QA: checkout flow'),
    (900002, 900002, 'pending', 0.01, '2025-01-21 11:05:00.250000', 'QA: 支付测试'),
    (900003, 900003, 'cancelled', 0.02, '2025-01-21 11:10:00.125000', NULL);
INSERT INTO order_items (order_id, line_no, product_id, qty, unit_price) VALUES
    (900001, 1, 900001, 3, 0.01),
    (900002, 1, 900001, 1, 0.01),
    (900003, 1, 900001, 2, 0.01);

-- Cancelled orders cleaned up by hand (their lines go with them: ON DELETE CASCADE).
DELETE FROM orders WHERE id IN (4, 504, 1004);

-- Edits that make existing rows differ.
UPDATE customers SET name = CONCAT(name, ' '), updated_at = updated_at WHERE id = 12;   -- trailing space
UPDATE customers SET phone = '', updated_at = updated_at WHERE id = 20;                -- NULL vs ''
UPDATE orders SET note = '' WHERE id = 2;                                                -- NULL vs ''
UPDATE orders SET ordered_at = CAST(ordered_at AS DATETIME(0)) WHERE id BETWEEN 100 AND 104;  -- lost microseconds
UPDATE orders SET status = 'paid' WHERE id = 9;
UPDATE products SET stock = stock - 5 WHERE id % 45 = 1;
UPDATE products SET attributes = JSON_REPLACE(attributes, '$.color', 'purple') WHERE id = 20;
UPDATE order_items SET qty = qty + 1 WHERE order_id = 10 AND line_no = 1;
UPDATE legacy_notes SET body = 'Note 5: Cafe au lait fur Herrn Muller' WHERE id = 5;     -- accents lost

-- Staging-only audit entries, and a third copy of the duplicated heartbeat row.
INSERT INTO audit_log (ts, actor, action, payload) VALUES
    ('2025-01-20 10:00:00.000000', 'qa', 'fixture.loaded', '{"fixtures": ["customers", "orders"]}'),
    ('2024-03-01 12:00:00.000000', 'cron', 'heartbeat', NULL);
