#include <vector>

int main() {
    std::vector<int> v = "nope";
    return v.size()
}
