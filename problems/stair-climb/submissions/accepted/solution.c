// Fibonacci bottom-up in 64 bits: the count for n = 75 is about 3.4e15.
long long climbStairs(int n) {
    long long prev = 1, cur = 1;
    for (int i = 1; i < n; i++) {
        long long next = prev + cur;
        prev = cur;
        cur = next;
    }
    return cur;
}
