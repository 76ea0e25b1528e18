/* tap.h: a tiny TAP producer for unit tests run by automake's tap-driver.
 * Each check prints "ok N - name" or "not ok N - name" with a diagnostic;
 * tap_done() prints the plan and returns the exit status. */
#ifndef CC_TAP_H
#define CC_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

__attribute__((format(printf, 2, 3), unused))
static int tap_ok(int cond, const char *fmt, ...)
{
	va_list ap;
	printf("%s %d - ", cond ? "ok" : "not ok", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		tap_failed++;
	fflush(stdout);
	return cond;
}

__attribute__((unused))
static int tap_str_eq(const char *got, const char *want, const char *name)
{
	int ok = (got == NULL && want == NULL) ||
		 (got && want && strcmp(got, want) == 0);
	tap_ok(ok, "%s", name);
	if (!ok)
		printf("#   got:  [%s]\n#   want: [%s]\n", got ? got : "(null)",
		       want ? want : "(null)");
	return ok;
}

__attribute__((unused))
static int tap_long_eq(long long got, long long want, const char *name)
{
	int ok = got == want;
	tap_ok(ok, "%s", name);
	if (!ok)
		printf("#   got:  %lld\n#   want: %lld\n", got, want);
	return ok;
}

__attribute__((unused, format(printf, 1, 2)))
static void tap_diag(const char *fmt, ...)
{
	va_list ap;
	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

__attribute__((unused))
static int tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
