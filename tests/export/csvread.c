/* csvread: reads a CSV file strictly by RFC 4180 (csv4180.h) and prints
 * each record as a JSON array, one a line, for the shell tests to compare
 * with jq. Exit 1 (with the reason) when the file is not RFC 4180. */
#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

#include "csv4180.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: csvread FILE\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	char *data = NULL;
	size_t len = 0, cap = 0, n;
	char chunk[65536];
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (len + n > cap) {
			cap = (len + n) * 2;
			data = realloc(data, cap);
		}
		memcpy(data + len, chunk, n);
		len += n;
	}
	fclose(f);
	struct csv_rec *recs;
	size_t nrec;
	char err[256];
	if (csv_parse(data ? data : "", len, &recs, &nrec, err, sizeof err) != 0) {
		printf("%s: not RFC 4180: %s\n", argv[1], err);
		free(data);
		return 1;
	}
	for (size_t i = 0; i < nrec; i++) {
		json_t *a = json_array();
		for (size_t k = 0; k < recs[i].n; k++) {
			json_t *s = json_string(recs[i].f[k]);
			json_array_append_new(a, s ? s : json_string("\xEF\xBF\xBD"));
		}
		char *line = json_dumps(a, JSON_COMPACT);
		puts(line);
		free(line);
		json_decref(a);
	}
	csv_free(recs, nrec);
	free(data);
	return 0;
}
