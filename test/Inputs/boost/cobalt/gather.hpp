// coro-tidy test stand-in for <boost/cobalt/gather.hpp>: see join.hpp.
#pragma once
#include <boost/cobalt/join.hpp>
