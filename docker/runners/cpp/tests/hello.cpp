#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string name;
    std::getline(std::cin, name);
    std::cout << "Hello, " << name << "!\n";
    return 0;
}
