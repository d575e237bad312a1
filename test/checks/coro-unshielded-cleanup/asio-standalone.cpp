// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std -DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1
// Standalone asio 1.22 (Debian libasio-dev): the fix-it is spelled 'asio::'.
#include <asio.hpp>
#include <exception>

asio::awaitable<void> work();
asio::awaitable<void> release();

asio::awaitable<void> unshielded() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after a cancellation, when every await fails at once; shield it with 'co_await asio::this_coro::reset_cancellation_state();' before it [coro-unshielded-cleanup]
  // CHECK-FIXES: {{^}}  co_await asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

asio::awaitable<void> shielded() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await asio::this_coro::throw_if_cancelled(false);
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

// The handler catches asio's cancellation error and sets a flag.
asio::awaitable<void> systemError() {
  bool aborted = false;
  try {
    co_await work();
  } catch (const asio::system_error &) {
    aborted = true;
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  if (aborted)
    throw asio::system_error(asio::error::operation_aborted);
}
