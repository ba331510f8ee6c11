class Solution {

    /**
     * @param String[][] $users
     * @param String[][] $orders
     * @return String[][]
     */
    function joinTables($users, $orders) {
        // Hash join: build on users, probe with orders. Ids are compared as numbers (they exceed 2^31).
        $nameOf = [];
        foreach ($users as [$uid, $name]) $nameOf[$uid] = $name;
        $rows = [];
        foreach ($orders as [$oid, $uid, $amount]) {
            if (array_key_exists($uid, $nameOf)) $rows[] = [(string) $uid, $nameOf[$uid], (string) $oid, $amount];
        }
        usort($rows, fn ($a, $b) => [(int) $a[0], (int) $a[2]] <=> [(int) $b[0], (int) $b[2]]);
        return $rows;
    }
}
