/* sha256: the content hash of a source's normalised text (nettle does the work).
 * Owns only the hex formatting; must not know what is hashed. */
#ifndef CC_SHA256_H
#define CC_SHA256_H

#include <stddef.h>

/* Writes the lower-case hex SHA-256 of data[0..len) and a NUL into out. */
void sha256_hex(const void *data, size_t len, char out[static 65]);

#endif
