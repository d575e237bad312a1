// A file with CRLF line breaks keeps them: the inserted handler and the
// inserted statement add no bare LF.
// RUN: %python -c "import sys; d = open(sys.argv[1], newline='').read(); open(sys.argv[2], 'w', newline='').write(d.replace('\n', '\r\n'))" %s %t.cpp
// RUN: %coro_tidy --checks='-*,coro-swallowed-cancellation' --fix %t.cpp -- %coro_std
// RUN: %python -c "import sys; d = open(sys.argv[1], 'rb').read(); sys.exit(d.count(b'\n') != d.count(b'\r\n') or b'    }\r\n    catch (const folly::OperationCancelled &) { throw; }\r\n    catch (...) {\r\n' not in d or b'&e) {\r\n      if (e.code() == boost::asio::error::operation_aborted) throw;\r\n      log(e.what());\r\n' not in d)" %t.cpp
// RUN: %clangxx -fsyntax-only %coro_std %t.cpp
#include <boost/asio.hpp>
#include <folly/OperationCancelled.h>
#include <folly/coro/Task.h>

folly::coro::Task<void> poll();
boost::asio::awaitable<void> readSome();
void log(const char *);

folly::coro::Task<void> follyLoop() {
  while (true) {
    try {
      co_await poll();
    } catch (...) {
      log("folly");
    }
  }
}

boost::asio::awaitable<void> asioLoop() {
  while (true) {
    try {
      co_await readSome();
    } catch (const boost::system::system_error &e) {
      log(e.what());
    }
  }
}
