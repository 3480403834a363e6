-- Invisible columns (MariaDB INVISIBLE): read by name, compared as an attribute.
CREATE TABLE accounts (
  id INT NOT NULL PRIMARY KEY,
  login VARCHAR(40) NOT NULL,
  secret VARCHAR(64) INVISIBLE,
  note VARCHAR(100),
  audit_ts TIMESTAMP INVISIBLE DEFAULT CURRENT_TIMESTAMP
);
