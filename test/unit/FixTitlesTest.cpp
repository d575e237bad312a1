//===- FixTitlesTest.cpp - A fix's title, recorded and found again --------===//

#include "Harness.h"
#include "lib/FixTitles.h"

using namespace clang;
using namespace coro_tidy;

namespace {

/// The hints of a fix at the call in \p Code's function `f`: an insertion
/// before it and a removal of its last token.
std::vector<FixItHint> hintsAtCall(test::Unit &U) {
  const CompoundStmt *Body = U.body("f");
  const Stmt *Call = *Body->body_begin();
  return {FixItHint::CreateInsertion(Call->getBeginLoc(), "co_await "),
          FixItHint::CreateRemoval(
              CharSourceRange::getTokenRange(Call->getEndLoc()))};
}

std::vector<tooling::Replacement>
exported(test::Unit &U, const std::vector<FixItHint> &Hints) {
  std::vector<tooling::Replacement> Out;
  for (const FixItHint &H : Hints)
    Out.emplace_back(U.ctx().getSourceManager(), H.RemoveRange,
                     H.CodeToInsert);
  return Out;
}

TEST(FixTitles, TheTitleOfTheSameFixIsFound) {
  test::Unit U("int g(); void f() { g(); }");
  ASSERT_TRUE(U.ok());
  std::vector<FixItHint> Hints = hintsAtCall(U);
  fixtitles::record("coro-x", Hints, "insert 'co_await'",
                    U.ctx().getSourceManager());
  std::vector<tooling::Replacement> Reps = exported(U, Hints);
  EXPECT_EQ(fixtitles::titleOf("coro-x", Reps), "insert 'co_await'");
  // In another order (as an export may list them).
  std::reverse(Reps.begin(), Reps.end());
  EXPECT_EQ(fixtitles::titleOf("coro-x", Reps), "insert 'co_await'");
}

TEST(FixTitles, AnotherCheckOrAnotherEditHasNone) {
  test::Unit U("int g(); void f() { g(); }");
  ASSERT_TRUE(U.ok());
  std::vector<FixItHint> Hints = hintsAtCall(U);
  fixtitles::record("coro-y", Hints, "insert 'co_await'",
                    U.ctx().getSourceManager());
  std::vector<tooling::Replacement> Reps = exported(U, Hints);
  EXPECT_EQ(fixtitles::titleOf("coro-z", Reps), std::nullopt);
  Reps.pop_back();
  EXPECT_EQ(fixtitles::titleOf("coro-y", Reps), std::nullopt);
}

TEST(FixTitles, HintsInMacrosAreNotRecorded) {
  test::Unit U("int g();\n#define CALL g()\nvoid f() { CALL; }");
  ASSERT_TRUE(U.ok());
  const Stmt *Call = *U.body("f")->body_begin();
  std::vector<FixItHint> Hints = {
      FixItHint::CreateInsertion(Call->getBeginLoc(), "co_await ")};
  fixtitles::record("coro-m", Hints, "insert 'co_await'",
                    U.ctx().getSourceManager());
  SourceLocation File =
      U.ctx().getSourceManager().getFileLoc(Call->getBeginLoc());
  tooling::Replacement Rep(U.ctx().getSourceManager(), File, 0, "co_await ");
  EXPECT_EQ(fixtitles::titleOf("coro-m", {Rep}), std::nullopt);
}

} // namespace
