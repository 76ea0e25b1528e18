/* standalone: which sources stand alone in a story's conflicts. A claim
 * that is one side of two or more conflicts of one kind, with two or more
 * other sources whose claims there dispute nothing but its source, is one
 * difference the conflict list shows pair by pair ("over a decade" against
 * four outlets' "nearly two decades"). Works on a list of conflicts the
 * caller read; knows nothing of the store, the terminal or a format. */
#ifndef CC_STANDALONE_H
#define CC_STANDALONE_H

#include <stddef.h>
#include <stdint.h>

/* One conflict as the caller listed it: its id, kind, and both sides'
 * claim, source and differing words (slot: NULL when unknown). The
 * strings are borrowed: they must outlive the groups found from them. */
struct standalone_conflict {
	int64_t id;
	const char *kind;
	int64_t claim[2];
	const char *source[2];
	const char *slot[2];
};

/* One claim standing alone: its claim, source, kind and words (borrowed
 * from the conflicts), the ids of its conflicts of that kind in the order
 * listed, and the other sources, sorted by name. */
struct standalone_group {
	int64_t claim;
	const char *source, *kind, *slot;
	int64_t *ids;
	size_t nids;
	const char **others;
	size_t nothers;
};

/* A copy of a side's differing words: its sentence `text` (text_len
 * bytes) starts at byte `start` of the source and the slot spans
 * [slot_start, slot_end); NULL when there is none or it lies outside. */
char *standalone_slot(const char *text, size_t text_len, size_t start, size_t slot_start, size_t slot_end);

/* Frees the strings of n conflicts whose kind, sources and slots the
 * caller copied (xstrdup, standalone_slot), not the array. */
void standalone_conflicts_free_strings(struct standalone_conflict *c, size_t n);

/* The groups among n conflicts, most other sources first (then by claim
 * id); *out is NULL when there are none. Returns how many. */
size_t standalone_find(const struct standalone_conflict *c, size_t n, struct standalone_group **out);
void standalone_free(struct standalone_group *g, size_t n);

#endif
