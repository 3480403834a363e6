CREATE TABLE docs (
  id INT NOT NULL PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  author VARCHAR(100) NOT NULL,
  created DATETIME NOT NULL,
  slug VARCHAR(100) NOT NULL,
  KEY k_title (title(30)),
  KEY k_recent (created, id),
  KEY k_author (author) COMMENT 'author lookups',
  KEY k_slug (slug),
  KEY uk_slug (slug),
  FULLTEXT KEY ft_title_body (title, body),
  KEY k_extra (author, created)
);
CREATE TABLE shapes (
  id INT NOT NULL PRIMARY KEY,
  area POLYGON NOT NULL,
  center POINT NOT NULL,
  SPATIAL KEY sp_area (area),
  KEY sp_center (id)
);
CREATE TABLE sessions (
  token CHAR(32) NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (token) USING HASH,
  KEY k_user (user_id) USING BTREE
) ENGINE=MEMORY;
