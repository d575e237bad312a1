// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
// The standard library's waits (rules 2, 3 and 4) in coroutines of in-house
// types, known by structure alone: no framework timer to name, no fix.
#include <inhouse/inhouse.h>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>
#include <time.h>
#include <unistd.h>

using namespace std::chrono_literals;
using acme::Job;
void use(int);
Job<void> tick();

// ---- Rule 2: std::future and std::shared_future ----------------------------

Job<int> futures(std::future<int> f, std::shared_future<int> sf) {
  int a = f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'std::future::get' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await an awaitable form of the result [coro-blocking-wait]
  sf.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::shared_future::wait' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await an awaitable form of the result [coro-blocking-wait]
  use(sf.wait_for(10ms) == std::future_status::ready);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'std::shared_future::wait_for' blocks the thread that runs this coroutine until the future is ready
  sf.wait_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::shared_future::wait_until' blocks the thread that runs this coroutine until the future is ready
  co_return a + sf.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'std::shared_future::get' blocks the thread that runs this coroutine until the future is ready
}

// Polls: a zero timeout does not block; a get after a readiness test of the
// same future in the same block does not either.
Job<int> polls(std::future<int> f, std::future<int> g) {
  while (f.wait_for(0s) != std::future_status::ready)
    co_await tick();
  int a = f.get();
  if (g.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    a += g.get();
  co_return a;
}

// Twins: the test is of another future, or not just before.
Job<int> notPolls(std::future<int> f, std::future<int> g) {
  if (g.wait_for(0s) == std::future_status::ready)
    use(f.get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::future::get' blocks
  use(1);
  co_return g.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'std::future::get' blocks
}

// ---- Rule 3: thread sleeps -------------------------------------------------

Job<void> sleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await the framework's timer [coro-blocking-wait]
  std::this_thread::sleep_until(std::chrono::system_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_until' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await the framework's timer [coro-blocking-wait]
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await the framework's timer [coro-blocking-wait]
  usleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' blocks the thread that runs this coroutine
  timespec ts{0, 1000};
  nanosleep(&ts, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'nanosleep' blocks the thread that runs this coroutine
  std::this_thread::sleep_for(0s);
  std::this_thread::yield();
  co_return;
}

// A function of the user's that happens to be called sleep, in a namespace.
namespace app {
void sleep(int);
}
Job<void> notSleeps() {
  app::sleep(1);
  co_return;
}

// ---- Rule 4: condition variables and joins ---------------------------------

struct Queue {
  std::mutex m;
  std::condition_variable cv;
  std::condition_variable_any any;
  bool ready = false;

  Job<void> pop() {
    std::unique_lock<std::mutex> lock(m);
    cv.wait(lock);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::condition_variable::wait' blocks the thread that runs this coroutine until it is notified, and deadlocks if the notifier needs this thread; co_await an event or channel of the framework [coro-blocking-wait]
    cv.wait(lock, [this] { return ready; });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::condition_variable::wait' blocks
    cv.wait_for(lock, 5ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::condition_variable::wait_for' blocks
    cv.wait_until(lock, std::chrono::steady_clock::now() + 5ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::condition_variable::wait_until' blocks
    any.wait(lock);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::condition_variable_any::wait' blocks
    // Polls, and notifications, do not block.
    cv.wait_for(lock, 0ms);
    cv.notify_one();
    co_return;
  }
};

Job<void> joins(std::thread &t, std::jthread &j) {
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::thread::join' blocks the thread that runs this coroutine until the other thread ends; run the thread's work as a task and co_await it [coro-blocking-wait]
  j.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::jthread::join' blocks the thread that runs this coroutine until the other thread ends; run the thread's work as a task and co_await it [coro-blocking-wait]
  t.detach();
  co_return;
}

// ---- Coroutine types -------------------------------------------------------

// Eager and detached coroutines block their thread too.
acme::EagerJob<int> eager(std::future<int> f) {
  co_return f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'std::future::get' blocks
}
acme::FireAndForget detached() {
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  co_return;
}
acme::AsyncStream<int> asyncStream(std::future<int> f) {
  co_yield f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::future::get' blocks
}

// A synchronous generator runs on the thread of the loop that reads it.
acme::Stream<int> stream(std::future<int> f) {
  co_yield f.get();
}

// Plain functions, and lambdas handed to a thread, are not coroutines.
int plain(std::future<int> f) { return f.get(); }
Job<void> offload(std::future<int> f) {
  std::thread worker([&f] {
    std::this_thread::sleep_for(1s);
    use(f.get());
  });
  worker.detach();
  co_return;
}

// Templates: a wait on an object of dependent type is known only in the
// instantiations, and reported once.
template <typename Future> Job<void> waitAll(Future f) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::future::wait' blocks
  co_return;
}
template Job<void> waitAll(std::future<int>);
template Job<void> waitAll(std::future<long>);
template <typename T> Job<T> dependentTask(std::future<T> f) {
  co_return f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'std::future::get' blocks
}
template Job<int> dependentTask(std::future<int>);
