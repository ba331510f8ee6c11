class LFUCache {
    struct Entry { int value, uses; list<int>::iterator pos; };
    int capacity, minUses = 0;
    unordered_map<int, Entry> entries;
    unordered_map<int, list<int>> buckets;  // uses -> keys, most recently used at the front

    void touch(Entry& e, int key) {
        auto& b = buckets[e.uses];
        b.erase(e.pos);
        if (b.empty()) {
            buckets.erase(e.uses);
            if (minUses == e.uses) minUses++;
        }
        e.uses++;
        auto& nb = buckets[e.uses];
        nb.push_front(key);
        e.pos = nb.begin();
    }

public:
    LFUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = entries.find(key);
        if (it == entries.end()) return -1;
        touch(it->second, key);
        return it->second.value;
    }

    void put(int key, int value) {
        auto it = entries.find(key);
        if (it != entries.end()) {
            it->second.value = value;
            touch(it->second, key);
            return;
        }
        if ((int)entries.size() >= capacity) {
            auto& b = buckets[minUses];
            int victim = b.back();
            b.pop_back();
            if (b.empty()) buckets.erase(minUses);
            entries.erase(victim);
        }
        auto& b1 = buckets[1];
        b1.push_front(key);
        entries[key] = Entry{value, 1, b1.begin()};
        minUses = 1;
    }
};
