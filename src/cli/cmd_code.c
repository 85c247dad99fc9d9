/* cmd_code.c -- 'dyad code' (being written). */
#include "cli.h"

int cmd_code(int argc, char **argv)
{
    (void)argc; (void)argv;
    return cli_die(EXIT_USAGE, "'code' is not available in this build yet");
}
