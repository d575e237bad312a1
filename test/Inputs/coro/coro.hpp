// coro-tidy test stand-in for libcoro <coro/coro.hpp> (umbrella).
#pragma once
#include <coro/generator.hpp>
#include <coro/scheduler.hpp>
#include <coro/sync_wait.hpp>
#include <coro/task.hpp>
#include <coro/task_group.hpp>
#include <coro/thread_pool.hpp>
#include <coro/when_all.hpp>
