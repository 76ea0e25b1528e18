/* trace: see trace.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "keys.h"
#include "trace.h"

static FILE *trace_file;
static uint64_t trace_t0; /* when the program was loaded */

uint64_t trace_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* As early as a library can: before main, after the dynamic loader. */
__attribute__((constructor)) static void trace_loaded(void)
{
	trace_t0 = trace_now();
}

static double ms(uint64_t a, uint64_t b)
{
	return b > a ? (double)(b - a) / 1e6 : 0.0;
}

void trace_open(void)
{
	const char *path = getenv("CROSSCHECK_TRACE");
	if (!path || !*path || trace_file)
		return;
	trace_file = fopen(path, "a");
}

void trace_close(void)
{
	if (trace_file)
		fclose(trace_file);
	trace_file = NULL;
}

bool trace_on(void)
{
	return trace_file != NULL;
}

void trace_start(uint64_t t_ui)
{
	if (!trace_file)
		return;
	uint64_t t = trace_now();
	fprintf(trace_file, "start %.3f ui %.3f\n", ms(trace_t0, t), ms(t_ui, t));
	fflush(trace_file);
}

void trace_key(int key, uint64_t t_read, uint64_t t_handled, uint64_t t_drawn)
{
	if (!trace_file)
		return;
	struct buf name;
	buf_init(&name);
	if (key == -1)
		buf_adds(&name, "<Mouse>");
	else if (key == -2)
		buf_adds(&name, "<Resize>");
	else
		keys_key_name(key, &name);
	uint64_t end = t_drawn ? t_drawn : t_handled;
	fprintf(trace_file, "key %s %.3f handle %.3f paint %.3f\n", name.data ? name.data : "?",
		ms(t_read, end), ms(t_read, t_handled), t_drawn ? ms(t_handled, t_drawn) : 0.0);
	fflush(trace_file);
	buf_free(&name);
}
