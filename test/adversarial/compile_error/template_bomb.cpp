// adversarial: compileCpuMs=3000
// 2^30 distinct instantiations (each level doubles the types, none memoizable):
// the compile step hits its CPU limit and is reported as a compile error.
template <class T, int N> struct X {
  using a = typename X<X<T, N - 1> *, N - 1>::type;
  using b = typename X<X<T, N - 1> **, N - 1>::type;
  using type = int;
};
template <class T> struct X<T, 0> {
  using type = int;
};
int main() {
  X<int, 30>::type v = 0;
  return v;
}
