// Exponential recursion: fine for n = 30, hopeless for n = 70.
class Solution {
public:
    long long climbStairs(int n) {
        if (n <= 2) return n;
        return climbStairs(n - 1) + climbStairs(n - 2);
    }
};
