#include <vector>
#include <stdexcept>

int main() {
    std::vector<int> v;
    throw std::runtime_error("boom");  // uncaught: std::terminate → SIGABRT
    return v.at(3);
}
