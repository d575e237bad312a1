#include "relay/relay.h"

namespace relay {

Generator<std::string> greeting_lines(std::string config) {
  std::string line;
  for (char c : config) {
    if (c != '\n') {
      line += c;
      continue;
    }
    co_yield line;
    line.clear();
  }
  if (!line.empty())
    co_yield line;
}

} // namespace relay
