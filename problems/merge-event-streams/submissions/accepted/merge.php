class Solution {

    /**
     * @param Integer[][] $streams
     * @return Integer[]
     */
    function mergeStreams($streams) {
        // k-way merge: a min-heap of [value, stream, position]; ties by stream keep it stable.
        $heap = new class extends SplHeap {
            protected function compare($a, $b): int { return [$b[0], $b[1]] <=> [$a[0], $a[1]]; }
        };
        foreach ($streams as $i => $s) {
            if ($s) $heap->insert([$s[0], $i, 0]);
        }
        $out = [];
        while (!$heap->isEmpty()) {
            [$value, $i, $j] = $heap->extract();
            $out[] = $value;
            if ($j + 1 < count($streams[$i])) $heap->insert([$streams[$i][$j + 1], $i, $j + 1]);
        }
        return $out;
    }
}
