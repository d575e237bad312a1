// coro-tidy test stand-in for <concurrencpp/results/promises.h>.
// concurrencpp's return types have NO nested promise_type: the promise is
// chosen by std::coroutine_traits partial specializations from the return
// type AND the argument types:
//   coroutine_traits<null_result, Args...>
//       -> details::initialy_resumed_null_result_promise (suspend_never at both
//          ends, returns null_result, unhandled_exception SWALLOWS the error:
//          a detached, fire-and-forget coroutine);
//   coroutine_traits<result<T>, Args...>
//       -> details::initialy_resumed_result_promise<T> (EAGER: suspend_never,
//          final_suspend result_publisher; the exception goes to the result);
//   coroutine_traits<null_result / result<T>, executor_tag,
//                    std::shared_ptr<E> | E* | E&, Args...>
//       -> details::initialy_rescheduled_{null_,}result_promise<(T,) E>: the
//          FIRST parameter executor_tag makes the coroutine post itself to
//          the executor (initial_suspend is initial_scheduling_awaiter, derived
//          from suspend_always: it suspends and then runs on the executor, so
//          it still starts without being awaited; it throws
//          errors::broken_task if the executor could not run it);
//   coroutine_traits<lazy_result<T>, Args...>
//       -> details::lazy_promise<T> (LAZY: suspend_always).
// (Upstream opens CRCPP_COROUTINE_NAMESPACE, i.e. std.)
#pragma once
#include <coroutine>
#include <exception>
#include <memory>
#include <stdexcept>
#include <type_traits>

#include <concurrencpp/errors.h>
#include <concurrencpp/results/lazy_result.h>
#include <concurrencpp/results/result.h>
#include <concurrencpp/results/result_fwd_declarations.h>

namespace concurrencpp::details {
template <class executor_type> class initialy_rescheduled_promise {
  executor_type *m_initial_executor;

public:
  // The executor is the parameter after the leading executor_tag (after the
  // object argument for a member coroutine); a null pointer throws
  // std::invalid_argument.
  template <class... argument_types>
  initialy_rescheduled_promise(executor_tag, executor_type *executor, argument_types &&...)
      : m_initial_executor(executor) {
    if (!executor)
      throw std::invalid_argument("null executor");
  }
  template <class... argument_types>
  initialy_rescheduled_promise(executor_tag, executor_type &executor, argument_types &&...)
      : m_initial_executor(&executor) {}
  template <class... argument_types>
  initialy_rescheduled_promise(executor_tag, std::shared_ptr<executor_type> executor,
                               argument_types &&...)
      : initialy_rescheduled_promise(executor_tag{}, executor.get()) {}
  template <class class_type, class... argument_types>
  initialy_rescheduled_promise(class_type &&, executor_tag, std::shared_ptr<executor_type> executor,
                               argument_types &&...)
      : initialy_rescheduled_promise(executor_tag{}, executor.get()) {}

  class initial_scheduling_awaiter : public suspend_always {
    bool m_interrupted = false;

  public:
    template <class promise_type> void await_suspend(coroutine_handle<promise_type> handle) {
      (void)handle; // handle.promise().m_initial_executor.post(...)
    }
    void await_resume() const {
      if (m_interrupted)
        throw errors::broken_task("broken task");
    }
  };

  initial_scheduling_awaiter initial_suspend() const noexcept { return {}; }
};

struct initialy_resumed_promise {
  suspend_never initial_suspend() const noexcept { return {}; }
};

struct null_result_promise {
  null_result get_return_object() const noexcept { return {}; }
  suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() const noexcept {}
  void return_void() const noexcept {}
};

struct result_publisher : public suspend_always {
  template <class promise_type>
  void await_suspend(coroutine_handle<promise_type> handle) const noexcept {
    handle.promise().complete_producer(handle);
  }
};

template <class type>
struct result_coro_promise : public return_value_struct<result_coro_promise<type>, type> {
private:
  result_state<type> m_result_state;

public:
  template <class... argument_types> void set_result(argument_types &&...arguments) {
    this->m_result_state.set_result(std::forward<argument_types>(arguments)...);
  }
  void unhandled_exception() noexcept { this->m_result_state.set_exception(std::current_exception()); }
  result<type> get_return_object() noexcept { return {&m_result_state}; }
  void complete_producer(coroutine_handle<void> done_handle) noexcept {
    this->m_result_state.complete_producer(done_handle);
  }
  result_publisher final_suspend() const noexcept { return {}; }
};

template <class type>
struct lazy_promise : lazy_result_state<type>, public return_value_struct<lazy_promise<type>, type> {};

struct initialy_resumed_null_result_promise : public initialy_resumed_promise,
                                              public null_result_promise {};

template <class return_type>
struct initialy_resumed_result_promise : public initialy_resumed_promise,
                                         public result_coro_promise<return_type> {};

template <class executor_type>
struct initialy_rescheduled_null_result_promise : public initialy_rescheduled_promise<executor_type>,
                                                  public null_result_promise {
  using initialy_rescheduled_promise<executor_type>::initialy_rescheduled_promise;
};

template <class return_type, class executor_type>
struct initialy_rescheduled_result_promise : public initialy_rescheduled_promise<executor_type>,
                                             public result_coro_promise<return_type> {
  using initialy_rescheduled_promise<executor_type>::initialy_rescheduled_promise;
};
} // namespace concurrencpp::details

namespace std {
// No executor + No result
template <class... arguments> struct coroutine_traits<::concurrencpp::null_result, arguments...> {
  using promise_type = concurrencpp::details::initialy_resumed_null_result_promise;
};

// No executor + result
template <class type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, arguments...> {
  using promise_type = concurrencpp::details::initialy_resumed_result_promise<type>;
};

// Executor + no result
template <class executor_type, class... arguments>
struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag,
                        std::shared_ptr<executor_type>, arguments...> {
  using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
};
template <class executor_type, class... arguments>
struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag, executor_type *,
                        arguments...> {
  using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
};
template <class executor_type, class... arguments>
struct coroutine_traits<concurrencpp::null_result, concurrencpp::executor_tag, executor_type &,
                        arguments...> {
  using promise_type = concurrencpp::details::initialy_rescheduled_null_result_promise<executor_type>;
};

// Executor + result
template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag,
                        std::shared_ptr<executor_type>, arguments...> {
  using promise_type =
      concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
};
template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, executor_type *,
                        arguments...> {
  using promise_type =
      concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
};
template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, executor_type &,
                        arguments...> {
  using promise_type =
      concurrencpp::details::initialy_rescheduled_result_promise<type, executor_type>;
};

// Lazy
template <class type, class... arguments>
struct coroutine_traits<::concurrencpp::lazy_result<type>, arguments...> {
  using promise_type = concurrencpp::details::lazy_promise<type>;
};
} // namespace std
