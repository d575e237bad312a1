// RUN: %check_coro_tidy %s coro-dangling-reference %t -- -- %qcoro_flags
// Against the real Debian QCoro 0.8 headers. QCoro::Task is eager: it runs
// at once, up to its first suspension, and then on after the statement that
// started it, so a dropped task reads its dead temporaries too.
#include <qcoro/qcorotask.h>
#include <qcoro/qcoroprocess.h>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

QCoro::Task<int> loadFile(const QString &path);
QCoro::Task<int> loadCopy(QString path) { co_return int(path.size()); }
QCoro::Task<> save(QString &&contents) { co_return; }
QString currentPath();

class Window : public QObject {
public:
  void onOpen() {
    loadFile(currentPath());
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: the temporary bound to 'path' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :12:42: note: function 'loadFile' takes 'path' by reference and is assumed to be a coroutine (it is only declared in this unit): its task refers to the argument and does not copy it; take 'path' by value, or co_await the task in the statement that creates it
    save(QStringLiteral("draft"));
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: the temporary bound to 'contents' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :14:30: note: coroutine 'save' takes 'contents' by reference
    auto pending = loadFile(QString("a"));
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: the temporary bound to 'path' dies at the end of this statement, but the task kept in 'pending' reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :12:42: note: function 'loadFile'
    QCoro::connect(loadFile(currentPath()), this, [](int) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: the temporary bound to 'path' dies at the end of this statement, but the task handed to 'connect' reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :12:42: note: function 'loadFile'
    loadFile(currentPath()).then([](int) {});
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: the temporary bound to 'path' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :12:42: note: function 'loadFile'
    int n = 0;
    [this, n]() -> QCoro::Task<> { co_await loadCopy(currentPath()); }();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: the lambda and its captures die at the end of this statement, but the running task reads them later [coro-dangling-reference]
    // CHECK-MESSAGES: :[[@LINE-2]]:6: note: captured here; pass it to the lambda as a by-value parameter instead, or keep the lambda alive until its task ends

    // Silent: by value, named, waited for in the statement.
    loadCopy(currentPath());
    QString path = currentPath();
    loadFile(path);
    int size = QCoro::waitFor(loadFile(currentPath()));
    // A lambda without captures, and one that is not invoked here.
    []() -> QCoro::Task<> { co_return; }();
    auto later = [this]() -> QCoro::Task<> { co_return; };
    (void)pending, (void)size, (void)later;
  }

  QCoro::Task<> onSave() {
    co_await loadFile(currentPath());
    co_await save(QStringLiteral("saved"));
    const int n = co_await loadFile(QString("b"));
    co_await [this]() -> QCoro::Task<> { co_return; }();
    (void)n;
  }

  // QCoro's own API, only declared in its headers: its implementation
  // decides what it copies.
  QCoro::Task<> run(QProcess &process) {
    auto started = qCoro(process).start(QStringLiteral("ls"), QStringList{});
    co_await started;
  }
};

// QCoro's own qCoro(obj, &Class::signal): a framework API that stores the
// member pointer before it first suspends; and a pointer to a member is a
// constant the coroutine copies as it would a callable. Silent.
#include <qcoro/qcorosignal.h>
class Emitter : public QObject {
  Q_OBJECT
Q_SIGNALS:
  void singleArg(const QString &);
};
void watch(Emitter &obj, QString &out) {
  qCoro(&obj, &Emitter::singleArg).then([&](const QString &s) { out = s; });
}
