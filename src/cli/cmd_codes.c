/*
 * cmd_codes.c -- 'dyad codes': the compiled-in CAMEO table.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cmd_codes(int argc, char **argv)
{
    int json = argc > 2 && !strcmp(argv[1], "--format") && !strcmp(argv[2], "json");
    if (argc > 1 && !json)
        return cli_die(EXIT_USAGE, "usage: dyad codes [--format json]");
    for (size_t i = 0; i < dyad_cameo_count(); i++) {
        const dyad_cameo_code *c = dyad_cameo_at(i);
        if (json)
            printf("{\"code\":\"%s\",\"label\":\"%s\",\"goldstein\":%.1f,\"quad\":%d}\n",
                   c->code, c->label, c->goldstein, dyad_cameo_quad(c->code));
        else
            printf("%s\t%d\t%5.1f\t%s\n", c->code, dyad_cameo_quad(c->code),
                   c->goldstein, c->label);
    }
    return EXIT_OK;
}
