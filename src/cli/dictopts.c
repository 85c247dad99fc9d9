/* dictopts.c -- dictionary options shared by several subcommands (being written). */
#include "cli.h"
