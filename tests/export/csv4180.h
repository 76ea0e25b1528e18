/* csv4180.h: a tiny, strict RFC 4180 reader for the export tests (included
 * by test_export.c and csvread.c). Records end with CRLF; a field is either
 * quoted ("" inside for a quote; commas and line breaks allowed) or holds no
 * quote, CR or LF; every record has the header's number of fields. */
#ifndef CC_TEST_CSV4180_H
#define CC_TEST_CSV4180_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct csv_rec {
	char **f;
	size_t n;
};

static void csv_free(struct csv_rec *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < r[i].n; k++)
			free(r[i].f[k]);
		free(r[i].f);
	}
	free(r);
}

static void csv_push(char **cell, size_t *len, size_t *cap, char c)
{
	if (*len + 2 > *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*cell = realloc(*cell, *cap);
	}
	(*cell)[(*len)++] = c;
	(*cell)[*len] = '\0';
}

/* Parses s; returns 0 and the records, or -1 with a message in err. */
__attribute__((unused))
static int csv_parse(const char *s, size_t len, struct csv_rec **out, size_t *nout, char *err,
		     size_t errlen)
{
	struct csv_rec *recs = NULL;
	size_t nrec = 0, i = 0, line = 1;
	*out = NULL;
	*nout = 0;
	while (i < len) {
		struct csv_rec r = {0};
		for (;;) {
			char *cell = calloc(1, 1);
			size_t cl = 0, cap = 1;
			if (i < len && s[i] == '"') {
				i++;
				for (;;) {
					if (i >= len) {
						snprintf(err, errlen, "line %zu: unterminated quoted field", line);
						free(cell);
						goto fail;
					}
					if (s[i] == '"') {
						if (i + 1 < len && s[i + 1] == '"') {
							csv_push(&cell, &cl, &cap, '"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (s[i] == '\n')
						line++;
					csv_push(&cell, &cl, &cap, s[i++]);
				}
			} else {
				while (i < len && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
					if (s[i] == '"') {
						snprintf(err, errlen, "line %zu: a quote inside an unquoted field", line);
						free(cell);
						goto fail;
					}
					csv_push(&cell, &cl, &cap, s[i++]);
				}
			}
			r.f = realloc(r.f, (r.n + 1) * sizeof *r.f);
			r.f[r.n++] = cell;
			if (i < len && s[i] == ',') {
				i++;
				continue;
			}
			if (i + 1 < len && s[i] == '\r' && s[i + 1] == '\n') {
				i += 2;
				line++;
				break;
			}
			snprintf(err, errlen, "line %zu: a record must end with CRLF", line);
			goto fail;
		}
		if (nrec && r.n != recs[0].n) {
			snprintf(err, errlen, "line %zu: %zu fields, the header has %zu", line - 1, r.n,
				 recs[0].n);
			recs = realloc(recs, (nrec + 1) * sizeof *recs);
			recs[nrec++] = r;
			csv_free(recs, nrec);
			return -1;
		}
		recs = realloc(recs, (nrec + 1) * sizeof *recs);
		recs[nrec++] = r;
		continue;
fail:
		recs = realloc(recs, (nrec + 1) * sizeof *recs);
		recs[nrec++] = r;
		csv_free(recs, nrec);
		return -1;
	}
	*out = recs;
	*nout = nrec;
	return 0;
}

#endif
