public class LRUCache {
    private readonly int capacity;
    private readonly Dictionary<int, LinkedListNode<KeyValuePair<int, int>>> map = new Dictionary<int, LinkedListNode<KeyValuePair<int, int>>>();
    // Most recently used first.
    private readonly LinkedList<KeyValuePair<int, int>> order = new LinkedList<KeyValuePair<int, int>>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int Get(int key) {
        LinkedListNode<KeyValuePair<int, int>> node;
        if (!map.TryGetValue(key, out node)) return -1;
        order.Remove(node);
        order.AddFirst(node);
        return node.Value.Value;
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
