// Bug: sums into a 32-bit int, overflowing for long durations.
class Solution {
public:
    long long parseDuration(string text) {
        if (text.empty()) return -1;
        const string order = "dhms";
        const int sizes[] = {86400, 3600, 60, 1};
        int total = 0, lastUnit = -1;
        size_t i = 0;
        while (i < text.size()) {
            size_t j = i;
            int number = 0;
            while (j < text.size() && isdigit((unsigned char)text[j])) number = number * 10 + (text[j++] - '0');
            if (j == i || j - i > 9 || j == text.size()) return -1;
            size_t unit = order.find(text[j]);
            if (unit == string::npos || (int)unit <= lastUnit) return -1;
            total += number * sizes[unit];
            lastUnit = unit;
            i = j + 1;
        }
        return total;
    }
};
