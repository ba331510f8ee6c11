#include <iostream>

int main() {
    int n;
    std::cin >> n;
    long long sum = 0;
    for (int i = 0; i + 1 < n; i++) {  // skips the last value
        long long v;
        std::cin >> v;
        sum += v;
    }
    std::cout << sum << '\n';
}
