/* cmd_events.c -- 'dyad events' (placeholder until its subsystem lands). */
#include "cli.h"

int cmd_events(int argc, char **argv)
{
    (void)argc; (void)argv;
    return cli_die(EXIT_USAGE, "'events' is not available in this build yet");
}
