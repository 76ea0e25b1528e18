/* fuzz.h: the libFuzzer entry points of the tests/fuzz harnesses.
 *
 * Each harness file defines LLVMFuzzerTestOneInput (and may define
 * LLVMFuzzerInitialize). The same file is linked two ways: with clang's
 * libFuzzer by `make fuzz`, and with replay.c by `make check`, which runs
 * every seed in tests/fuzz/corpus/NAME and every crash kept in
 * tests/fuzz/regress/NAME through it (so each crash found stays a test).
 * A harness reports a broken invariant with FUZZ_CHECK, which aborts: the
 * fuzzer saves the input, the replay counts it as a failure.
 */
#ifndef CC_FUZZ_H
#define CC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_CHECK(cond)                                                              \
	do {                                                                          \
		if (!(cond)) {                                                        \
			fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
				#cond);                                               \
			abort();                                                      \
		}                                                                     \
	} while (0)

#endif
