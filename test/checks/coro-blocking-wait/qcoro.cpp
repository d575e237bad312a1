// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %qcoro_flags
// The real Debian QCoro 0.8 headers: QCoro::waitFor runs a nested event loop
// until the task completes (rule 1, fix 1); a coroutine on the Qt event loop
// that blocks stops the whole UI thread.
#include <qcoro/qcorotask.h>
#include <qcoro/qcorotimer.h>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

QCoro::Task<int> fetchCount();
void show(int);

QCoro::Task<> onClicked() {
    const int n = QCoro::waitFor(fetchCount());
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'QCoro::waitFor' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
    // CHECK-FIXES: {{^}}    const int n = co_await fetchCount();{{$}}
    QCoro::Task<int> task = fetchCount();
    show(QCoro::waitFor(task));
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'QCoro::waitFor' blocks
    // CHECK-FIXES: {{^}}    show(co_await task);{{$}}
    std::this_thread::sleep_for(50ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await the framework's timer [coro-blocking-wait]
    // CHECK-FIXES: {{^}}    std::this_thread::sleep_for(50ms);{{$}}
    co_await QCoro::sleepFor(50ms);
    show(n);
}

// The intended use: waiting from synchronous code, e.g. main or a test.
int countNow() { return QCoro::waitFor(fetchCount()); }
int main() { show(QCoro::waitFor(fetchCount())); }
