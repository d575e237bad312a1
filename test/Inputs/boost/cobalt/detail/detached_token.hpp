// coro-tidy test helper (not an upstream cobalt header): brings in the REAL
// Boost.Asio completion token boost::asio::detached / detached_t from Debian
// Boost 1.81, for `boost::cobalt::spawn(ctx, t(), boost::asio::detached)`.
#pragma once
#include <boost/asio/detached.hpp>
