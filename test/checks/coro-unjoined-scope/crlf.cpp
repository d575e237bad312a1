// A file with CRLF line breaks keeps them: the appended join adds no bare LF.
// RUN: %python -c "import sys; d = open(sys.argv[1], newline='').read(); open(sys.argv[2], 'w', newline='').write(d.replace('\n', '\r\n'))" %s %t.cpp
// RUN: %coro_tidy --checks='-*,coro-unjoined-scope' --fix %t.cpp -- %coro_std
// RUN: %python -c "import sys; d = open(sys.argv[1], 'rb').read(); sys.exit(d.count(b'\n') != d.count(b'\r\n') or b'  co_await other();\r\n  co_await scope.join();\r\n}' not in d)" %t.cpp
// RUN: %clangxx -fsyntax-only %coro_std %t.cpp
#include <cppcoro/async_scope.hpp>
#include <cppcoro/task.hpp>

cppcoro::task<void> work();
cppcoro::task<void> other();

cppcoro::task<void> crlf() {
  cppcoro::async_scope scope;
  scope.spawn(work());
  co_await other();
}
