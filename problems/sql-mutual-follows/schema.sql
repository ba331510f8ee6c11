CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  handle VARCHAR(30) NOT NULL UNIQUE
);

CREATE TABLE follows (
  follower_id INTEGER NOT NULL REFERENCES users(id),
  followee_id INTEGER NOT NULL REFERENCES users(id),
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (follower_id, followee_id)
);
