// Bug: every request, duplicates included, refreshes the key's window.
class Solution {

    /**
     * @param String[] $ids
     * @param Integer[] $timestamps
     * @param Integer $ttlMs
     * @return Boolean[]
     */
    function processRequests($ids, $timestamps, $ttlMs) {
        $seen = [];
        $out = [];
        foreach ($ids as $i => $key) {
            $t = $timestamps[$i];
            $out[] = !(isset($seen[$key]) && $t - $seen[$key] < $ttlMs);
            $seen[$key] = $t;
        }
        return $out;
    }
}
