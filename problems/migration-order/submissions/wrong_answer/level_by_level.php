// Bug: runs whole "levels" (sorted) at a time: a valid order, but not the smallest one.
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
        $level = [];
        foreach ($names as $n) {
            if ($waiting[$n] === 0) $level[] = (string) $n;
        }
        $order = [];
        while ($level) {
            sort($level, SORT_STRING);
            array_push($order, ...$level);
            $next = [];
            foreach ($level as $n) {
                foreach ($unblocks[$n] as $m) {
                    if (--$waiting[$m] === 0) $next[] = (string) $m;
                }
            }
            $level = $next;
        }
        return count($order) === count($names) ? $order : [];
    }
}
