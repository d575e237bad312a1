// coro-tidy test stand-in for <concurrencpp/results/when_result.h>:
// awaitable combinators that take the results by value (owning them):
// when_all(resume_executor, result<Ts>...) -> lazy_result<std::tuple<result<Ts>...>>
// (and an iterator-range overload giving a vector), when_any(resume_executor,
// results...) -> lazy_result<when_any_result<std::tuple<...>>>.
#pragma once
#include <cstddef>
#include <memory>
#include <tuple>
#include <type_traits>

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/results/lazy_result.h>

namespace concurrencpp {
template <class sequence_type> struct when_any_result {
  std::size_t index;
  sequence_type results;
};

template <class executor_type, class... result_types>
lazy_result<std::tuple<std::decay_t<result_types>...>>
when_all(std::shared_ptr<executor_type> resume_executor, result_types &&...results) {
  (void)resume_executor;
  (void)sizeof...(results);
  co_return std::tuple<std::decay_t<result_types>...>{};
}

template <class executor_type, class... result_types>
lazy_result<when_any_result<std::tuple<result_types...>>>
when_any(std::shared_ptr<executor_type> resume_executor, result_types &&...results) {
  (void)resume_executor;
  (void)sizeof...(results);
  co_return when_any_result<std::tuple<result_types...>>{};
}
} // namespace concurrencpp
