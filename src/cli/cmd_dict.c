/* cmd_dict.c -- 'dyad dict' (placeholder until its subsystem lands). */
#include "cli.h"

int cmd_dict(int argc, char **argv)
{
    (void)argc; (void)argv;
    return cli_die(EXIT_USAGE, "'dict' is not available in this build yet");
}
