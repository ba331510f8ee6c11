class Solution {

    /**
     * @param Integer $n
     * @return Integer
     */
    function climbStairs($n) {
        // PHP integers are 64-bit: the 75th step (about 3.4e15) fits.
        [$prev, $cur] = [1, 1];
        for ($i = 1; $i < $n; $i++) [$prev, $cur] = [$cur, $prev + $cur];
        return $cur;
    }
}
