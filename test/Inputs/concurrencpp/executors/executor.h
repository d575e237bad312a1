// coro-tidy test stand-in for <concurrencpp/executors/executor.h>.
// concurrencpp::executor (abstract; name, enqueue, max_concurrency_level,
// shutdown_requested, shutdown):
//  - post(callable, args...) -> void: runs it later; an exception it throws is
//    SWALLOWED (bind_with_try_catch): fire and forget.
//  - submit(callable, args...) -> result<R>: runs it later (an eager
//    `result<R>` coroutine with a leading executor_tag); the result carries
//    the exception.
//  - bulk_post(span), bulk_submit(span) -> std::vector<result<R>>.
//  - After shutdown(), enqueueing throws errors::runtime_shutdown.
// concurrencpp::derivable_executor<T> is the CRTP base of the concrete
// executors.
#pragma once
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <concurrencpp/results/promises.h>
#include <concurrencpp/results/result.h>

namespace concurrencpp {
using task = std::function<void()>;

class executor {
  template <class return_type, class executor_type, class callable_type, class... argument_types>
  static result<return_type> submit_bridge(executor_tag, executor_type &, callable_type callable,
                                           argument_types... arguments) {
    co_return callable(arguments...);
  }

public:
  const std::string name;

  executor(std::string_view name) : name(name) {}
  virtual ~executor() noexcept = default;

  virtual void enqueue(task task) = 0;
  virtual int max_concurrency_level() const noexcept = 0;
  virtual bool shutdown_requested() const = 0;
  virtual void shutdown() = 0;

  template <class callable_type, class... argument_types>
  void post(callable_type &&callable, argument_types &&...arguments) {
    (void)callable;
    (void)sizeof...(arguments);
  }

  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments) {
    using return_type = std::invoke_result_t<callable_type, argument_types...>;
    return submit_bridge<return_type>({}, *this, std::forward<callable_type>(callable),
                                      std::forward<argument_types>(arguments)...);
  }

  template <class callable_type> void bulk_post(std::span<callable_type> callable_list) {
    (void)callable_list;
  }
  template <class callable_type, class return_type = std::invoke_result_t<callable_type>>
  std::vector<result<return_type>> bulk_submit(std::span<callable_type> callable_list) {
    (void)callable_list;
    return {};
  }
};

template <class concrete_executor_type> class derivable_executor : public executor {
public:
  derivable_executor(std::string_view name) : executor(name) {}
  void enqueue(task task) override { (void)task; }
  int max_concurrency_level() const noexcept override { return 1; }
  bool shutdown_requested() const override { return false; }
  void shutdown() override {}
};

class thread_pool_executor final : public derivable_executor<thread_pool_executor> {
public:
  thread_pool_executor(std::string_view name = "thread_pool_executor")
      : derivable_executor(name) {}
};
class inline_executor final : public derivable_executor<inline_executor> {
public:
  inline_executor() : derivable_executor("inline_executor") {}
};
class thread_executor final : public derivable_executor<thread_executor> {
public:
  thread_executor() : derivable_executor("thread_executor") {}
};
class worker_thread_executor final : public derivable_executor<worker_thread_executor> {
public:
  worker_thread_executor() : derivable_executor("worker_thread_executor") {}
};
class manual_executor final : public derivable_executor<manual_executor> {
public:
  manual_executor() : derivable_executor("manual_executor") {}
  bool loop_once() { return false; }
  std::size_t loop(std::size_t max_count) { return max_count; }
};
} // namespace concurrencpp
