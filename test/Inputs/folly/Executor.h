// coro-tidy test stand-in for <folly/Executor.h>: folly::Executor and
// Executor::KeepAlive<> (implicitly made from an Executor*).
#pragma once
#include <functional>

namespace folly {
class Executor {
public:
  virtual ~Executor() = default;
  virtual void add(std::function<void()> fn) { (void)fn; }

  template <typename ExecutorT = Executor> class KeepAlive {
  public:
    KeepAlive() = default;
    KeepAlive(ExecutorT *ex) : ex_(ex) {}
    ExecutorT *get() const { return ex_; }
    ExecutorT *operator->() const { return ex_; }

  private:
    ExecutorT *ex_ = nullptr;
  };

  template <typename ExecutorT>
  static KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT *ex) {
    return KeepAlive<ExecutorT>(ex);
  }
};
} // namespace folly
