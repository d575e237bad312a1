// C++/WinRT: IAsyncAction and IAsyncOperation<T> are eager tasks (not
// [[nodiscard]]); fire_and_forget is a detached coroutine.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <winrt/Windows.Foundation.h>

using namespace winrt::Windows::Foundation;

IAsyncAction save() { co_return; }
IAsyncOperation<int> count() { co_return 1; }
winrt::fire_and_forget notify() { co_return; }

IAsyncAction user() {
  save();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'save' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  count();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'count' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  notify();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'notify' starts a detached coroutine: an exception that escapes it ends the process, and nothing can cancel or join it [coro-fire-and-forget]
  // Negative twins: awaited, kept, cast to void.
  co_await save();
  int n = co_await count();
  (void)n;
  auto op = count();
  co_await op;
  (void)save();
}
