class Solution {

    /**
     * @param String[] $ids
     * @param Integer[] $timestamps
     * @param Integer $ttlMs
     * @return Boolean[]
     */
    function processRequests($ids, $timestamps, $ttlMs) {
        $processedAt = [];
        $out = [];
        foreach ($ids as $i => $key) {
            $t = $timestamps[$i];
            if (isset($processedAt[$key]) && $t - $processedAt[$key] < $ttlMs) {
                $out[] = false;
            } else {
                $processedAt[$key] = $t;
                $out[] = true;
            }
        }
        return $out;
    }
}
