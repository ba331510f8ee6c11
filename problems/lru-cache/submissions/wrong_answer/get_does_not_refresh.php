// Bug: a read does not make the entry most recently used (FIFO eviction instead of LRU).
class LRUCache {
    private $capacity;
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
        return $this->entries[$key] ?? -1;
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
