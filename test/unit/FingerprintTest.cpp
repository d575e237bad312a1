//===- FingerprintTest.cpp - GitHub's line hashes -------------------------===//
//
// The expected values are those GitHub's upload action computes for the
// same texts (its own tests use these inputs).
//
//===----------------------------------------------------------------------===//

#include "tools/coro-tidy/Fingerprint.h"
#include <gtest/gtest.h>

using coro_tidy::lineHashes;
using V = std::vector<std::string>;

TEST(Fingerprint, EmptyFile) { EXPECT_EQ(lineHashes(""), V{"c129715d7a2bc9a3:1"}); }

TEST(Fingerprint, SpacesAndTabsDoNotCount) {
  EXPECT_EQ(lineHashes(" a\nb\n  \t\tc\n d"),
            (V{"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1",
               "a23a3dc5e078b07b:1"}));
}

TEST(Fingerprint, EveryLineEndingIsOne) {
  V Expected{"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1",
             "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1",
             "c129715d7a2bc9a3:1"};
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n"),
            Expected);
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r"),
            Expected);
  EXPECT_EQ(lineHashes(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n"),
            Expected);
  EXPECT_EQ(lineHashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"),
            Expected);
}

TEST(Fingerprint, RepeatedHashesAreCounted) {
  std::string Text;
  for (int I = 0; I < 10; ++I)
    Text += "Lorem ipsum dolor sit amet.\n";
  EXPECT_EQ(lineHashes(Text),
            (V{"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3",
               "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
               "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1",
               "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"}));
}

TEST(Fingerprint, Code) {
  EXPECT_EQ(lineHashes("x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n"),
            (V{"e54938cc54b302f1:1", "bb609acbe9138d60:1", "1131fd5871777f34:1",
               "5c482a0f8b35ea28:1", "54517377da7028d2:1", "2c644846cb18d53e:1",
               "f1b89f20de0d133:1", "c129715d7a2bc9a3:1"}));
}
