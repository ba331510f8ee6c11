class LRUCache {
    private $capacity;
    /** PHP arrays keep insertion order: the first key is the least recently used. */
    private $entries = [];

    /**
     * @param Integer $capacity
     */
    function __construct($capacity) {
        $this->capacity = $capacity;
    }

    /**
     * @param Integer $key
     * @return Integer
     */
    function get($key) {
        if (!array_key_exists($key, $this->entries)) return -1;
        $value = $this->entries[$key];
        unset($this->entries[$key]);
        $this->entries[$key] = $value;
        return $value;
    }

    /**
     * @param Integer $key
     * @param Integer $value
     * @return NULL
     */
    function put($key, $value) {
        if (array_key_exists($key, $this->entries)) {
            unset($this->entries[$key]);
        } elseif (count($this->entries) >= $this->capacity) {
            unset($this->entries[array_key_first($this->entries)]);
        }
        $this->entries[$key] = $value;
    }
}
