/*
 * dictopts.c -- dictionary options shared by code, validate and dict:
 * which files to load and where dyad's own dictionaries live.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

int cli_dict_option(cli_dict_opts *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char **slot = !strcmp(a, "--dict-dir") ? &o->dir
                      : !strcmp(a, "--verbs") ? &o->verbs
                      : !strcmp(a, "--actors") ? &o->actors
                      : !strcmp(a, "--agents") ? &o->agents
                      : !strcmp(a, "--discards") ? &o->discards : NULL;
    if (!slot)
        return 0;
    if (*i + 1 >= argc) {
        cli_die(EXIT_USAGE, "%s needs a value", a);
        exit(EXIT_USAGE);
    }
    *slot = argv[++*i];
    return 1;
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *cli_default_dict_dir(void)
{
    static char buf[PATH_MAX];
    const char *env = getenv("DYAD_DICT_DIR");
    if (env && *env)
        return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            /* build/dyad -> ../dict; bin/dyad -> ../share/dyad/dict */
            const char *rel[] = { "/../dict", "/dict", "/../share/dyad/dict" };
            for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
                snprintf(buf, sizeof buf, "%s%s", exe, rel[i]);
                if (is_dir(buf))
                    return buf;
            }
        }
    }
    return "/usr/local/share/dyad/dict";
}

/* path as given if it exists or no dir is set, else dir/path */
static void resolve(const cli_dict_opts *o, const char *name, char *out, size_t n)
{
    if (o->dir && name[0] != '/' && access(name, R_OK) != 0)
        snprintf(out, n, "%s/%s", o->dir, name);
    else
        snprintf(out, n, "%s", name);
}

static int load_list(dyad_dict *d, const cli_dict_opts *o, const char *list,
                     int (*load)(dyad_dict *, const char *, dyad_error *))
{
    if (!list)
        return DYAD_OK;
    char *copy = strdup(list), *save = NULL;
    int rc = DYAD_OK;
    for (char *f = strtok_r(copy, ",", &save); f && rc == DYAD_OK;
         f = strtok_r(NULL, ",", &save)) {
        char path[PATH_MAX];
        dyad_error err = { 0 };
        resolve(o, f, path, sizeof path);
        rc = load(d, path, &err);
        if (rc)
            cli_die(EXIT_FATAL, "%s", err.msg);
    }
    free(copy);
    return rc;
}

dyad_dict *cli_dict_load(const cli_dict_opts *o)
{
    dyad_dict *d = dyad_dict_new();
    if (!d) {
        cli_die(EXIT_FATAL, "out of memory");
        return NULL;
    }
    int named = o->verbs || o->actors || o->agents || o->discards;
    int rc = DYAD_OK;
    if (named) {
        rc = load_list(d, o, o->verbs, dyad_dict_load_verbs);
        if (!rc) rc = load_list(d, o, o->actors, dyad_dict_load_actors);
        if (!rc) rc = load_list(d, o, o->agents, dyad_dict_load_agents);
        if (!rc) rc = load_list(d, o, o->discards, dyad_dict_load_discards);
    } else {
        dyad_error err = { 0 };
        const char *dir = o->dir ? o->dir : cli_default_dict_dir();
        rc = dyad_dict_load_dir(d, dir, &err);
        if (rc)
            cli_die(EXIT_FATAL, "%s", err.msg);
    }
    if (rc) {
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}
