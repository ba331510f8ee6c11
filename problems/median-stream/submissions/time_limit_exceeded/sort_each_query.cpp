// Copies and sorts all values on every query.
class MedianFinder {
    vector<int> vals;

public:
    MedianFinder() {}
    void addNum(int num) { vals.push_back(num); }
    double findMedian() {
        vector<int> s(vals);
        sort(s.begin(), s.end());
        size_t n = s.size();
        return n % 2 ? s[n / 2] : ((long long)s[n / 2 - 1] + s[n / 2]) / 2.0;
    }
};
