// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
// In templates every co_await is dependent; generators of dependent type are
// known only in instantiations. Reported once per spelled location.
#include <generator>
#include <inhouse/inhouse.h>

std::generator<int> numbers();
acme::Job<void> flush();
void use(int);

// A known generator type in a template: reported from the pattern.
template <class T> acme::Job<void> known(T limit) {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  // CHECK-FIXES: {{^}}  for (auto g = numbers(); int x : g) {{{$}}
  for (int x : g) {
    if (x > limit)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}

// A dependent generator type: reported from the instantiation, once.
template <class Gen> acme::Job<void> dependent(Gen (*make)()) {
  auto g = make();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  // CHECK-FIXES: {{^}}  for (auto g = make(); int x : g) {{{$}}
  for (int x : g) {
    if (x)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}

template <class T> struct Reader {
  acme::Job<void> member() {
    auto g = numbers();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
    // CHECK-FIXES: {{^}}    for (auto g = numbers(); int x : g) {{{$}}
    for (int x : g) {
      if (x)
        break;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'break' leaves the loop here while 'g' is suspended
    }
    co_await flush();
  }
};

acme::Job<void> instantiate() {
  co_await known(3);
  co_await known(4L);
  co_await dependent(numbers);
  co_await dependent(numbers);
  co_await Reader<int>{}.member();
  co_await Reader<long>{}.member();
}

// Negative twins: nothing suspends after the loop in the template; a
// lambda's await does not run after the loop.
template <class T> acme::Job<void> quiet(T limit) {
  auto g = numbers();
  for (int x : g)
    if (x > limit)
      break;
  auto later = []() -> acme::Job<void> { co_await flush(); };
  (void)later;
  co_return;
}
acme::Job<void> useQuiet() { co_await quiet(1); }
