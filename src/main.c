/* main: sets the locale and hands over to the CLI. Nothing else lives here. */
#include "config.h"

#include <locale.h>

#include "cli.h"

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	return cli_main(argc, argv);
}
