/*
 * Tests of the C harness runtime, run in the C runner image (runtime.int.ts compiles this file
 * with tryout.c and runs it). Failures that must end the process are checked in a forked child.
 * Prints `ok <count>` and exits 0, or names the first failed check and exits 1.
 */
#include "../tryout.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static int checks = 0;

#define CHECK(cond)                                                            \
    do {                                                                       \
        checks++;                                                              \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            exit(1);                                                           \
        }                                                                      \
    } while (0)

static TryoutJson *json(const char *text) {
    const char *error = NULL;
    TryoutJson *v = tryout_parse(text, &error);
    if (!v) {
        fprintf(stderr, "cannot parse %s: %s\n", text, error);
        exit(1);
    }
    return v;
}

static bool written(TryoutOut *o, const char *want) {
    bool same = o->data && strcmp(o->data, want) == 0;
    if (!same) fprintf(stderr, "wrote %s, want %s\n", o->data ? o->data : "(nothing)", want);
    free(o->data);
    memset(o, 0, sizeof *o);
    return same;
}

/* Runs fn in a child with stdout and stderr captured; returns its exit code (128 + signal) and what it wrote. */
static int in_child(void (*fn)(void), char *err, size_t errSize) {
    int pipefd[2];
    if (pipe(pipefd) != 0) exit(1);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        dup2(pipefd[1], 1);
        dup2(pipefd[1], 2);
        fn();
        _exit(0);
    }
    close(pipefd[1]);
    size_t len = 0;
    ssize_t n;
    while ((n = read(pipefd[0], err + len, errSize - 1 - len)) > 0) len += (size_t)n;
    err[len] = '\0';
    close(pipefd[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void scalars(void) {
    CHECK(tryout_int(json("-2147483648")) == INT_MIN);
    CHECK(tryout_long(json("9007199254740993")) == 9007199254740993LL);
    CHECK(tryout_long(json("-9223372036854775807")) == -9223372036854775807LL);
    CHECK(tryout_double(json("-2.5e-3")) == -2.5e-3);
    CHECK(tryout_double(json("1")) == 1.0);
    CHECK(tryout_bool(json(" true ")) == true);
    CHECK(strcmp(tryout_string(json("\"h\\u00e9llo \\\"w\\\" \\\\ \\u20ac \\ud83d\\ude00 \\n\\t\\/\"")),
                 "h\xc3\xa9llo \"w\" \\ \xe2\x82\xac \xf0\x9f\x98\x80 \n\t/") == 0);
}

static void arrays(void) {
    int n, *cols;
    int *a = tryout_int_array(json("[3, -1, 7]"), &n);
    CHECK(n == 3 && a[0] == 3 && a[1] == -1 && a[2] == 7);
    tryout_int_array(json("[]"), &n);
    CHECK(n == 0);
    tryout_int_array(json("null"), &n);
    CHECK(n == 0);
    char **words = tryout_string_array(json("[\"a\",\"\",\"c\"]"), &n);
    CHECK(n == 3 && strcmp(words[1], "") == 0 && strcmp(words[2], "c") == 0);
    int **grid = tryout_int_matrix(json("[[1,2],[],[3]]"), &n, &cols);
    CHECK(n == 3 && cols[0] == 2 && cols[1] == 0 && cols[2] == 1 && grid[0][1] == 2 && grid[2][0] == 3);
    char ***table = tryout_string_matrix(json("[[\"x\",\"y\"]]"), &n, &cols);
    CHECK(n == 1 && cols[0] == 2 && strcmp(table[0][1], "y") == 0);
    long long **big = tryout_long_matrix(json("[[4611686018427387904]]"), &n, &cols);
    CHECK(big[0][0] == 4611686018427387904LL);
}

static void writers(void) {
    TryoutOut o = {0};
    tryout_write_long(&o, -9223372036854775807LL);
    CHECK(written(&o, "-9223372036854775807"));
    tryout_write_double(&o, 1.0 / 3);
    CHECK(written(&o, "0.3333333333333333"));
    tryout_write_double(&o, 0.1);
    CHECK(written(&o, "0.1"));
    tryout_write_double(&o, 2e300);
    CHECK(written(&o, "2e+300"));
    tryout_write_string(&o, "q\"\\\n\x01\xc3\xa9");
    CHECK(written(&o, "\"q\\\"\\\\\\n\\u0001\xc3\xa9\""));
    tryout_write_string(&o, NULL);
    CHECK(written(&o, "null"));
    int a[] = {1, 2};
    tryout_write_int_array(&o, a, 2);
    CHECK(written(&o, "[1,2]"));
    tryout_write_int_array(&o, NULL, 0);
    CHECK(written(&o, "[]"));
    bool flags[] = {true, false};
    tryout_write_bool_array(&o, flags, 2);
    CHECK(written(&o, "[true,false]"));
    int r0[] = {1}, r1[] = {2, 3};
    int *rows[] = {r0, r1};
    int cols[] = {1, 2};
    tryout_write_int_matrix(&o, rows, 2, cols);
    CHECK(written(&o, "[[1],[2,3]]"));
    char *w0[] = {"a", "b"};
    char **table[] = {w0};
    int tcols[] = {2};
    tryout_write_string_matrix(&o, table, 1, tcols);
    CHECK(written(&o, "[[\"a\",\"b\"]]"));
}

static void nodes(void) {
    TryoutOut o = {0};
    tryout_write_list(&o, tryout_list(json("[1,2,3]")));
    CHECK(written(&o, "[1,2,3]"));
    CHECK(tryout_list(json("[]")) == NULL);
    tryout_write_list(&o, NULL);
    CHECK(written(&o, "[]"));
    const char *trees[] = {"[3,9,20,null,null,15,7]", "[1,null,2,3]", "[1,2]", "[]"};
    for (size_t k = 0; k < sizeof trees / sizeof *trees; k++) {
        tryout_write_tree(&o, tryout_tree(json(trees[k])));
        CHECK(written(&o, trees[k]));
    }
    tryout_write_tree(&o, tryout_tree(json("[1,2,null,null,null]")));
    CHECK(written(&o, "[1,2]"));
}

static void cyclic_list(void) {
    TryoutOut o = {0};
    struct ListNode *head = tryout_list(json("[1,2,3]"));
    head->next->next->next = head->next;
    tryout_write_list(&o, head);
}

static void shared_tree_node(void) {
    TryoutOut o = {0};
    struct TreeNode *root = tryout_tree(json("[1,2]"));
    root->right = root->left;
    tryout_write_tree(&o, root);
}

static void not_a_number(void) {
    TryoutOut o = {0};
    tryout_write_double(&o, NAN);
}

static void size_not_set(void) {
    TryoutOut o = {0};
    int a[] = {1};
    tryout_write_int_array(&o, a, -1);
}

static void crash_after_print(void) {
    tryout_flush_on_crash();
    printf("printed before the crash");
    abort();
}

static int recurse(volatile int depth) { return depth > 0 ? recurse(depth + 1) + 1 : 0; }

static void overflow_after_print(void) {
    /* The sandbox's stack limit is the memory limit: overflow well before that. */
    struct rlimit small = {8 << 20, 8 << 20};
    setrlimit(RLIMIT_STACK, &small);
    tryout_flush_on_crash();
    printf("printed before the overflow");
    printf("%d", recurse(1));
}

static void int_out_of_range(void) { tryout_int(json("2147483648")); }
static void not_an_integer(void) { tryout_int(json("1.5")); }
static void bad_operations(void) { tryout_operations(json("[\"LRUCache\",\"get\"]"), json("[[2]]"), "LRUCache"); }

static void faults(void) {
    char err[512];
    CHECK(in_child(cyclic_list, err, sizeof err) == 1 && strstr(err, "cycle"));
    CHECK(in_child(shared_tree_node, err, sizeof err) == 1 && strstr(err, "shared node"));
    CHECK(in_child(not_a_number, err, sizeof err) == 1 && strstr(err, "NaN"));
    CHECK(in_child(size_not_set, err, sizeof err) == 1 && strstr(err, "returnSize"));
    int code = in_child(int_out_of_range, err, sizeof err);
    CHECK(code == TRYOUT_ABORT_EXIT && strncmp(err, "tryout harness: cannot read the test input: ", 44) == 0);
    CHECK(in_child(not_an_integer, err, sizeof err) == TRYOUT_ABORT_EXIT && strstr(err, "got 1.5"));
    CHECK(in_child(bad_operations, err, sizeof err) == TRYOUT_ABORT_EXIT && strstr(err, "equal length"));
    CHECK(in_child(crash_after_print, err, sizeof err) == 128 + SIGABRT && strstr(err, "printed before the crash"));
    CHECK(in_child(overflow_after_print, err, sizeof err) == 128 + SIGSEGV && strstr(err, "printed before the overflow"));
    const char *error = NULL;
    CHECK(tryout_parse("[1,2", &error) == NULL && error != NULL);
    CHECK(tryout_parse("1 2", &error) == NULL);
}

int main(void) {
    scalars();
    arrays();
    writers();
    nodes();
    faults();
    printf("ok %d\n", checks);
    return 0;
}
