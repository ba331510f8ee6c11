#include <iostream>

int main() {
    std::cout << missing_symbol << std::endl
}
