class MedianFinder {
    /** The smaller half, largest on top. */
    private $low;
    /** The larger half, smallest on top. */
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
        if ($this->low->count() > $this->high->count()) return (float) $this->low->top();
        return ($this->low->top() + $this->high->top()) / 2;
    }
}
