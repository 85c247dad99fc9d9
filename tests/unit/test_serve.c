/*
 * test_serve.c -- unit tests of dyad over HTTP (src/serve/): every route
 * and every error status through dyad_server_handle, without a socket;
 * then the real thing, a server on a free port spoken to over TCP, for
 * the body limit and the libmicrohttpd glue.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "dyad.h"
#include "test.h"

static dyad_dict *dict;
static char dir[] = "/tmp/dyad-test-serve-XXXXXX";
static char db[256];

/* Query parameters as "k=v" strings, NULL-terminated. */
static const char *arg_of(void *ud, const char *key)
{
    size_t n = strlen(key);
    for (const char *const *kv = ud; kv && *kv; kv++)
        if (!strncmp(*kv, key, n) && (*kv)[n] == '=')
            return *kv + n + 1;
    return NULL;
}

/* Handle one request; the response body is returned NUL-terminated (free
 * it) and the status and type go to *status and *type. */
static char *ask(dyad_server *s, const char *method, const char *path,
                 const char *const *args, const char *ctype, const char *body,
                 int *status, const char **type)
{
    dyad_http_request rq = { method, path, arg_of, (void *)args, ctype,
                             body ? body : "", body ? strlen(body) : 0 };
    dyad_http_response rs;
    if (dyad_server_handle(s, &rq, &rs) != DYAD_OK)
        return NULL;
    char *out = malloc(rs.body_len + 1);
    memcpy(out, rs.body, rs.body_len);
    out[rs.body_len] = 0;
    free(rs.body);
    *status = rs.status;
    if (type)
        *type = rs.content_type;
    return out;
}

/* The status of a request, its body checked to contain want (if given). */
static int status_of(dyad_server *s, const char *method, const char *path,
                     const char *const *args, const char *body, const char *want)
{
    int st = 0;
    char *out = ask(s, method, path, args, NULL, body, &st, NULL);   /* sniffed */
    if (!out || (want && !strstr(out, want)))
        st = -1;
    free(out);
    return st;
}

/* A request and what its answer must be: the status, and text the body
 * contains (NULL: anything). */
typedef struct route_case {
    const char *method, *path, *args[4], *body, *want;
    int status;
} route_case;

static void check_cases(dyad_server *s, const route_case *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int st = status_of(s, c[i].method, c[i].path, c[i].args, c[i].body, c[i].want);
        if (st != c[i].status && !test_failed_now) {
            snprintf(test_why, sizeof test_why, "%s %s?%s: status %d (-1: body lacks "
                     "\"%s\"), expected %d", c[i].method, c[i].path,
                     c[i].args[0] ? c[i].args[0] : "", st, c[i].want ? c[i].want : "",
                     c[i].status);
            test_failed_now = 1;
        }
    }
}

static const char docs[] =
    "{\"id\":\"d1\",\"date\":\"2024-03-05\",\"text\":\"Iran sent drones to Russia.\"}\n"
    "{\"id\":\"d2\",\"date\":\"2024-03-06\",\"text\":\"Venezuela condemned the United States.\"}\n";

/* A server that codes shallow (fast, and the same on every machine). */
static dyad_server *shallow_server(const char *store)
{
    dyad_server_options o = dyad_server_defaults();
    o.use_parser = 0;
    o.db = store;
    return dyad_server_new(dict, &o, NULL);
}

static void test_routes_without_store(void)
{
    dyad_server *s = shallow_server(NULL);
    CHECK(s != NULL);
    const char *type;
    int st;
    char *out = ask(s, "GET", "/health", NULL, NULL, NULL, &st, &type);
    CHECK_INT(st, 200);
    CHECK(out && strstr(out, "\"ok\":true") && strstr(out, "\"db\":null"));
    CHECK_STR(type, "application/json");
    free(out);
    CHECK_INT(status_of(s, "GET", "/nowhere", NULL, NULL, "no such path"), 404);
    CHECK_INT(status_of(s, "POST", "/health", NULL, NULL, NULL), 405);
    CHECK_INT(status_of(s, "GET", "/code", NULL, NULL, "wants POST"), 405);
    CHECK_INT(status_of(s, "DELETE", "/events", NULL, NULL, NULL), 405);
    /* coding: events out, one per line */
    out = ask(s, "POST", "/code", NULL, "application/x-ndjson", docs, &st, &type);
    CHECK_INT(st, 200);
    CHECK_STR(type, "application/x-ndjson");
    CHECK(out && strstr(out, "\"doc\":\"d1\"") && strstr(out, "\"source\":\"IRN\"") &&
          strstr(out, "\"target\":\"RUS\"") && strstr(out, "\"source\":\"VEN\""));
    free(out);
    /* plain text, with a story date from the query */
    const char *dated[] = { "date=2020-01-02", NULL };
    CHECK_INT(status_of(s, "POST", "/code", dated, "Hezbollah bombed the AMIA building "
                        "in 1994.", "\"date_text\":\"in 1994\""), 200);
    /* one bad line costs its document only */
    static const route_case cases[] = {
        /* one bad line costs its document only */
        { "POST", "/code", { NULL }, "{\"id\":\n{\"id\":\"b\",\"text\":\"Cuba praised "
          "Bolivia.\"}\n", "\"source\":\"CUB\"", 200 },
        { "POST", "/code", { NULL }, "{\"id\":\n", "invalid JSON", 400 },
        { "POST", "/code", { NULL }, "{\"id\":\"x\"}\n", "no \\\"text\\\"", 400 },
        /* bad requests */
        { "POST", "/code", { NULL }, "", "body is empty", 400 },
        { "POST", "/code", { "date=someday" }, docs, "not a date", 400 },
        { "POST", "/code", { "parse=yes" }, docs, "0 or 1", 400 },
        { "POST", "/code", { "store=1" }, docs, "no store", 409 },
        { "GET", "/events", { NULL }, NULL, "no store", 409 },
        { "GET", "/net/summary", { NULL }, NULL, "no store", 409 },
    };
    check_cases(s, cases, sizeof cases / sizeof cases[0]);
    dyad_server_free(s);
}

static void test_routes_with_store(void)
{
    dyad_server *s = shallow_server(db);
    /* a store not yet made: 404 until the first document is stored */
    CHECK_INT(status_of(s, "GET", "/events", NULL, NULL, NULL), 404);
    static const route_case events[] = {
        { "POST", "/code", { "store=1" }, docs, "\"source\":\"IRN\"", 200 },
        { "GET", "/events", { "actor=IRN" }, NULL, "\"target\":\"RUS\"", 200 },
        { "GET", "/events", { "dyad=USA,VEN" }, NULL, "\"code\":\"111\"", 200 },
        { "GET", "/events", { "limit=0" }, NULL, "limit", 400 },
        { "GET", "/events", { "dyad=VEN" }, NULL, "two actors", 400 },
        { "GET", "/events", { "from=later" }, NULL, "bad date", 400 },
    };
    check_cases(s, events, sizeof events / sizeof events[0]);
    const char *none[] = { "actor=CUB", NULL };
    int st;
    char *out = ask(s, "GET", "/events", none, NULL, NULL, &st, NULL);
    CHECK_INT(st, 200);
    CHECK(out && !*out);                         /* no events: an empty body */
    free(out);
    static const route_case net[] = {
        { "GET", "/net/summary", { NULL }, NULL, "\"report\":\"summary\"", 200 },
        { "GET", "/net/central", { "level=actor" }, NULL, "\"level\":\"actor\"", 200 },
        { "GET", "/net/blocs", { NULL }, NULL, "\"report\":\"blocs\"", 200 },
        { "GET", "/net/path", { "a=IRN", "b=RUS" }, NULL, "\"chain\":[\"IRN\",\"RUS\"]", 200 },
        { "GET", "/net/path", { "a=IRN", "b=USA" }, NULL, "no chain", 404 },
        { "GET", "/net/path", { "a=IRN" }, NULL, "two actors", 400 },
        { "GET", "/net/summary", { "by=year" }, NULL, "\"period\":\"2024\"", 200 },
        { "GET", "/net/summary", { "by=decade" }, NULL, "year or month", 400 },
        { "GET", "/net/summary", { "level=city" }, NULL, "country or actor", 400 },
        { "GET", "/net/export", { "format=pdf" }, NULL, "format", 400 },
        { "GET", "/net/export", { NULL }, NULL, "format", 400 },
        { "GET", "/net/export", { "format=csv", "by=year" }, NULL, "not export", 400 },
        { "GET", "/net/pagerank", { NULL }, NULL, "no such network report", 404 },
    };
    check_cases(s, net, sizeof net / sizeof net[0]);
    const char *gexf[] = { "format=gexf", NULL };
    const char *type;
    out = ask(s, "GET", "/net/export", gexf, NULL, NULL, &st, &type);
    CHECK_INT(st, 200);
    CHECK_STR(type, "application/xml");
    CHECK(out && strstr(out, "<gexf"));
    free(out);
    dyad_server_free(s);
}

/* Send raw over TCP to 127.0.0.1:port; the reply (malloc'ed) or NULL. */
static char *tcp_ask(int port, const char *raw, size_t len)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    for (size_t off = 0; off < len;) {
        ssize_t k = write(fd, raw + off, len - off);
        if (k <= 0)
            break;                 /* the server may answer 413 and close */
        off += (size_t)k;
    }
    shutdown(fd, SHUT_WR);
    size_t cap = 1 << 16, n = 0;
    char *out = malloc(cap);
    ssize_t k;
    while (out && n + 1 < cap && (k = read(fd, out + n, cap - n - 1)) > 0)
        n += (size_t)k;
    close(fd);
    if (out)
        out[n] = 0;
    return out;
}

static void test_over_tcp(void)
{
    dyad_server_options o = dyad_server_defaults();
    o.use_parser = 0;
    o.threads = 2;
    o.max_body = 4096;
    dyad_error err = { 0 };
    dyad_server *s = dyad_server_new(dict, &o, &err);
    CHECK(s && dyad_server_port(s) == 0);        /* not listening yet */
    CHECK_INT(dyad_server_listen(s, &err), DYAD_OK);
    int port = dyad_server_port(s);
    CHECK(port > 0);
    const char get[] = "GET /health HTTP/1.0\r\n\r\n";
    char *out = tcp_ask(port, get, sizeof get - 1);
    CHECK(out && strstr(out, "200 OK") && strstr(out, "\"ok\":true") &&
          strstr(out, "application/json"));
    free(out);
    char post[512];
    const char *body = "{\"id\":\"t\",\"text\":\"Cuba praised Bolivia.\"}\n";
    snprintf(post, sizeof post, "POST /code?parse=0 HTTP/1.0\r\nContent-Type: "
             "application/x-ndjson\r\nContent-Length: %zu\r\n\r\n%s", strlen(body), body);
    out = tcp_ask(port, post, strlen(post));
    CHECK(out && strstr(out, "200 OK") && strstr(out, "\"source\":\"CUB\""));
    free(out);
    /* a body over max_body: 413, and the server goes on */
    size_t big = 8192;
    char *raw = malloc(big + 256);
    int h = snprintf(raw, 256, "POST /code HTTP/1.0\r\nContent-Type: text/plain\r\n"
                     "Content-Length: %zu\r\n\r\n", big);
    memset(raw + h, 'a', big);
    out = tcp_ask(port, raw, (size_t)h + big);
    CHECK(out && strstr(out, "413") && strstr(out, "over the server's limit"));
    free(out);
    free(raw);
    out = tcp_ask(port, get, sizeof get - 1);
    CHECK(out && strstr(out, "200 OK"));
    free(out);
    /* the same port again: taken */
    dyad_server_options o2 = o;
    o2.port = port;
    dyad_server *s2 = dyad_server_new(dict, &o2, NULL);
    CHECK_INT(dyad_server_listen(s2, &err), DYAD_EIO);
    CHECK(strstr(err.msg, "cannot listen"));
    dyad_server_free(s2);
    CHECK_INT(dyad_server_listen(s, &err), DYAD_EINVAL);   /* already */
    dyad_server_free(s);
    /* browsers' preflights, CORS headers and the access log */
    FILE *log = tmpfile();
    o.cors_origin = "*";
    o.access_log = log;
    s = dyad_server_new(dict, &o, NULL);
    CHECK_INT(dyad_server_listen(s, &err), DYAD_OK);
    const char pre[] = "OPTIONS /code HTTP/1.0\r\nOrigin: http://x\r\n\r\n";
    out = tcp_ask(dyad_server_port(s), pre, sizeof pre - 1);
    CHECK(out && strstr(out, "204") && strstr(out, "Access-Control-Allow-Origin: *") &&
          strstr(out, "Access-Control-Allow-Methods"));
    free(out);
    out = tcp_ask(dyad_server_port(s), get, sizeof get - 1);
    CHECK(out && strstr(out, "200 OK") && strstr(out, "Access-Control-Allow-Origin: *"));
    free(out);
    dyad_server_free(s);
    char line[256] = "";
    rewind(log);
    CHECK(fgets(line, sizeof line, log) && strstr(line, "OPTIONS /code 204 0 "));
    CHECK(fgets(line, sizeof line, log) && strstr(line, "GET /health 200 "));
    fclose(log);
    o.cors_origin = NULL;
    o.access_log = NULL;
    o.bind = "no-such-address";
    s = dyad_server_new(dict, &o, NULL);
    CHECK_INT(dyad_server_listen(s, &err), DYAD_EINVAL);
    CHECK(strstr(err.msg, "no-such-address"));
    dyad_server_free(s);
}

static void test_reader_from_memory(void)
{
    dyad_error err = { 0 };
    CHECK(dyad_reader_open_memory("", 0, "mem", NULL, &err) == NULL);
    CHECK_INT(err.status, DYAD_EEMPTY);
    const char text[] = "{\"id\":\"m\",\"text\":\"One. Two.\"}\n";
    dyad_reader *r = dyad_reader_open_memory(text, sizeof text - 1, "mem", NULL, &err);
    CHECK(r != NULL);
    CHECK_INT(dyad_reader_kind(r), DYAD_DOC_JSONL);    /* sniffed */
    dyad_doc *d = NULL;
    CHECK_INT(dyad_reader_next(r, &d, &err), 1);
    CHECK(d && !strcmp(d->id, "m") && d->n_sent == 2);
    dyad_doc_free(d);
    CHECK_INT(dyad_reader_next(r, &d, &err), 0);
    dyad_reader_close(r);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        printf("FAIL mkdtemp\n");
        return 1;
    }
    snprintf(db, sizeof db, "%s/serve.sqlite", dir);
    dict = dyad_dict_new();
    dyad_dict_set_warn(dict, NULL, NULL);
    if (dyad_dict_load_dir(dict, "dict", NULL) != DYAD_OK) {
        printf("FAIL loading dict/ (run from the repository root)\n");
        return 1;
    }
    RUN(test_reader_from_memory);
    RUN(test_routes_without_store);
    RUN(test_routes_with_store);
    RUN(test_over_tcp);
    dyad_dict_free(dict);
    unlink(db);
    rmdir(dir);
    TEST_MAIN_END;
}
