// coro-tidy test stand-in for <seastar/core/task.hh>: seastar::task, the
// base of scheduled work (coroutine promises derive from it).
#pragma once

namespace seastar {
class task {
public:
  virtual ~task() noexcept = default;
  virtual void run_and_dispose() noexcept = 0;
  virtual task *waiting_task() noexcept = 0;
};
} // namespace seastar
