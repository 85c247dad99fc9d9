/* cmd_validate.c -- 'dyad validate' (being written). */
#include "cli.h"

int cmd_validate(int argc, char **argv)
{
    (void)argc; (void)argv;
    return cli_die(EXIT_USAGE, "'validate' is not available in this build yet");
}
