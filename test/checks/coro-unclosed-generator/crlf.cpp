// A file with CRLF line breaks keeps them: the wrapping fix adds no bare LF.
// RUN: %python -c "import sys; d = open(sys.argv[1], newline='').read(); open(sys.argv[2], 'w', newline='').write(d.replace('\n', '\r\n'))" %s %t.cpp
// RUN: %coro_tidy --checks='-*,coro-unclosed-generator' --fix %t.cpp -- %coro_std
// RUN: %python -c "import sys; d = open(sys.argv[1], 'rb').read(); sys.exit(d.count(b'\n') != d.count(b'\r\n') or b'  {\r\n    auto m = messages();' not in d)" %t.cpp
// RUN: %clangxx -fsyntax-only %coro_std %t.cpp
#include <inhouse/inhouse.h>

acme::AsyncStream<int> messages();
acme::Job<void> flush();

acme::Job<void> crlf() {
  auto m = messages();
  co_await m.next();
  while (auto v = co_await m.next()) {
    if (*v)
      break;
  }
  co_await flush();
}
