-- SyncStudio demo: the `shop` database as it was when production and staging were last in step.
-- Loaded into both sandboxes first, then shop-data.sql, shop-triggers.sql and prod.sql or staging.sql.
SET NAMES utf8mb4;
SET time_zone = '+00:00';

DROP DATABASE IF EXISTS shop;
CREATE DATABASE shop CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
USE shop;

CREATE TABLE customers (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    email       VARCHAR(190) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    phone       VARCHAR(32) NULL,
    country     CHAR(2) NOT NULL DEFAULT 'US',
    created_at  DATETIME(6) NOT NULL,
    updated_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY uq_customers_email (email),
    KEY idx_customers_name (name)
) ENGINE=InnoDB;

CREATE TABLE products (
    id              INT UNSIGNED NOT NULL AUTO_INCREMENT,
    sku             VARCHAR(32) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    price           DECIMAL(12,2) NOT NULL,
    price_with_tax  DECIMAL(12,2) AS (ROUND(price * 1.20, 2)) STORED,
    attributes      JSON NULL,
    stock           INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_products_sku (sku)
) ENGINE=InnoDB;

CREATE TABLE orders (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    customer_id  INT UNSIGNED NOT NULL,
    status       ENUM('pending','paid','shipped','delivered','cancelled') NOT NULL DEFAULT 'pending',
    total        DECIMAL(14,2) NOT NULL DEFAULT 0.00,
    ordered_at   DATETIME(6) NOT NULL,
    note         TEXT NULL,
    PRIMARY KEY (id),
    KEY idx_orders_customer (customer_id),
    KEY idx_orders_status (status),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;

CREATE TABLE order_items (
    order_id    BIGINT UNSIGNED NOT NULL,
    line_no     SMALLINT UNSIGNED NOT NULL,
    product_id  INT UNSIGNED NOT NULL,
    qty         INT UNSIGNED NOT NULL,
    unit_price  DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    KEY idx_order_items_product (product_id),
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB;

-- An old table nobody converted: latin1 text with accents.
CREATE TABLE legacy_notes (
    id          INT NOT NULL,
    author      VARCHAR(64) NOT NULL,
    body        VARCHAR(255) NOT NULL,
    written_on  DATE NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- No primary key and no unique key: rows can only be compared as a multiset.
CREATE TABLE audit_log (
    ts       DATETIME(6) NOT NULL,
    actor    VARCHAR(64) NOT NULL,
    action   VARCHAR(32) NOT NULL,
    payload  TEXT NULL
) ENGINE=InnoDB;

CREATE VIEW v_order_totals AS
SELECT o.id AS order_id, c.email, c.name AS customer_name, o.status, o.total,
       COUNT(i.line_no) AS line_count, COALESCE(SUM(i.qty), 0) AS item_count
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, c.email, c.name, o.status, o.total;
