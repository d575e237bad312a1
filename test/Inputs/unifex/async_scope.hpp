// coro-tidy test stand-in for <unifex/async_scope.hpp>: as upstream, it only
// includes <unifex/v1/async_scope.hpp> (so unifex::async_scope is the v1
// scope); the v2 scope needs <unifex/v2/async_scope.hpp>, which v1 includes.
#pragma once
#include <unifex/v1/async_scope.hpp>
