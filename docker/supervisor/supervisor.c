/* Placeholder supervisor: replaced by the full implementation. */
#include <stdio.h>
int main(void) { fputs("{\"type\":\"ready\"}\n", stdout); return 0; }
