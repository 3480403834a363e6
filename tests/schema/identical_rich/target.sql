-- Every kind of object SyncStudio reads, identical on both sides: the diff must report no difference.
CREATE TABLE customers (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  email VARCHAR(190) NOT NULL,
  name VARCHAR(100) NOT NULL DEFAULT '' COMMENT 'display name',
  country CHAR(2) DEFAULT 'CN',
  flags TINYINT(1) NOT NULL DEFAULT 0,
  balance DECIMAL(12,2) NOT NULL DEFAULT 0.00,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP(3) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3),
  profile JSON,
  secret VARCHAR(64) INVISIBLE DEFAULT NULL,
  email_domain VARCHAR(190) AS (SUBSTRING_INDEX(email, '@', -1)) VIRTUAL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_email (email),
  KEY k_domain (email_domain),
  KEY k_name_prefix (name(10), country DESC),
  CONSTRAINT chk_balance CHECK (balance >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='shop customers';

CREATE TABLE orders (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id INT UNSIGNED NOT NULL,
  parent_id BIGINT NULL,
  status ENUM('new','paid','shipped') NOT NULL DEFAULT 'new',
  total DECIMAL(12,2) NOT NULL,
  tax DECIMAL(12,2) AS (total * 0.13) STORED,
  note TEXT,
  placed DATE NOT NULL DEFAULT (CURRENT_DATE),
  FULLTEXT KEY ft_note (note),
  KEY k_customer (customer_id),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
  CONSTRAINT fk_orders_parent FOREIGN KEY (parent_id) REFERENCES orders (id) ON DELETE SET NULL,
  CHECK (total >= 0)
) ENGINE=InnoDB;

CREATE TABLE places (
  id INT PRIMARY KEY,
  pos POINT NOT NULL,
  SPATIAL KEY sp_pos (pos)
) ENGINE=InnoDB;

CREATE TABLE metrics (
  day DATE NOT NULL,
  shop INT NOT NULL,
  hits INT NOT NULL DEFAULT 0,
  PRIMARY KEY (day, shop)
) PARTITION BY RANGE COLUMNS(day) (
  PARTITION p2023 VALUES LESS THAN ('2024-01-01'),
  PARTITION p2024 VALUES LESS THAN ('2025-01-01'),
  PARTITION pmax VALUES LESS THAN (MAXVALUE)
);

CREATE TABLE cache (
  k VARCHAR(64) NOT NULL PRIMARY KEY,
  v VARBINARY(1024),
  KEY k_hash (v(16)) USING HASH
) ENGINE=MEMORY;

CREATE VIEW paid_orders AS SELECT o.id, o.customer_id, o.total FROM orders o WHERE o.status = 'paid';
CREATE SQL SECURITY INVOKER VIEW big_paid_orders AS SELECT id, total FROM paid_orders WHERE total > 100 WITH CASCADED CHECK OPTION;

CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = COALESCE(NEW.note, '');

DELIMITER //
CREATE PROCEDURE close_order(IN p_id BIGINT, OUT p_done TINYINT)
  COMMENT 'marks an order shipped'
BEGIN
  UPDATE orders SET status = 'shipped' WHERE id = p_id;
  SET p_done = ROW_COUNT() > 0;
END//
CREATE FUNCTION with_tax(amount DECIMAL(12,2)) RETURNS DECIMAL(12,2) DETERMINISTIC
  RETURN amount * 1.13//
DELIMITER ;

CREATE EVENT purge_cache ON SCHEDULE EVERY 1 DAY STARTS '2031-01-01 03:00:00' DO DELETE FROM cache;
