// coro-tidy test stand-in for <async_simple/executors/SimpleExecutor.h>:
// async_simple::executors::SimpleExecutor(threadNum), a thread-pool Executor.
#pragma once
#include <cstddef>
#include <functional>

#include <async_simple/Executor.h>

namespace async_simple::executors {
class SimpleExecutor : public Executor {
public:
  explicit SimpleExecutor(std::size_t threadNum) : Executor("SimpleExecutor") { (void)threadNum; }
  bool schedule(Func func) override {
    (void)func;
    return true;
  }
  bool currentThreadInExecutor() const override { return false; }
};
} // namespace async_simple::executors
