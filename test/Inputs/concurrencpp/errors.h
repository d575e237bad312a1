// coro-tidy test stand-in for <concurrencpp/errors.h>: concurrencpp::errors::
//  empty_object : std::runtime_error (empty_result, empty_result_promise,
//  empty_awaitable, empty_timer, empty_generator derive from it);
//  interrupted_task : std::runtime_error, with broken_task : interrupted_task
//  (a task whose executor could not run it: thrown when a rescheduled
//  coroutine or an awaited resume_on/submit is interrupted) and
//  runtime_shutdown : interrupted_task (the executor was shut down);
//  result_already_retrieved : std::runtime_error.
#pragma once
#include <stdexcept>
#include <string>

namespace concurrencpp::errors {
struct empty_object : public std::runtime_error {
  using runtime_error::runtime_error;
};
struct empty_result : public empty_object {
  using empty_object::empty_object;
};
struct empty_result_promise : public empty_object {
  using empty_object::empty_object;
};
struct empty_awaitable : public empty_object {
  using empty_object::empty_object;
};
struct empty_timer : public empty_object {
  using empty_object::empty_object;
};
struct empty_generator : public empty_object {
  using empty_object::empty_object;
};
struct interrupted_task : public std::runtime_error {
  using runtime_error::runtime_error;
};
struct broken_task : public interrupted_task {
  using interrupted_task::interrupted_task;
};
struct runtime_shutdown : public interrupted_task {
  using interrupted_task::interrupted_task;
};
struct result_already_retrieved : public std::runtime_error {
  using runtime_error::runtime_error;
};
} // namespace concurrencpp::errors
