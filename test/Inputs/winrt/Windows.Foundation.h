// coro-tidy test stand-in for C++/WinRT <winrt/Windows.Foundation.h> (the
// projection of Windows.Foundation; coroutine support from cppwinrt's
// strings/base_coroutine_foundation.h).
//  - winrt::Windows::Foundation::IAsyncAction, IAsyncActionWithProgress<P>,
//    IAsyncOperation<T>, IAsyncOperationWithProgress<T, P>: projected COM
//    interfaces (NOT [[nodiscard]]; copyable references to the running
//    coroutine). Their promises come from std::coroutine_traits
//    specializations (promise_type final : winrt::impl::promise_base<...>):
//    initial_suspend suspend_never (EAGER), final_suspend a
//    final_suspend_awaiter (await_ready false, bool await_suspend),
//    unhandled_exception stores the exception (a hresult_canceled marks the
//    operation Canceled). A discarded IAsync* keeps running unobserved.
//  - await_transform of every operand throws winrt::hresult_canceled when the
//    operation was canceled (Cancel()); `co_await
//    winrt::get_cancellation_token()` gives a token: `token()` is true once
//    canceled, token.callback(fn), token.enable_propagation().
//  - `.get()` BLOCKS the calling thread until completion (asserts when called
//    on a single-threaded apartment) and rethrows; `.wait_for(timeout)`
//    blocks too. Both are members of the generated bases
//    winrt::impl::consume_Windows_Foundation_IAsyncAction<D> (and
//    consume_Windows_Foundation_IAsyncOperation<D, TResult>, ...).
//    `co_await async` gives the same result without blocking
//    (winrt::Windows::Foundation::operator co_await -> impl::await_adapter).
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

#include <winrt/base.h>

namespace winrt::Windows::Foundation {
enum class AsyncStatus : std::int32_t { Started = 0, Completed = 1, Canceled = 2, Error = 3 };

struct IInspectable {
  IInspectable(std::nullptr_t = nullptr) noexcept {}
};
struct IAsyncInfo : IInspectable {
  IAsyncInfo(std::nullptr_t = nullptr) noexcept {}
  AsyncStatus Status() const { return AsyncStatus::Started; }
  void Cancel() const {}
  void Close() const {}
};
struct IAsyncAction;
template <typename TResult> struct IAsyncOperation;
template <typename TProgress> struct IAsyncActionWithProgress;
template <typename TResult, typename TProgress> struct IAsyncOperationWithProgress;
} // namespace winrt::Windows::Foundation

namespace winrt::impl {
template <typename D> struct consume_Windows_Foundation_IAsyncAction {
  void GetResults() const {}
  auto get() const;
  auto wait_for(Windows::Foundation::TimeSpan const &timeout) const;
};
template <typename D, typename TResult> struct consume_Windows_Foundation_IAsyncOperation {
  TResult GetResults() const { return TResult{}; }
  auto get() const;
  auto wait_for(Windows::Foundation::TimeSpan const &timeout) const;
};
template <typename D, typename TProgress>
struct consume_Windows_Foundation_IAsyncActionWithProgress {
  void GetResults() const {}
  auto get() const;
};
template <typename D, typename TResult, typename TProgress>
struct consume_Windows_Foundation_IAsyncOperationWithProgress {
  TResult GetResults() const { return TResult{}; }
  auto get() const;
};

template <typename Async> auto wait_get(Async const &async) {
  // check_sta_blocking_wait(): asserts when called on an STA thread.
  if (async.Status() == Windows::Foundation::AsyncStatus::Canceled)
    throw hresult_canceled();
  return async.GetResults();
}
} // namespace winrt::impl

namespace winrt::Windows::Foundation {
struct IAsyncAction : IAsyncInfo, impl::consume_Windows_Foundation_IAsyncAction<IAsyncAction> {
  IAsyncAction(std::nullptr_t = nullptr) noexcept {}
};
template <typename TResult>
struct IAsyncOperation : IAsyncInfo,
                         impl::consume_Windows_Foundation_IAsyncOperation<IAsyncOperation<TResult>,
                                                                          TResult> {
  IAsyncOperation(std::nullptr_t = nullptr) noexcept {}
};
template <typename TProgress>
struct IAsyncActionWithProgress
    : IAsyncInfo,
      impl::consume_Windows_Foundation_IAsyncActionWithProgress<IAsyncActionWithProgress<TProgress>,
                                                                TProgress> {
  IAsyncActionWithProgress(std::nullptr_t = nullptr) noexcept {}
};
template <typename TResult, typename TProgress>
struct IAsyncOperationWithProgress
    : IAsyncInfo,
      impl::consume_Windows_Foundation_IAsyncOperationWithProgress<
          IAsyncOperationWithProgress<TResult, TProgress>, TResult, TProgress> {
  IAsyncOperationWithProgress(std::nullptr_t = nullptr) noexcept {}
};
} // namespace winrt::Windows::Foundation

namespace winrt::impl {
template <typename D> auto consume_Windows_Foundation_IAsyncAction<D>::get() const {
  return impl::wait_get(static_cast<Windows::Foundation::IAsyncAction const &>(
      static_cast<D const &>(*this)));
}
template <typename D>
auto consume_Windows_Foundation_IAsyncAction<D>::wait_for(
    Windows::Foundation::TimeSpan const &timeout) const {
  (void)timeout;
  return Windows::Foundation::AsyncStatus::Completed;
}
template <typename D, typename TResult>
auto consume_Windows_Foundation_IAsyncOperation<D, TResult>::get() const {
  return impl::wait_get(static_cast<D const &>(*this));
}
template <typename D, typename TResult>
auto consume_Windows_Foundation_IAsyncOperation<D, TResult>::wait_for(
    Windows::Foundation::TimeSpan const &timeout) const {
  (void)timeout;
  return Windows::Foundation::AsyncStatus::Completed;
}
template <typename D, typename TProgress>
auto consume_Windows_Foundation_IAsyncActionWithProgress<D, TProgress>::get() const {
  return impl::wait_get(static_cast<D const &>(*this));
}
template <typename D, typename TResult, typename TProgress>
auto consume_Windows_Foundation_IAsyncOperationWithProgress<D, TResult, TProgress>::get() const {
  return impl::wait_get(static_cast<D const &>(*this));
}

template <typename Async, bool preserve_context = true> struct await_adapter {
  Async const &async;
  bool await_ready() const noexcept {
    return async.Status() == Windows::Foundation::AsyncStatus::Completed;
  }
  void await_suspend(std::coroutine_handle<>) {}
  auto await_resume() const { return async.GetResults(); }
};
} // namespace winrt::impl

namespace winrt::Windows::Foundation {
inline impl::await_adapter<IAsyncAction> operator co_await(IAsyncAction const &async) {
  return {async};
}
template <typename TProgress>
impl::await_adapter<IAsyncActionWithProgress<TProgress>>
operator co_await(IAsyncActionWithProgress<TProgress> const &async) {
  return {async};
}
template <typename TResult>
impl::await_adapter<IAsyncOperation<TResult>> operator co_await(IAsyncOperation<TResult> const &async) {
  return {async};
}
template <typename TResult, typename TProgress>
impl::await_adapter<IAsyncOperationWithProgress<TResult, TProgress>>
operator co_await(IAsyncOperationWithProgress<TResult, TProgress> const &async) {
  return {async};
}
} // namespace winrt::Windows::Foundation

namespace winrt {
struct get_progress_token_t {};
inline get_progress_token_t get_progress_token() noexcept { return {}; }

struct get_cancellation_token_t {};
inline get_cancellation_token_t get_cancellation_token() noexcept { return {}; }
} // namespace winrt

namespace winrt::impl {
template <typename Promise> struct cancellation_token {
  cancellation_token(Promise *promise) noexcept : m_promise(promise) {}
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  cancellation_token<Promise> await_resume() const noexcept { return *this; }
  bool operator()() const noexcept {
    return m_promise->Status() == Windows::Foundation::AsyncStatus::Canceled;
  }
  template <typename F> void callback(F &&cancel) const noexcept { (void)cancel; }
  bool enable_propagation(bool value = true) const noexcept { return value; }

private:
  Promise *m_promise;
};

template <typename Promise, typename Progress> struct progress_token {
  progress_token(Promise *promise) noexcept : m_promise(promise) {}
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  progress_token<Promise, Progress> await_resume() const noexcept { return *this; }
  void operator()(Progress const &) const {}

private:
  Promise *m_promise;
};

template <typename Derived, typename AsyncInterface, typename TProgress = void>
struct promise_base {
  AsyncInterface get_return_object() const noexcept { return AsyncInterface{}; }
  Windows::Foundation::AsyncStatus Status() const noexcept { return m_status; }

  std::suspend_never initial_suspend() const noexcept { return {}; }

  struct final_suspend_awaiter {
    promise_base *promise;
    bool await_ready() const noexcept { return false; }
    void await_resume() const noexcept {}
    bool await_suspend(std::coroutine_handle<>) const noexcept { return true; }
  };
  auto final_suspend() noexcept { return final_suspend_awaiter{this}; }

  void unhandled_exception() noexcept {
    m_exception = std::current_exception();
    try {
      std::rethrow_exception(m_exception);
    } catch (hresult_canceled const &) {
      m_status = Windows::Foundation::AsyncStatus::Canceled;
    } catch (...) {
      m_status = Windows::Foundation::AsyncStatus::Error;
    }
  }

  template <typename Expression> Expression &&await_transform(Expression &&expression) {
    if (Status() == Windows::Foundation::AsyncStatus::Canceled)
      throw winrt::hresult_canceled();
    return std::forward<Expression>(expression);
  }
  cancellation_token<Derived> await_transform(get_cancellation_token_t) noexcept {
    return {static_cast<Derived *>(this)};
  }
  progress_token<Derived, TProgress> await_transform(get_progress_token_t) noexcept {
    return {static_cast<Derived *>(this)};
  }

protected:
  std::exception_ptr m_exception;
  Windows::Foundation::AsyncStatus m_status = Windows::Foundation::AsyncStatus::Started;
};
} // namespace winrt::impl

template <typename... Args>
struct std::coroutine_traits<winrt::Windows::Foundation::IAsyncAction, Args...> {
  struct promise_type final
      : winrt::impl::promise_base<promise_type, winrt::Windows::Foundation::IAsyncAction> {
    void return_void() const noexcept {}
  };
};

template <typename TProgress, typename... Args>
struct std::coroutine_traits<winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>,
                             Args...> {
  struct promise_type final
      : winrt::impl::promise_base<promise_type,
                                  winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>,
                                  TProgress> {
    void return_void() const noexcept {}
  };
};

template <typename TResult, typename... Args>
struct std::coroutine_traits<winrt::Windows::Foundation::IAsyncOperation<TResult>, Args...> {
  struct promise_type final
      : winrt::impl::promise_base<promise_type,
                                  winrt::Windows::Foundation::IAsyncOperation<TResult>> {
    void return_value(TResult &&value) noexcept { m_result = std::move(value); }
    void return_value(TResult const &value) noexcept { m_result = value; }
    TResult m_result{};
  };
};

template <typename TResult, typename TProgress, typename... Args>
struct std::coroutine_traits<
    winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>, Args...> {
  struct promise_type final
      : winrt::impl::promise_base<
            promise_type, winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>,
            TProgress> {
    void return_value(TResult &&value) noexcept { m_result = std::move(value); }
    void return_value(TResult const &value) noexcept { m_result = value; }
    TResult m_result{};
  };
};
