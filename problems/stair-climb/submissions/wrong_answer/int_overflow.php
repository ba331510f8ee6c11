// Keeps the count in 32 bits (as a C int would), which overflows from n = 46 on.
class Solution {

    /**
     * @param Integer $n
     * @return Integer
     */
    function climbStairs($n) {
        [$prev, $cur] = [1, 1];
        for ($i = 1; $i < $n; $i++) {
            $next = ($prev + $cur) & 0xFFFFFFFF;
            [$prev, $cur] = [$cur, $next >= 0x80000000 ? $next - 0x100000000 : $next];
        }
        return $cur;
    }
}
