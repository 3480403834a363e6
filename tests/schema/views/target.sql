CREATE TABLE items (id INT NOT NULL PRIMARY KEY, price DECIMAL(10,2) NOT NULL, hidden TINYINT(1) NOT NULL DEFAULT 0);
CREATE VIEW visible_items AS SELECT id, price FROM items WHERE hidden = 0;
CREATE VIEW cheap_items AS SELECT id, price FROM visible_items WHERE price < 20;
CREATE VIEW cheapest AS SELECT MIN(price) AS p FROM cheap_items;
CREATE ALGORITHM=TEMPTABLE VIEW merged AS SELECT id FROM items;
CREATE VIEW checked AS SELECT id, price FROM items WHERE price > 0 WITH CASCADED CHECK OPTION;
CREATE SQL SECURITY DEFINER VIEW invoker AS SELECT id FROM items;
CREATE VIEW spaced AS SELECT id, price*2 AS doubled FROM items;
CREATE VIEW target_only AS SELECT id FROM cheap_items;
