/* cmd_net.c -- 'dyad net' (placeholder until its subsystem lands). */
#include "cli.h"

int cmd_net(int argc, char **argv)
{
    (void)argc; (void)argv;
    return cli_die(EXIT_USAGE, "'net' is not available in this build yet");
}
