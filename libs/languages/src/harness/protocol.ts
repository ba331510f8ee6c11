/**
 * The function-problem harness protocol, shared by every language (README.md beside this file):
 * stdin is one test's `.in`, the result is ONE JSON value on this descriptor, and a harness that
 * cannot read its input or write the result exits HARNESS_ABORT_EXIT_CODE with HARNESS_MESSAGE_PREFIX
 * on stderr.
 */
export const HARNESS_RESULT_FD = 3;

/**
 * Exit code of a harness that could not read its input or write fd 3. Never trusted as proof of our
 * fault: the candidate's code runs in the same process and can exit with it too, and the input was
 * checked on the host before the run — so it is the candidate's runtime error.
 */
export const HARNESS_ABORT_EXIT_CODE = 97;

/** How every harness's own messages on stderr begin. */
export const HARNESS_MESSAGE_PREFIX = 'tryout harness: ';
