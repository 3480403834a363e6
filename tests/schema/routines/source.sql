-- Procedures and functions: parameters, return types, characteristics, bodies (whitespace only
-- differences do not count), comments.
CREATE TABLE counters (name VARCHAR(20) NOT NULL PRIMARY KEY, n INT NOT NULL DEFAULT 0);
DELIMITER //
CREATE PROCEDURE bump(IN p_name VARCHAR(20), IN p_by INT)
BEGIN
  INSERT INTO counters (name, n) VALUES (p_name, p_by)
    ON DUPLICATE KEY UPDATE n = n + p_by;
END//
CREATE PROCEDURE get_count(IN p_name VARCHAR(20), OUT p_n INT)
  READS SQL DATA
  COMMENT 'reads one counter'
BEGIN
  SELECT n INTO p_n FROM counters WHERE name = p_name;
END//
CREATE PROCEDURE reset_all()
  MODIFIES SQL DATA
  SQL SECURITY INVOKER
BEGIN
  UPDATE counters SET n = 0;
END//
CREATE FUNCTION doubled(x INT) RETURNS INT DETERMINISTIC RETURN x * 2//
CREATE FUNCTION label(x INT) RETURNS VARCHAR(20) DETERMINISTIC RETURN CONCAT('#', x)//
CREATE PROCEDURE source_only() SELECT 1//
DELIMITER ;
