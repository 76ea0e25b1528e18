/* schema: every version of the store's schema, as migrations.
 * Append a migration for each change; never edit a released one. */
#include "config.h"

#include "schema.h"

const char *const schema_migrations[] = {
	/* 1: sources and sentences */
	"CREATE TABLE sources ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  path TEXT,"
	"  url TEXT,"
	"  outlet TEXT,"
	"  pub_date TEXT,"
	"  date_origin TEXT,"
	"  title TEXT,"
	"  story TEXT NOT NULL DEFAULT '',"
	"  content_hash TEXT NOT NULL UNIQUE,"
	"  added_at TEXT NOT NULL,"
	"  text TEXT NOT NULL"
	");"
	"CREATE INDEX sources_story ON sources(story);"
	"CREATE TABLE sentences ("
	"  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
	"  idx INTEGER NOT NULL,"
	"  paragraph INTEGER NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  end INTEGER NOT NULL CHECK (end >= start),"
	"  boilerplate INTEGER NOT NULL DEFAULT 0 CHECK (boilerplate IN (0, 1)),"
	"  PRIMARY KEY (source_id, idx)"
	") WITHOUT ROWID;",
};

const size_t schema_nmigrations = sizeof schema_migrations / sizeof schema_migrations[0];
