// Synchronous generators of async_simple and concurrencpp left suspended by
// an early break.
// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
#include <async_simple/coro/Generator.h>
#include <async_simple/coro/Lazy.h>
#include <concurrencpp/concurrencpp.h>
#include <string>
async_simple::coro::Generator<std::string> lines();
concurrencpp::generator<int> numbers();
async_simple::coro::Lazy<void> send(std::string);
async_simple::coro::Lazy<void> greet() {
  auto ls = lines();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'ls' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (const std::string &l : ls) {
    if (l.empty())
      break;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'ls' is suspended
    co_await send(l);
  }
  co_await send("ready");
}
// CHECK-FIXES: {{^}}  for (auto ls = lines(); const std::string &l : ls) {{{$}}
concurrencpp::result<void> count() {
  auto ns = numbers();
  for (int n : ns) {
    if (n > 3)
      break;
  }
  co_return;
}

// Negative twins: consumed to the end; the loop owns the generator.
async_simple::coro::Lazy<void> greetAll() {
  auto ls = lines();
  for (const std::string &l : ls)
    co_await send(l);
  co_await send("ready");
}
concurrencpp::result<void> countSome() {
  for (int n : numbers())
    if (n > 3)
      break;
  co_return;
}
