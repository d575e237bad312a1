// Benchmark input: a QCoro 0.8 / Qt6 line-protocol client with an HTTP
// status probe, written for coro-tidy's benchmark. Real Debian
// headers: the flags are test/lit.cfg.py's %qcoro_flags plus the QtNetwork
// include directory (bench/bench.py passes them).

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <QCoroAbstractSocket>
#include <QCoroAsyncGenerator>
#include <QCoroGenerator>
#include <QCoroNetworkReply>
#include <QCoroSignal>
#include <QCoroTask>
#include <QCoroTimer>

#include <chrono>
#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace client {

// Lines of a payload, one at a time.
QCoro::Generator<QByteArray> linesOf(QByteArray Payload) {
  for (QByteArray Line : Payload.split('\n'))
    if (!Line.isEmpty())
      co_yield Line;
}

// Replies read from the socket until the peer closes it.
QCoro::AsyncGenerator<QByteArray> replies(QTcpSocket &Socket) {
  for (;;) {
    QByteArray Line = co_await qCoro(Socket).readLine(0, 5s);
    if (Line.isEmpty())
      co_return;
    co_yield Line;
  }
}

QCoro::Task<bool> connectWithRetry(QTcpSocket &Socket, const QString &Host,
                                   quint16 Port, int Attempts) {
  for (int I = 0; I < Attempts; ++I) {
    if (co_await qCoro(Socket).connectToHost(Host, Port))
      co_return true;
    co_await QCoro::sleepFor(std::chrono::milliseconds(100 << I));
  }
  co_return false;
}

QCoro::Task<int> sendAll(QTcpSocket &Socket, QByteArray Payload) {
  int Sent = 0;
  for (const QByteArray &Line : linesOf(std::move(Payload))) {
    co_await qCoro(Socket).write(Line + '\n');
    ++Sent;
  }
  co_return Sent;
}

QCoro::Task<QStringList> collect(QTcpSocket &Socket, int Expected) {
  QStringList Out;
  auto Stream = replies(Socket);
  QCORO_FOREACH(const QByteArray &Line, Stream) {
    Out << QString::fromUtf8(Line).trimmed();
    if (Out.size() == Expected)
      break;
  }
  co_return Out;
}

QCoro::Task<std::optional<int>> probeStatus(QNetworkAccessManager &Nam,
                                            QUrl Url) {
  std::unique_ptr<QNetworkReply> Reply(Nam.get(QNetworkRequest(Url)));
  co_await qCoro(Reply.get()).waitForFinished(3s);
  if (Reply->error() != QNetworkReply::NoError)
    co_return std::nullopt;
  co_return Reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QCoro::Task<> heartbeat(QTcpSocket &Socket) {
  QTimer Timer;
  Timer.setInterval(1s);
  Timer.start();
  while (Socket.state() == QAbstractSocket::ConnectedState) {
    co_await qCoro(Timer).waitForTimeout();
    co_await qCoro(Socket).write("ping\n");
  }
}

QCoro::Task<int> run(QString Host, quint16 Port) {
  QTcpSocket Socket;
  if (!co_await connectWithRetry(Socket, Host, Port, 4))
    co_return 2;
  heartbeat(Socket); // QCoro's documented fire-and-forget idiom.
  const int Sent = co_await sendAll(Socket, "hello\nworld\nquit\n");
  const QStringList Got = co_await collect(Socket, Sent);
  QNetworkAccessManager Nam;
  const auto Status =
      co_await probeStatus(Nam, QUrl(QStringLiteral("http://") + Host + "/"));
  Socket.disconnectFromHost();
  co_await qCoro(Socket).waitForDisconnected(1s);
  co_return Got.size() == Sent && Status.value_or(0) == 200 ? 0 : 1;
}

} // namespace client

int main(int Argc, char **Argv) {
  QCoreApplication App(Argc, Argv);
  QTimer::singleShot(0, &App, [&App] {
    QCoro::connect(client::run(QStringLiteral("localhost"), 7007), &App,
                   [](int Code) { QCoreApplication::exit(Code); });
  });
  return App.exec();
}
