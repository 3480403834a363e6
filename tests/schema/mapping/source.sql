-- Table mapping: customers in the source is clients in the target; foreign keys and triggers follow
-- the mapping.
CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, name VARCHAR(40));
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT NOT NULL,
  CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
CREATE TRIGGER customers_bi BEFORE INSERT ON customers FOR EACH ROW SET NEW.name = TRIM(NEW.name);
