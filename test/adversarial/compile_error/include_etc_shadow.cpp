// The compiler runs in the sandbox too: /etc/shadow is the image's, and unreadable.
#include "/etc/shadow"
int main() {}
