// Bug: sorts ids as text, so "10" comes before "9".
class Solution {

    /**
     * @param String[][] $users
     * @param String[][] $orders
     * @return String[][]
     */
    function joinTables($users, $orders) {
        $nameOf = [];
        foreach ($users as [$uid, $name]) $nameOf[$uid] = $name;
        $rows = [];
        foreach ($orders as [$oid, $uid, $amount]) {
            if (array_key_exists($uid, $nameOf)) $rows[] = [(string) $uid, $nameOf[$uid], (string) $oid, $amount];
        }
        usort($rows, fn ($a, $b) => strcmp($a[0], $b[0]) ?: strcmp($a[2], $b[2]));
        return $rows;
    }
}
