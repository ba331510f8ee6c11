// Four threads each burn 0.4 s of CPU: no single thread passes the 1 s limit, the process does.
#include <atomic>
#include <ctime>
#include <iostream>
#include <thread>
#include <vector>
static double thread_cpu() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}
int main() {
  std::vector<std::thread> ts;
  for (int i = 0; i < 4; i++)
    ts.emplace_back([] {
      volatile unsigned long x = 0;
      while (thread_cpu() < 0.4) x++;
    });
  for (auto &t : ts) t.join();
  std::cout << "ok" << std::endl;
}
