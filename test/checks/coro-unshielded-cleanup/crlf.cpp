// A file with CRLF line breaks keeps them: the inserted shield adds no bare LF.
// RUN: %python -c "import sys; d = open(sys.argv[1], newline='').read(); open(sys.argv[2], 'w', newline='').write(d.replace('\n', '\r\n'))" %s %t.cpp
// RUN: %coro_tidy --checks='-*,coro-unshielded-cleanup' --fix %t.cpp -- %coro_std
// RUN: %python -c "import sys; d = open(sys.argv[1], 'rb').read(); sys.exit(d.count(b'\n') != d.count(b'\r\n') or b'\r\n  co_await boost::asio::this_coro::reset_cancellation_state();\r\n  co_await release();\r\n' not in d)" %t.cpp
// RUN: %clangxx -fsyntax-only %coro_std %t.cpp
#include <boost/asio.hpp>
#include <exception>

boost::asio::awaitable<void> work();
boost::asio::awaitable<void> release();

boost::asio::awaitable<void> crlf() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}
