// coro-tidy test stand-in for <concurrencpp/concurrencpp.h> (umbrella).
#pragma once
#include <concurrencpp/errors.h>
#include <concurrencpp/executors/executor.h>
#include <concurrencpp/results/generator.h>
#include <concurrencpp/results/lazy_result.h>
#include <concurrencpp/results/promises.h>
#include <concurrencpp/results/result.h>
#include <concurrencpp/results/resume_on.h>
#include <concurrencpp/results/when_result.h>
#include <concurrencpp/runtime/runtime.h>
#include <concurrencpp/timers/timer_queue.h>
