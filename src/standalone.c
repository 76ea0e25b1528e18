/* standalone: which sources stand alone in a story's conflicts (see
 * standalone.h). Pure: reads the caller's list, allocates the groups it
 * returns, prints nothing. */
#include "config.h"

#include "standalone.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* One side of a conflict: the claim on it, the claim on the other side,
 * and the conflict (index into the caller's list). */
struct side {
	int64_t claim, other_claim, id;
	const char *kind;
	size_t c;
	int me; /* 0 or 1: which side of c */
};

static int side_cmp(const void *pa, const void *pb)
{
	const struct side *a = pa, *b = pb;
	if (a->claim != b->claim)
		return a->claim < b->claim ? -1 : 1;
	int k = strcmp(a->kind, b->kind);
	if (k)
		return k;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return a->me - b->me;
}

static const char *src_of(const struct standalone_conflict *c, const struct side *s, bool other)
{
	const char *v = c[s->c].source[other ? 1 - s->me : s->me];
	return v ? v : "";
}

/* Whether the claims on the other sides of sides [i, j) (one claim, one
 * kind) disagree, in that kind, only with this claim's source. Three
 * outlets giving three figures, or two against two, is not one claim
 * against the rest. */
static bool stands_alone(const struct standalone_conflict *c, const struct side *sd, size_t ns,
			 size_t i, size_t j)
{
	const char *kind = sd[i].kind, *mine = src_of(c, &sd[i], false);
	for (size_t m = i; m < j; m++) {
		/* the sides are sorted by claim: the other claim's own sides */
		int64_t other = sd[m].other_claim;
		size_t lo = 0, hi = ns;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (sd[mid].claim < other)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (size_t k = lo; k < ns && sd[k].claim == other; k++)
			if (!strcmp(sd[k].kind, kind) && strcmp(src_of(c, &sd[k], true), mine))
				return false;
	}
	return true;
}

static int str_ptr_cmp(const void *pa, const void *pb)
{
	return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

static int group_cmp(const void *pa, const void *pb)
{
	const struct standalone_group *a = pa, *b = pb;
	if (a->nothers != b->nothers)
		return a->nothers > b->nothers ? -1 : 1;
	if (a->claim != b->claim)
		return a->claim < b->claim ? -1 : 1;
	return strcmp(a->kind, b->kind);
}

size_t standalone_find(const struct standalone_conflict *c, size_t n, struct standalone_group **out)
{
	*out = NULL;
	if (n < 2)
		return 0;
	size_t ns = 2 * n;
	struct side *sd = xcalloc(ns, sizeof *sd);
	for (size_t i = 0; i < n; i++)
		for (int me = 0; me < 2; me++)
			sd[2 * i + (size_t)me] = (struct side){.claim = c[i].claim[me],
							       .other_claim = c[i].claim[1 - me],
							       .id = c[i].id, .kind = c[i].kind,
							       .c = i, .me = me};
	qsort(sd, ns, sizeof *sd, side_cmp);
	struct standalone_group *g = NULL;
	size_t ng = 0, cap = 0;
	for (size_t i = 0; i < ns;) {
		size_t j = i + 1;
		while (j < ns && sd[j].claim == sd[i].claim && !strcmp(sd[j].kind, sd[i].kind))
			j++;
		const char **others = xcalloc(j - i, sizeof *others);
		size_t no = 0;
		for (size_t k = i; k < j; k++) {
			const char *o = src_of(c, &sd[k], true);
			bool dup = false;
			for (size_t m = 0; m < no && !dup; m++)
				dup = !strcmp(others[m], o);
			if (!dup)
				others[no++] = o;
		}
		if (j - i >= 2 && no >= 2 && stands_alone(c, sd, ns, i, j)) {
			g = xgrow(g, &cap, ng + 1, sizeof *g);
			struct standalone_group *x = &g[ng++];
			const struct standalone_conflict *first = &c[sd[i].c];
			*x = (struct standalone_group){.claim = sd[i].claim,
						       .source = src_of(c, &sd[i], false),
						       .kind = first->kind,
						       .slot = first->slot[sd[i].me],
						       .ids = xcalloc(j - i, sizeof *x->ids),
						       .nids = j - i,
						       .others = others,
						       .nothers = no};
			for (size_t k = i; k < j; k++)
				x->ids[k - i] = sd[k].id;
			qsort(x->others, no, sizeof *x->others, str_ptr_cmp);
		} else {
			free(others);
		}
		i = j;
	}
	free(sd);
	if (ng)
		qsort(g, ng, sizeof *g, group_cmp);
	*out = g;
	return ng;
}

void standalone_free(struct standalone_group *g, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(g[i].ids);
		free(g[i].others);
	}
	free(g);
}

char *standalone_slot(const char *text, size_t text_len, size_t start, size_t slot_start, size_t slot_end)
{
	if (!text || slot_end <= slot_start || slot_start < start || slot_end - start > text_len)
		return NULL;
	return xstrndup(text + (slot_start - start), slot_end - slot_start);
}

void standalone_conflicts_free_strings(struct standalone_conflict *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free((char *)c[i].kind);
		for (int k = 0; k < 2; k++) {
			free((char *)c[i].source[k]);
			free((char *)c[i].slot[k]);
		}
	}
}
