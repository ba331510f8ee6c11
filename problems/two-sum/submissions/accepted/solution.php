class Solution {

    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer[]
     */
    function twoSum($nums, $target) {
        $seen = [];
        foreach ($nums as $i => $x) {
            if (isset($seen[$target - $x])) return [$seen[$target - $x], $i];
            $seen[$x] = $i;
        }
        return [];
    }
}
