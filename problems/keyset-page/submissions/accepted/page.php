class Solution {

    /**
     * @param Integer[] $sortedIds
     * @param Integer $afterId
     * @param Integer $limit
     * @return Integer[]
     */
    function nextPage($sortedIds, $afterId, $limit) {
        // Binary search for the first id greater than the anchor (the anchor may be gone).
        $lo = 0;
        $hi = count($sortedIds);
        while ($lo < $hi) {
            $mid = intdiv($lo + $hi, 2);
            if ($sortedIds[$mid] <= $afterId) $lo = $mid + 1; else $hi = $mid;
        }
        return array_slice($sortedIds, $lo, $limit);
    }
}
