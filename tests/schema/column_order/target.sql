CREATE TABLE moved (a INT, c INT, d INT, b INT, e INT);
CREATE TABLE added (a INT, x INT, b INT, c INT);
CREATE TABLE first (c INT, a INT, b INT);
