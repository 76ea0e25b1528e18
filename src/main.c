/* main: sets the locale and the allocator's habits, sets up libxml2 before
 * any thread starts, and hands over to the CLI. Nothing else lives here. */
#include "config.h"

#include <locale.h>
#include <malloc.h>

#include "cli.h"
#include "html.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	/* The user's locale for characters (wide-character screens, case
	 * mapping), but numbers are always written with '.': JSON, CSV and the
	 * store's values must not turn 0.5 into "0,5" under a German locale. */
	setlocale(LC_NUMERIC, "C");
	/* Keep freed memory for reuse instead of handing big blocks back to the
	 * kernel after every article (a bulk add would page-fault them back in). */
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 128 << 20);
	/* web pages are parsed on extract --jobs's and a bulk add's threads */
	html_init();
	return cli_main(argc, argv);
}
