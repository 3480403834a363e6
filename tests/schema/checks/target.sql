CREATE TABLE prices (
  id INT NOT NULL PRIMARY KEY,
  amount DECIMAL(10,2) NOT NULL,
  discount DECIMAL(10,2) NOT NULL DEFAULT 0,
  qty INT NOT NULL CHECK (qty >= 0),
  CONSTRAINT chk_amount CHECK (amount >= 0),
  CONSTRAINT chk_discount CHECK ((discount <= amount)),
  CHECK (discount >= 0 AND discount < 1000),
  CONSTRAINT chk_new CHECK (id < 1000000)
);
