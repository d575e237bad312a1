// coro-tidy test stand-in for <concurrencpp/results/result_fwd_declarations.h>:
// concurrencpp::executor_tag and concurrencpp::null_result are empty
// structs; result_status { idle, value, exception }.
#pragma once
#include <coroutine>

namespace concurrencpp {
template <class type> class result;
template <class type> class shared_result;
template <class type> class lazy_result;
template <class type> class result_promise;

struct executor_tag {};
struct null_result {};

enum class result_status { idle, value, exception };

class executor;
} // namespace concurrencpp

namespace concurrencpp::details {
template <class promise_type> using coroutine_handle = std::coroutine_handle<promise_type>;
using suspend_never = std::suspend_never;
using suspend_always = std::suspend_always;

template <class type> class result_state;
template <class type> class lazy_result_state;
} // namespace concurrencpp::details
