-- CHECK constraints: named ones pair by name, server-named ones (CONSTRAINT_1, t_chk_1) by clause.
CREATE TABLE prices (
  id INT NOT NULL PRIMARY KEY,
  amount DECIMAL(10,2) NOT NULL,
  discount DECIMAL(10,2) NOT NULL DEFAULT 0,
  qty INT NOT NULL CHECK (qty >= 0),
  CONSTRAINT chk_amount CHECK (amount > 0),
  CONSTRAINT chk_discount CHECK (discount <= amount),
  CHECK (discount >= 0),
  CONSTRAINT chk_gone CHECK (id > 0)
);
