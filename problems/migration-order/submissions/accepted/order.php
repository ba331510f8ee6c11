class Solution {

    /**
     * @param String[] $names
     * @param String[][] $deps
     * @return String[]
     */
    function migrationOrder($names, $deps) {
        $waiting = [];
        $unblocks = [];
        foreach ($names as $n) {
            $waiting[$n] = 0;
            $unblocks[$n] = [];
        }
        foreach ($deps as [$a, $b]) {
            $unblocks[$b][] = $a;
            $waiting[$a]++;
        }
        // Kahn's algorithm with a min-heap: always run the smallest ready migration.
        // Names stay strings in the heap: as array keys PHP turns "10" into an int.
        $heap = new class extends SplHeap {
            protected function compare($a, $b): int { return strcmp($b, $a); }
        };
        foreach ($names as $n) {
            if ($waiting[$n] === 0) $heap->insert((string) $n);
        }
        $order = [];
        while (!$heap->isEmpty()) {
            $n = $heap->extract();
            $order[] = $n;
            foreach ($unblocks[$n] as $m) {
                if (--$waiting[$m] === 0) $heap->insert((string) $m);
            }
        }
        return count($order) === count($names) ? $order : [];
    }
}
