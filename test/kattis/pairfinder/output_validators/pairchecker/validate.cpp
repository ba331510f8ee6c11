// Output validator for Pair Finder: any valid pair is accepted.
// Usage: validate input answer feedback_dir/ one_based < team_output
#include <cstring>
#include <iostream>
#include <sstream>
#include <fstream>
#include <vector>
#include "validate.h"

int main(int argc, char **argv) {
    if (argc < 4) judge_error("usage: validate input answer feedback_dir [flags]");
    feedback_dir = argv[3];
    bool one_based = false;
    for (int i = 4; i < argc; i++) {
        if (strcmp(argv[i], "one_based") == 0) one_based = true;
        else judge_error("unknown flag");
    }
    // The package always passes one_based (problem.yaml and testdata.yaml): its absence is our bug.
    if (!one_based) judge_error("validator flags were not passed");

    std::ifstream in(argv[1]), ans(argv[2]);
    long long n, t;
    if (!(in >> n >> t)) judge_error("bad input file");
    std::vector<long long> w(n);
    for (auto &x : w) in >> x;
    long long expected_first;
    if (!(ans >> expected_first)) judge_error("bad answer file");
    bool possible = expected_first != -1;

    std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::istringstream team(all);
    std::vector<std::string> tokens;
    for (std::string tok; team >> tok;) tokens.push_back(tok);

    if (!possible) {
        if (tokens.size() == 1 && tokens[0] == "-1") accept();
        wrong_answer("No pair exists for this input.", "expected -1, got %zu token(s)", tokens.size());
    }
    if (tokens.size() == 1 && tokens[0] == "-1") wrong_answer("A pair exists for this input.", "team said -1 but a pair exists");
    if (tokens.size() != 2) wrong_answer("Print exactly two positions.", "expected 2 tokens, got %zu", tokens.size());
    long long i, j;
    try {
        size_t p1, p2;
        i = std::stoll(tokens[0], &p1);
        j = std::stoll(tokens[1], &p2);
        if (p1 != tokens[0].size() || p2 != tokens[1].size()) throw std::invalid_argument("junk");
    } catch (...) {
        wrong_answer("Positions must be integers.", "non-integer tokens '%s' '%s'", tokens[0].c_str(), tokens[1].c_str());
    }
    if (i < 1 || j < 1 || i > n || j > n) wrong_answer("A position is out of range.", "positions %lld %lld out of 1..%lld", i, j, n);
    if (i == j) wrong_answer("The two positions must differ.", "same position %lld twice", i);
    if (w[i - 1] + w[j - 1] != t) {
        wrong_answer("The two weights do not add up to the capacity.", "w[%lld] + w[%lld] = %lld, want %lld", i, j, w[i - 1] + w[j - 1], t);
    }
    accept();
}
