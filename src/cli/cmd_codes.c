/* cmd_codes.c -- 'dyad codes' (being written). */
#include "cli.h"

int cmd_codes(int argc, char **argv)
{
    (void)argc; (void)argv;
    return cli_die(EXIT_USAGE, "'codes' is not available in this build yet");
}
