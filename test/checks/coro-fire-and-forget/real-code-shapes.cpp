// Shapes from real code (folly's Invoke.h, QCoro's generator iterator):
// what never runs or is no task is not reported.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <folly/coro/Task.h>
#include <coroutine>
#include <type_traits>
#include <utility>

folly::coro::Task<void> f();

// Unevaluated: a decltype in a type alias and in a trailing return type.
using Comma = decltype(f(), 1);
template <typename T>
auto detect(int) -> decltype(static_cast<void>(f()), std::true_type{});
template <typename T> auto detectComma(int) -> decltype(f(), std::true_type{});
// Negative twin's positive: the same comma inside a function body runs.
int evaluated() { return (f(), 1); }
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: task returned by 'f' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]

// An iterator with a private promise_type alias is no coroutine type.
template <typename T> struct GenPromise;
template <typename T> class GenIter {
  using promise_type = GenPromise<T>;
public:
  GenIter operator++() { return *this; }
  std::coroutine_handle<> h;
};
void step(GenIter<int> it) { ++it; }

// A test-case macro that defines several functions at one place, the last
// of which takes the written body (Boost.Test's BOOST_AUTO_TEST_CASE).
#define TEST_CASE(name)                                                        \
  static void name##_invoker() {}                                              \
  static void name##_registrar() {}                                            \
  struct name {                                                                \
    void test_method();                                                        \
  };                                                                           \
  void name::test_method()
TEST_CASE(first) {
  f();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'f' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
}
