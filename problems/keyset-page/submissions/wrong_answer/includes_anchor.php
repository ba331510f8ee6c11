// Bug: stops at the first id >= the anchor, so the anchor itself is repeated on the next page.
class Solution {

    /**
     * @param Integer[] $sortedIds
     * @param Integer $afterId
     * @param Integer $limit
     * @return Integer[]
     */
    function nextPage($sortedIds, $afterId, $limit) {
        $lo = 0;
        $hi = count($sortedIds);
        while ($lo < $hi) {
            $mid = intdiv($lo + $hi, 2);
            if ($sortedIds[$mid] < $afterId) $lo = $mid + 1; else $hi = $mid;
        }
        return array_slice($sortedIds, $lo, $limit);
    }
}
