// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
// Both fix shapes: the declaration moves into the range-for init-statement,
// or the statements from the declaration to the end of the statement that
// holds the loop are wrapped in a block.
#include <generator>
#include <inhouse/inhouse.h>

std::generator<int> numbers();
acme::AsyncStream<int> messages();
acme::Job<void> flush();
void use(int);

#define GEN(name) auto name = numbers()
#define STOP_AT(v, n) if ((v) == (n)) break
#define EACH(x, g) for (int x : g)

acme::Job<void> moveIntoFor() {
  // The numbers.
  auto g = numbers(); // one per line
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}  // The numbers.{{$}}
// CHECK-FIXES-NEXT: {{^}}  // one per line{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (auto g = numbers(); int x : g) {{{$}}

acme::Job<void> moveIntoForNoComment() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  for (int x : g)
    if (x > 3)
      break;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> moveIntoForNoComment() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (auto g = numbers(); int x : g){{$}}

// The generator is used before the loop: wrap.
acme::Job<void> usedBefore() {
  auto m = messages();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 'm' stays suspended {{.*}}
  auto header = co_await m.next();
  (void)header;
  while (auto v = co_await m.next()) {
    // Stop at the first empty message.
    if (*v == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'm' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> usedBefore() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  {{{$}}
// CHECK-FIXES-NEXT: {{^}}    auto m = messages();{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    auto header = co_await m.next();{{$}}
// CHECK-FIXES-NEXT: {{^}}    (void)header;{{$}}
// CHECK-FIXES-NEXT: {{^}}    while (auto v = co_await m.next()) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      // Stop at the first empty message.{{$}}
// CHECK-FIXES-NEXT: {{^}}      if (*v == 0){{$}}
// CHECK-FIXES-NEXT: {{^}}        break;{{$}}
// CHECK-FIXES-NEXT: {{^}}      //{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await flush();{{$}}

// The loop is nested in an if: the block ends with the if statement.
acme::Job<void> nestedInIf(bool b) {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  if (b) {
    for (int x : g) {
      if (x > 3)
        break;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'break' leaves the loop here while 'g' is suspended
    }
  } // if b
  co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> nestedInIf(bool b) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  {{{$}}
// CHECK-FIXES-NEXT: {{^}}    auto g = numbers();{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    if (b) {{{$}}
// CHECK-FIXES: {{^}}    } // if b{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await flush();{{$}}

// A suspension point inside the statement that holds the loop: wrapping
// would not help, so no fix.
acme::Job<void> awaitInsideIf(bool b) {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  if (b) {
    for (int x : g) {
      if (x > 3)
        break;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'break' leaves the loop here while 'g' is suspended
    }
    co_await flush();
  }
}
// CHECK-FIXES: {{^}}acme::Job<void> awaitInsideIf(bool b) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  auto g = numbers();{{$}}

// Nested loops: the inner break stays in the outer loop; the outer one
// leaves it.
acme::Job<void> nestedLoops() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  for (int x : g) {
    for (int i = 0; i < x; ++i)
      if (i == 2)
        break;
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}  for (auto g = numbers(); int x : g) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    for (int i = 0; i < x; ++i){{$}}

// A variable declared between the generator and the loop and used after it
// would go out of scope in a block: no fix.
acme::Job<void> declarationInBetween() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  int seen = 0;
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
    ++seen;
  }
  co_await flush();
  use(seen);
}
// CHECK-FIXES: {{^}}acme::Job<void> declarationInBetween() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  auto g = numbers();{{$}}

// A labelled goto out of the loop.
acme::Job<void> labelledGoto() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  for (int x : g) {
    if (x < 0)
      goto done;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'goto' leaves the loop here while 'g' is suspended
    use(x);
  }
  use(0);
done:
  co_await flush();
}
// CHECK-FIXES: {{^}}  for (auto g = numbers(); int x : g) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    if (x < 0){{$}}
// CHECK-FIXES-NEXT: {{^}}      goto done;{{$}}

acme::Job<void> labelledGotoWrapped() {
  auto m = messages();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 'm' stays suspended {{.*}}
  while (auto v = co_await m.next())
    if (*v < 0)
      goto done;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'goto' leaves the loop here while 'm' is suspended
done:
  co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> labelledGotoWrapped() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  {{{$}}
// CHECK-FIXES-NEXT: {{^}}    auto m = messages();{{$}}
// CHECK-FIXES: {{^}}        goto done;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}done:{{$}}

// Negative twin: a goto back before the loop resumes the generator again.
acme::Job<void> gotoBack(bool again) {
  auto g = numbers();
retry:
  for (int x : g) {
    if (x > 3)
      break;
  }
  co_await flush();
  if (again) {
    again = false;
    goto retry;
  }
}

// Macros: no fix inside a macro.
acme::Job<void> declaredByMacro() {
  GEN(g);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: generator 'g' stays suspended {{.*}}
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}  GEN(g);{{$}}
// CHECK-FIXES: {{^}}  for (int x : g) {{{$}}

// The break comes from a macro; the declaration and the loop do not.
acme::Job<void> breakFromMacro() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  for (int x : g) {
    STOP_AT(x, 3);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}  for (auto g = numbers(); int x : g) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    STOP_AT(x, 3);{{$}}

// The loop header comes from a macro: no fix.
acme::Job<void> loopFromMacro() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  EACH(x, g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> loopFromMacro() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  auto g = numbers();{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  EACH(x, g) {{{$}}

// Statements sharing a line with the declaration: the braces go inline.
acme::Job<void> oneLine() {
  use(1); auto g = numbers(); for (int x : g) { if (x > 3) break; } use(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: generator 'g' stays suspended {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:60: note: 'break' leaves the loop here while 'g' is suspended
  co_await flush();
}
// CHECK-FIXES: {{^}}  use(1); for (auto g = numbers(); int x : g) { if (x > 3) break; } use(2);{{$}}

acme::Job<void> oneLineWrapped() {
  auto m = messages(); co_await m.next(); while (auto v = co_await m.next()) if (*v) break;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 'm' stays suspended {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:86: note: 'break' leaves the loop here while 'm' is suspended
  co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> oneLineWrapped() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  {{{$}}
// CHECK-FIXES-NEXT: {{^}}    auto m = messages(); co_await m.next(); while (auto v = co_await m.next()) if (*v) break;{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}

// Inline braces when the first statement does not start its line.
acme::Job<void> inlineBraces() {
  use(1); auto m = messages(); co_await m.next(); while (auto v = co_await m.next()) if (*v) break;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: async generator 'm' stays suspended {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:94: note: 'break' leaves the loop here while 'm' is suspended
  co_await flush();
}
// CHECK-FIXES: {{^}}  use(1); { auto m = messages(); co_await m.next(); while (auto v = co_await m.next()) if (*v) break; }{{$}}

// The generator's name is spelled after the loop (not a use): a narrower
// scope would break `decltype(g)`, so no fix.
acme::Job<void> spelledAfter() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  decltype(g) more = numbers();
  co_await flush();
  for (int x : more)
    use(x);
}
// CHECK-FIXES: {{^}}acme::Job<void> spelledAfter() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  auto g = numbers();{{$}}

// The same for a variable declared between the generator and the loop.
acme::Job<void> spelledAfterWrapped() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  int limit = 3;
  for (int x : g) {
    if (x > limit)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  decltype(limit) other = 0;
  co_await flush();
  use(other);
}
// CHECK-FIXES: {{^}}acme::Job<void> spelledAfterWrapped() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  auto g = numbers();{{$}}

// The range-for has an init-statement already: wrap instead.
acme::Job<void> loopWithInit() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  for (int n = 0; int x : g) {
    if (++n > x)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> loopWithInit() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  {{{$}}
// CHECK-FIXES-NEXT: {{^}}    auto g = numbers();{{$}}
// CHECK-FIXES-NEXT: {{^}}    //{{$}}
// CHECK-FIXES-NEXT: {{^}}    for (int n = 0; int x : g) {{{$}}
// CHECK-FIXES: {{^}}    }{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await flush();{{$}}

// A declaration in column 0: its line goes with it.
acme::Job<void> columnZero() {
auto g = numbers();
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: generator 'g' stays suspended {{.*}}
for (int x : g) {
  if (x)
    break;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'break' leaves the loop here while 'g' is suspended
}
co_await flush();
}
// CHECK-FIXES: {{^}}acme::Job<void> columnZero() {{{$}}
// CHECK-FIXES-NEXT: {{^}}//{{$}}
// CHECK-FIXES-NEXT: {{^}}for (auto g = numbers(); int x : g) {{{$}}
