// coro-tidy test stand-in for <async_simple/Executor.h>:
// async_simple::Executor (abstract: virtual bool schedule(Func) = 0,
// currentThreadInExecutor(), checkout()/checkin()) and the tag
// async_simple::CurrentExecutor (`co_await CurrentExecutor{}` gives the
// Lazy's Executor*).
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>

namespace async_simple {
struct CurrentExecutor {};

class Executor {
public:
  using Context = void *;
  static constexpr Context NULLCTX = nullptr;
  using Duration = std::chrono::duration<int64_t, std::micro>;
  using Func = std::function<void()>;

  Executor(std::string name = "default") : _name(std::move(name)) {}
  virtual ~Executor() {}
  Executor(const Executor &) = delete;
  Executor &operator=(const Executor &) = delete;

  virtual bool schedule(Func func) = 0;
  enum class Priority { DEFAULT = 0, YIELD = 8 };
  virtual bool schedule(Func func, uint64_t schedule_info) {
    (void)schedule_info;
    return schedule(std::move(func));
  }
  virtual bool currentThreadInExecutor() const { return false; }
  virtual Context checkout() { return NULLCTX; }
  virtual bool checkin(Func func, Context ctx) {
    (void)ctx;
    return schedule(std::move(func));
  }

private:
  std::string _name;
};
} // namespace async_simple
