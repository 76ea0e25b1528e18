/* schema: the store's schema as an ordered list of migrations.
 * Owns the SQL text of every schema version; store.c runs them.
 * Migration i (0-based) takes a store from user_version i to i+1. */
#ifndef CC_SCHEMA_H
#define CC_SCHEMA_H

#include <stddef.h>

/* 'CXCK': PRAGMA application_id of every crosscheck store. */
#define SCHEMA_APPLICATION_ID 0x4358434B

extern const char *const schema_migrations[];
extern const size_t schema_nmigrations;

#endif
