// Forgets the empty subset.
class Solution {

    /**
     * @param Integer[] $nums
     * @return Integer[][]
     */
    function subsets($nums) {
        $out = [];
        foreach ($nums as $x) {
            foreach ($out as $s) {
                $s[] = $x;
                $out[] = $s;
            }
            $out[] = [$x];
        }
        return $out;
    }
}
