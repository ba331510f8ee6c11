/*
 * The C harness runtime: reads a test's JSON input into LeetCode's C types (arrays as pointer +
 * size, 2-D arrays with column sizes, char* strings, bool, struct ListNode / TreeNode) and writes
 * the candidate's results as JSON to fd 3. The generated main.c only glues a signature to these
 * calls. Input errors abort with TRYOUT_ABORT_EXIT (the judge's harness-abort code, passed with -D);
 * a result JSON cannot hold is the candidate's fault (exit 1, reason on stderr).
 */
#ifndef TRYOUT_H
#define TRYOUT_H

/* The runtime and the glue always see both node types; the candidate only those its signature uses. */
#ifndef TRYOUT_LIST_NODE
#define TRYOUT_LIST_NODE 1
#endif
#ifndef TRYOUT_TREE_NODE
#define TRYOUT_TREE_NODE 1
#endif
#include "tryout_prelude.h"

#ifndef TRYOUT_ABORT_EXIT
#error "compile with -DTRYOUT_ABORT_EXIT=<the judge's harness-abort exit code>"
#endif

/* char* under a name the array macros can put `const` after. */
typedef char *tryout_str;

typedef enum { TRYOUT_NULL, TRYOUT_BOOL, TRYOUT_NUM, TRYOUT_STR, TRYOUT_ARR } TryoutKind;

typedef struct TryoutJson {
    TryoutKind kind;
    bool b;
    char *text; /* a number's literal or a string's value, NUL-terminated */
    struct TryoutJson *items;
    int n;
} TryoutJson;

/* ---- the protocol */

/* `tryout harness: <what>: <detail>` on stderr, exit TRYOUT_ABORT_EXIT. */
_Noreturn void tryout_abort(const char *what, const char *detail);
/* The candidate's result cannot be written: reason on stderr, exit 1 (its own verdict). */
_Noreturn void tryout_candidate_fault(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Called first in main: if the candidate's code crashes (a failed assert, a bad pointer, a stack
 * overflow), what it printed so far still reaches stdout before the signal ends the process.
 */
void tryout_flush_on_crash(void);

/* ---- input */

/* Parses one JSON text; NULL (with a reason in *error) when it is not exactly one value. */
TryoutJson *tryout_parse(const char *text, const char **error);
/* Every non-blank stdin line parsed as JSON; aborts on fewer than `want` lines or bad JSON. */
TryoutJson *tryout_read_input(int want);

int tryout_int(const TryoutJson *v);
long long tryout_long(const TryoutJson *v);
double tryout_double(const TryoutJson *v);
bool tryout_bool(const TryoutJson *v);
char *tryout_string(const TryoutJson *v);
int *tryout_int_array(const TryoutJson *v, int *size);
long long *tryout_long_array(const TryoutJson *v, int *size);
double *tryout_double_array(const TryoutJson *v, int *size);
bool *tryout_bool_array(const TryoutJson *v, int *size);
char **tryout_string_array(const TryoutJson *v, int *size);
int **tryout_int_matrix(const TryoutJson *v, int *size, int **colSizes);
long long **tryout_long_matrix(const TryoutJson *v, int *size, int **colSizes);
double **tryout_double_matrix(const TryoutJson *v, int *size, int **colSizes);
bool **tryout_bool_matrix(const TryoutJson *v, int *size, int **colSizes);
char ***tryout_string_matrix(const TryoutJson *v, int *size, int **colSizes);
struct ListNode *tryout_list(const TryoutJson *v);
struct TreeNode *tryout_tree(const TryoutJson *v);

/* Design problems: checks the operations line and the arguments line; returns the operation count. */
int tryout_operations(const TryoutJson *ops, const TryoutJson *args, const char *className);
/* The i-th operation's arguments, checked to hold exactly `want` values. */
const TryoutJson *tryout_arguments(const TryoutJson *ops, const TryoutJson *args, int i, int want);
/* Aborts: the i-th operation names no method of the class. */
_Noreturn void tryout_unknown_operation(const TryoutJson *ops, int i);

/* ---- output: results are written as soon as a call returns */

typedef struct {
    char *data;
    size_t len, cap;
} TryoutOut;

void tryout_raw(TryoutOut *o, const char *s);
void tryout_write_int(TryoutOut *o, int x);
void tryout_write_long(TryoutOut *o, long long x);
void tryout_write_double(TryoutOut *o, double x);
void tryout_write_bool(TryoutOut *o, bool x);
void tryout_write_string(TryoutOut *o, const char *s);
/* Arrays: a size the candidate never set (still -1) or a NULL array with a positive size fail it. */
void tryout_write_int_array(TryoutOut *o, const int *a, int size);
void tryout_write_long_array(TryoutOut *o, const long long *a, int size);
void tryout_write_double_array(TryoutOut *o, const double *a, int size);
void tryout_write_bool_array(TryoutOut *o, const bool *a, int size);
void tryout_write_string_array(TryoutOut *o, char *const *a, int size);
void tryout_write_int_matrix(TryoutOut *o, int *const *a, int size, const int *colSizes);
void tryout_write_long_matrix(TryoutOut *o, long long *const *a, int size, const int *colSizes);
void tryout_write_double_matrix(TryoutOut *o, double *const *a, int size, const int *colSizes);
void tryout_write_bool_matrix(TryoutOut *o, bool *const *a, int size, const int *colSizes);
void tryout_write_string_matrix(TryoutOut *o, char **const *a, int size, const int *colSizes);
/* Fails the candidate on a cycle (list) or a cycle or shared node (tree). */
void tryout_write_list(TryoutOut *o, const struct ListNode *head);
void tryout_write_tree(TryoutOut *o, const struct TreeNode *root);

/* Flushes the candidate's stdout, then writes the result to fd 3 (aborts when it cannot). */
void tryout_emit(const TryoutOut *o);

#endif
