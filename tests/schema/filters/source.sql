-- Include and exclude globs: --tables 'order*,*.customers' --exclude '*_log'. Views, routines and
-- events match by their own name, triggers by their table's.
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, total INT);
CREATE TABLE order_items (id INT NOT NULL PRIMARY KEY, qty INT);
CREATE TABLE order_log (id INT NOT NULL PRIMARY KEY, msg VARCHAR(10));
CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, name VARCHAR(10));
CREATE TABLE products (id INT NOT NULL PRIMARY KEY, name VARCHAR(10));
CREATE VIEW order_totals AS SELECT id, total FROM orders;
CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.total = COALESCE(NEW.total, 0);
CREATE TRIGGER products_bi BEFORE INSERT ON products FOR EACH ROW SET NEW.name = TRIM(NEW.name);
