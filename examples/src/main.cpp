#include "relay/relay.h"
#include <cstdio>

int main() {
  relay::asio::io_context ctx;
  relay::tcp::acceptor acceptor(ctx, {relay::tcp::v4(), 7000});
  relay::asio::co_spawn(ctx, relay::listener(std::move(acceptor), "hello\n\nsecret\n"),
                        [](std::exception_ptr e) {
                          if (e)
                            std::fputs("listener failed\n", stderr);
                        });
  ctx.run();
}
