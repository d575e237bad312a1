// coro-tidy test stand-in for <unifex/inline_scheduler.hpp>:
// unifex::inline_scheduler (= unifex::_inline_sched::scheduler) runs work
// inline; schedule() gives a sender of no value.
#pragma once
#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _inline_sched {
struct scheduler {
  struct _schedule_sender : _result_sender_base<void> {};
  _schedule_sender schedule() const noexcept { return {}; }
  friend bool operator==(scheduler, scheduler) noexcept { return true; }
};
} // namespace _inline_sched
using inline_scheduler = _inline_sched::scheduler;
} // namespace unifex
