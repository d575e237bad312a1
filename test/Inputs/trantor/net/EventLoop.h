// coro-tidy test stand-in for <trantor/net/EventLoop.h>: trantor::EventLoop
// (runAfter, queueInLoop, runInLoop, runOnQuit, isInLoopThread, loop, quit).
#pragma once
#include <chrono>
#include <functional>

#include <trantor/utils/NonCopyable.h>

namespace trantor {
class EventLoop : NonCopyable {
public:
  EventLoop() = default;
  void loop() {}
  void quit() {}
  bool isInLoopThread() const { return true; }
  void queueInLoop(std::function<void()> f) { (void)f; }
  void runInLoop(std::function<void()> f) { (void)f; }
  void runAfter(double delay, std::function<void()> f) {
    (void)delay;
    (void)f;
  }
  void runOnQuit(std::function<void()> f) { (void)f; }
  static EventLoop *getEventLoopOfCurrentThread() { return nullptr; }
};
} // namespace trantor
