// A "system" header (included through -isystem) that discards tasks.
#pragma once
#include <folly/coro/Task.h>
folly::coro::Task<int> flush();
#define SYSTEM_FLUSH_LATER() flush()
inline folly::coro::Task<void> system_inline_user() {
  flush();
  co_return;
}
