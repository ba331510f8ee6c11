/*
 * What a C candidate's file sees before its first line, as on LeetCode: the standard headers
 * and, when the problem's signature uses them, LeetCode's node structs. The harness compiles the
 * candidate's file through candidate.c, which includes this header and then solution.c.
 */
#ifndef TRYOUT_PRELUDE_H
#define TRYOUT_PRELUDE_H

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef TRYOUT_LIST_NODE
struct ListNode {
    int val;
    struct ListNode *next;
};
#endif

#ifdef TRYOUT_TREE_NODE
struct TreeNode {
    int val;
    struct TreeNode *left;
    struct TreeNode *right;
};
#endif

#endif
