// coro-tidy test stand-in for Boost.Capy <boost/capy.hpp> (umbrella, the
// parts modelled here).
#pragma once
#include <boost/capy/ex/io_env.hpp>
#include <boost/capy/ex/run.hpp>
#include <boost/capy/ex/run_async.hpp>
#include <boost/capy/ex/thread_pool.hpp>
#include <boost/capy/task.hpp>
