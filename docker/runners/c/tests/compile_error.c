#include <stdio.h>

int main(void) {
    printf("never\n")
    return undefined_variable;
}
