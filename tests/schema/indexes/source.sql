-- Indexes: prefix lengths, descending parts, FULLTEXT, SPATIAL, ignored (MariaDB 10.6+), comments,
-- uniqueness, HASH on MEMORY.
CREATE TABLE docs (
  id INT NOT NULL PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  author VARCHAR(100) NOT NULL,
  created DATETIME NOT NULL,
  slug VARCHAR(100) NOT NULL,
  KEY k_title (title(20)),
  KEY k_recent (created DESC, id),
  KEY k_author (author) COMMENT 'by author',
  KEY k_slug (slug) IGNORED,
  UNIQUE KEY uk_slug (slug),
  FULLTEXT KEY ft_body (body),
  FULLTEXT KEY ft_title_body (title, body)
);
CREATE TABLE shapes (
  id INT NOT NULL PRIMARY KEY,
  area POLYGON NOT NULL,
  center POINT NOT NULL,
  SPATIAL KEY sp_area (area),
  SPATIAL KEY sp_center (center)
);
CREATE TABLE sessions (
  token CHAR(32) NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (token) USING HASH,
  KEY k_user (user_id) USING HASH
) ENGINE=MEMORY;
