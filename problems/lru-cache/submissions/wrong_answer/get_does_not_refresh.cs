// Bug: a get does not refresh recency, so the cache evicts in insertion order (FIFO).
public class LRUCache {
    private readonly int capacity;
    private readonly Dictionary<int, LinkedListNode<KeyValuePair<int, int>>> map = new Dictionary<int, LinkedListNode<KeyValuePair<int, int>>>();
    private readonly LinkedList<KeyValuePair<int, int>> order = new LinkedList<KeyValuePair<int, int>>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int Get(int key) {
        LinkedListNode<KeyValuePair<int, int>> node;
        return map.TryGetValue(key, out node) ? node.Value.Value : -1;
    }

    public void Put(int key, int value) {
        LinkedListNode<KeyValuePair<int, int>> node;
        if (map.TryGetValue(key, out node)) {
            order.Remove(node);
        } else if (map.Count >= capacity) {
            map.Remove(order.Last.Value.Key);
            order.RemoveLast();
        }
        map[key] = order.AddFirst(new KeyValuePair<int, int>(key, value));
    }
}
