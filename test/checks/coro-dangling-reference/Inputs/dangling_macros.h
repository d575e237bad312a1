// A system header's macros: one writes a whole call that keeps a task with
// a temporary argument (not the user's code), one writes a temporary that
// the user passes (reported at the macro's name).
#pragma once
#include <folly/coro/AsyncScope.h>
#include <folly/coro/Task.h>
#include <string>

folly::coro::Task<int> systemLookup(const std::string &key);
#define SYSTEM_SPAWN(scope, ex)                                                \
  (scope).add(co_withExecutor((ex), systemLookup(std::string("m"))))
#define SYSTEM_KEY(s) std::string(s)
