-- Column order: a moved column is reported once (not every column after it); an added column in
-- the middle does not make the others "moved".
CREATE TABLE moved (a INT, b INT, c INT, d INT, e INT);
CREATE TABLE added (a INT, b INT, c INT);
CREATE TABLE first (a INT, b INT, c INT);
