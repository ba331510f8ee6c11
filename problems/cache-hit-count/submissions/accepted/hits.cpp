class Solution {
public:
    int cacheHits(int capacity, vector<int>& accesses) {
        list<int> order;  // front = most recently used
        unordered_map<int, list<int>::iterator> where;
        int hits = 0;
        for (int k : accesses) {
            auto it = where.find(k);
            if (it != where.end()) {
                hits++;
                order.splice(order.begin(), order, it->second);
                continue;
            }
            if ((int)order.size() >= capacity) {
                where.erase(order.back());
                order.pop_back();
            }
            order.push_front(k);
            where[k] = order.begin();
        }
        return hits;
    }
};
