// Benchmark input: a realistic Boost.Asio 1.81 echo/line server, written for
// coro-tidy's benchmark. It includes the whole of <boost/asio.hpp>
// as such servers usually do, and uses co_spawn, awaitables, timers, a
// watchdog, a signal-driven shutdown, an experimental::coro generator and an
// "async finally" cleanup region, so that every coroutine check has real work
// to do on it. Like code under review, it has a few findings (marked
// "finding:"), so that the checks' reporting paths run too.
//
// Compile flags: -std=c++20 (real Debian headers, nothing else).

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/experimental/coro.hpp>

#include <chrono>
#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace net = boost::asio;
using net::awaitable;
using net::use_awaitable;
using net::ip::tcp;
using namespace std::chrono_literals;
using namespace net::experimental::awaitable_operators;

namespace echo {

struct Stats {
  std::size_t Sessions = 0;
  std::size_t Bytes = 0;
  std::size_t Errors = 0;
};

class Registry {
public:
  void add(std::uintptr_t Id, std::shared_ptr<tcp::socket> Socket) {
    Sockets.emplace(Id, std::move(Socket));
  }
  void remove(std::uintptr_t Id) { Sockets.erase(Id); }
  void closeAll() {
    for (auto &[Id, Socket] : Sockets) {
      boost::system::error_code Ignored;
      Socket->shutdown(tcp::socket::shutdown_both, Ignored);
      Socket->close(Ignored);
    }
    Sockets.clear();
  }
  std::size_t size() const { return Sockets.size(); }

private:
  std::unordered_map<std::uintptr_t, std::shared_ptr<tcp::socket>> Sockets;
};

// Refreshes a deadline each time the session makes progress.
awaitable<void> watchdog(std::chrono::steady_clock::time_point &Deadline) {
  net::steady_timer Timer(co_await net::this_coro::executor);
  auto Now = std::chrono::steady_clock::now();
  while (Deadline > Now) {
    Timer.expires_at(Deadline);
    co_await Timer.async_wait(use_awaitable);
    Now = std::chrono::steady_clock::now();
  }
}

awaitable<std::size_t> readLine(tcp::socket &Socket, std::string &Buffer,
                                std::chrono::steady_clock::time_point &Deadline) {
  std::size_t N = co_await net::async_read_until(
      Socket, net::dynamic_buffer(Buffer, 64 * 1024), '\n', use_awaitable);
  Deadline = std::chrono::steady_clock::now() + 30s;
  co_return N;
}

awaitable<void> writeAll(tcp::socket &Socket, std::string_view Data) {
  co_await net::async_write(Socket, net::buffer(Data), use_awaitable);
}

// Splits a reply into chunks of at most 512 bytes.
net::experimental::coro<std::string> chunks(net::any_io_executor, std::string Text) {
  while (Text.size() > 512) {
    co_yield Text.substr(0, 512);
    Text.erase(0, 512);
  }
  co_yield Text;
}

awaitable<void> writeChunked(tcp::socket &Socket, std::string Text) {
  // finding: the generator stays suspended after the loop while the
  // coroutine goes on to await (coro-unclosed-generator).
  auto Chunks = chunks(co_await net::this_coro::executor, std::move(Text));
  while (auto Chunk = co_await Chunks.async_resume(use_awaitable)) {
    if (Chunk->empty())
      break;
    co_await writeAll(Socket, *Chunk);
  }
  co_await writeAll(Socket, "\n");
}

awaitable<void> closeGracefully(tcp::socket &Socket) {
  boost::system::error_code Ignored;
  Socket.shutdown(tcp::socket::shutdown_send, Ignored);
  net::steady_timer Linger(Socket.get_executor(), 100ms);
  co_await Linger.async_wait(net::redirect_error(use_awaitable, Ignored));
  Socket.close(Ignored);
}

// Turns a client away when the server is full.
awaitable<void> reject(tcp::socket Socket) {
  co_await writeAll(Socket, "busy\n");
  // finding: skipped when the write above throws or is cancelled
  // (coro-unshielded-cleanup).
  co_await closeGracefully(Socket);
}

awaitable<void> sayGoodbye(tcp::socket &Socket) {
  static constexpr std::string_view Bye = "bye\n";
  co_await net::async_write(Socket, net::buffer(Bye), use_awaitable);
}

awaitable<void> echoLoop(tcp::socket &Socket, Stats &S,
                         std::chrono::steady_clock::time_point &Deadline) {
  std::string Buffer;
  for (;;) {
    std::size_t N = co_await readLine(Socket, Buffer, Deadline);
    std::string Line = Buffer.substr(0, N);
    Buffer.erase(0, N);
    if (Line == "quit\n" || Line == "quit\r\n")
      break;
    if (Line == "ping\n") {
      writeAll(Socket, "pong\n"); // finding: never runs (coro-fire-and-forget)
      continue;
    }
    S.Bytes += N;
    if (Line.size() > 1024)
      co_await writeChunked(Socket, std::move(Line));
    else
      co_await writeAll(Socket, Line);
  }
}

// One client: echo with an idle timeout, then an orderly goodbye. The
// goodbye runs in an "async finally" region after the try.
awaitable<void> session(std::shared_ptr<tcp::socket> Socket, Registry &Reg,
                        Stats &S) {
  auto Id = reinterpret_cast<std::uintptr_t>(Socket.get());
  Reg.add(Id, Socket);
  ++S.Sessions;
  auto Deadline = std::chrono::steady_clock::now() + 30s;
  std::exception_ptr Failure;
  try {
    co_await (echoLoop(*Socket, S, Deadline) || watchdog(Deadline));
  } catch (...) {
    Failure = std::current_exception();
  }
  co_await net::this_coro::reset_cancellation_state();
  try {
    co_await sayGoodbye(*Socket);
  } catch (const boost::system::system_error &) {
    ++S.Errors;
  }
  boost::system::error_code Ignored;
  Socket->shutdown(tcp::socket::shutdown_both, Ignored);
  Reg.remove(Id);
  if (Failure)
    ++S.Errors;
}

void reportError(std::exception_ptr E, Stats &S) {
  if (!E)
    return;
  ++S.Errors;
  try {
    std::rethrow_exception(E);
  } catch (const std::exception &Ex) {
    std::fprintf(stderr, "session: %s\n", Ex.what());
  }
}

awaitable<void> listener(tcp::acceptor Acceptor, Registry &Reg, Stats &S) {
  auto Executor = co_await net::this_coro::executor;
  for (;;) {
    tcp::socket Accepted = co_await Acceptor.async_accept(use_awaitable);
    if (Reg.size() >= 1000) {
      net::co_spawn(Executor, reject(std::move(Accepted)), net::detached);
      continue;
    }
    auto Socket = std::make_shared<tcp::socket>(std::move(Accepted));
    Socket->set_option(tcp::no_delay(true));
    net::co_spawn(Executor, session(std::move(Socket), Reg, S),
                  [&S](std::exception_ptr E) { reportError(E, S); });
  }
}

awaitable<void> statsReporter(Stats &S, Registry &Reg) {
  net::steady_timer Timer(co_await net::this_coro::executor);
  for (;;) {
    Timer.expires_after(10s);
    co_await Timer.async_wait(use_awaitable);
    std::printf("sessions=%zu open=%zu bytes=%zu errors=%zu\n", S.Sessions,
                Reg.size(), S.Bytes, S.Errors);
  }
}

awaitable<void> shutdownOnSignal(net::io_context &Io, Registry &Reg) {
  net::signal_set Signals(co_await net::this_coro::executor, SIGINT, SIGTERM);
  int Signal = co_await Signals.async_wait(use_awaitable);
  std::fprintf(stderr, "signal %d: closing %zu sessions\n", Signal, Reg.size());
  Reg.closeAll();
  Io.stop();
}

awaitable<std::string> resolveBanner(std::string Host) {
  tcp::resolver Resolver(co_await net::this_coro::executor);
  auto Results =
      co_await Resolver.async_resolve(Host, "7", use_awaitable);
  std::string Banner = "echo server on";
  for (const auto &Entry : Results)
    Banner += " " + Entry.endpoint().address().to_string();
  co_return Banner;
}

} // namespace echo

int main(int Argc, char **Argv) {
  unsigned short Port = Argc > 1 ? static_cast<unsigned short>(std::atoi(Argv[1]))
                                 : 7007;
  net::io_context Io(1);
  echo::Stats S;
  echo::Registry Reg;
  tcp::acceptor Acceptor(Io, {tcp::v4(), Port});
  net::co_spawn(Io, echo::listener(std::move(Acceptor), Reg, S),
                [](std::exception_ptr E) {
                  if (E)
                    std::fprintf(stderr, "listener stopped\n");
                });
  net::co_spawn(Io, echo::statsReporter(S, Reg), net::detached);
  net::co_spawn(Io, echo::shutdownOnSignal(Io, Reg), net::detached);
  auto Banner = net::co_spawn(Io, echo::resolveBanner("localhost"),
                              net::use_future);
  Io.run();
  std::puts(Banner.get().c_str());
  return 0;
}
