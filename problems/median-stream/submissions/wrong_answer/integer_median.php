// Averages the two middle values with integer division, losing the .5.
class MedianFinder {
    private $low;
    private $high;

    function __construct() {
        $this->low = new SplMaxHeap();
        $this->high = new SplMinHeap();
    }

    /**
     * @param Integer $num
     * @return NULL
     */
    function addNum($num) {
        $this->low->insert($num);
        $this->high->insert($this->low->extract());
        if ($this->high->count() > $this->low->count()) $this->low->insert($this->high->extract());
    }

    /**
     * @return Float
     */
    function findMedian() {
        if ($this->low->count() > $this->high->count()) return $this->low->top();
        return intdiv($this->low->top() + $this->high->top(), 2);
    }
}
