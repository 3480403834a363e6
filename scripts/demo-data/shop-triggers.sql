-- SyncStudio demo: triggers, created after the bulk load (as a dump restore does).
SET NAMES utf8mb4;
SET time_zone = '+00:00';
USE shop;

CREATE TRIGGER trg_orders_after_insert AFTER INSERT ON orders FOR EACH ROW
    INSERT INTO audit_log (ts, actor, action, payload)
    VALUES (NOW(6), SUBSTRING_INDEX(USER(), '@', 1), 'order.created',
            JSON_OBJECT('order_id', NEW.id, 'customer_id', NEW.customer_id, 'total', NEW.total));

CREATE TRIGGER trg_products_before_update BEFORE UPDATE ON products FOR EACH ROW
    SET NEW.stock = GREATEST(NEW.stock, 0);
