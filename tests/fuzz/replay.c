/* replay: runs one fuzz harness (linked in; FUZZ_NAME names it) over its
 * seed corpus and its regression inputs, without libFuzzer, as a TAP test
 * for `make check` (and so under ASan, UBSan and valgrind in CI).
 *
 * With no arguments it reads $top_srcdir/tests/fuzz/corpus/FUZZ_NAME and
 * $top_srcdir/tests/fuzz/regress/FUZZ_NAME (the crashes the fuzzers found,
 * each kept as a regression test); with arguments, those files or folders.
 * Each input runs in a child process, so one crash fails one test line and
 * names the input; a child that dies by a signal or exits non-zero fails.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fuzz.h"
#include "tap.h"
#include "util.h"

#ifndef FUZZ_NAME
#error "FUZZ_NAME must name the harness"
#endif

static int one(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return tap_ok(0, "%s: cannot open: %s", path, strerror(errno));
	struct buf b;
	buf_init(&b);
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0) {
		buf_free(&b);
		return tap_ok(0, "%s: fork: %s", path, strerror(errno));
	}
	if (pid == 0) {
		/* exactly len bytes, so a read past the end is caught */
		uint8_t *copy = xmalloc(b.len ? b.len : 1);
		if (b.len)
			memcpy(copy, b.data, b.len);
		LLVMFuzzerTestOneInput(copy, b.len);
		free(copy);
		buf_free(&b);
		exit(0);
	}
	buf_free(&b);
	int st = 0;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	int good = WIFEXITED(st) && WEXITSTATUS(st) == 0;
	tap_ok(good, "%s %s", FUZZ_NAME, path);
	if (!good)
		tap_diag("%s", WIFSIGNALED(st) ? strsignal(WTERMSIG(st)) : "non-zero exit");
	return good;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A file, or every regular file of a folder (sorted; dot files skipped). */
static void walk(const char *path, int must_exist)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		if (must_exist)
			tap_ok(0, "%s: %s", path, strerror(errno));
		return;
	}
	if (!S_ISDIR(sb.st_mode)) {
		one(path);
		return;
	}
	DIR *d = opendir(path);
	if (!d) {
		tap_ok(0, "%s: cannot open: %s", path, strerror(errno));
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = xasprintf("%s/%s", path, de->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp);
	for (size_t i = 0; i < n; i++) {
		if (stat(names[i], &sb) == 0 && S_ISREG(sb.st_mode))
			one(names[i]);
		free(names[i]);
	}
	free(names);
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			walk(argv[i], 1);
		return tap_done();
	}
	const char *top = getenv("top_srcdir");
	if (!top || !*top)
		top = ".";
	char *corpus = xasprintf("%s/tests/fuzz/corpus/%s", top, FUZZ_NAME);
	char *regress = xasprintf("%s/tests/fuzz/regress/%s", top, FUZZ_NAME);
	walk(corpus, 1);
	walk(regress, 0);
	free(corpus);
	free(regress);
	if (tap_n == 0)
		tap_ok(0, "no inputs found for %s", FUZZ_NAME);
	return tap_done();
}
