CREATE TABLE employees (
  id INT NOT NULL PRIMARY KEY,
  manager_id INT NULL,
  dept_id INT NULL,
  CONSTRAINT fk_manager FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL
);
CREATE TABLE departments (
  id INT NOT NULL PRIMARY KEY,
  head_id INT NULL,
  CONSTRAINT fk_head FOREIGN KEY (head_id) REFERENCES employees (id) ON DELETE SET NULL
);
-- fk_dept is missing on this side: the cycle is broken.

CREATE TABLE regions (
  country CHAR(2) NOT NULL,
  code VARCHAR(10) NOT NULL,
  PRIMARY KEY (country, code)
);
CREATE TABLE stores (
  id INT NOT NULL PRIMARY KEY,
  country CHAR(2) NOT NULL,
  region VARCHAR(10) NOT NULL,
  CONSTRAINT fk_region FOREIGN KEY (country, region) REFERENCES regions (country, code)
);
CREATE TABLE audit (
  id INT NOT NULL PRIMARY KEY,
  employee_id INT NOT NULL,
  store_id INT NOT NULL,
  CONSTRAINT fk_audit_employee FOREIGN KEY (employee_id) REFERENCES employees (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_audit_store FOREIGN KEY (store_id) REFERENCES stores (id),
  CONSTRAINT fk_audit_store_again FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE
);
