// Bug: drops duplicate timestamps, but equal events are distinct events.
class Solution {

    /**
     * @param Integer[][] $streams
     * @return Integer[]
     */
    function mergeStreams($streams) {
        $all = array_unique(array_merge([], ...$streams));
        sort($all);
        return $all;
    }
}
