class Solution {

    /**
     * @param Integer $numCourses
     * @param Integer[][] $prerequisites
     * @return Boolean
     */
    function canFinish($numCourses, $prerequisites) {
        $indegree = array_fill(0, $numCourses, 0);
        $next = array_fill(0, $numCourses, []);
        foreach ($prerequisites as [$a, $b]) {
            $next[$b][] = $a;
            $indegree[$a]++;
        }
        $queue = [];
        for ($i = 0; $i < $numCourses; $i++) {
            if ($indegree[$i] === 0) $queue[] = $i;
        }
        for ($head = 0; $head < count($queue); $head++) {
            foreach ($next[$queue[$head]] as $c) {
                if (--$indegree[$c] === 0) $queue[] = $c;
            }
        }
        return count($queue) === $numCourses;
    }
}
