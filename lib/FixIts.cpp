//===- FixIts.cpp - Fix-it builders shared by the coro-* checks -----------===//

#include "lib/FixIts.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace coro_tidy::fixit {

/// Both ends of \p R are plain file locations (no macro expansion).
static bool isEditable(SourceRange R) {
  return R.isValid() && R.getBegin().isFileID() && R.getEnd().isFileID();
}

static SourceLocation afterToken(SourceLocation Loc, const ASTContext &Ctx) {
  return Lexer::getLocForEndOfToken(Loc, 0, Ctx.getSourceManager(),
                                    Ctx.getLangOpts());
}

bool needsParensForPrefix(const Expr &E) {
  const Expr *X = E.IgnoreImplicit();
  if (isa<ParenExpr, DeclRefExpr, MemberExpr, ArraySubscriptExpr,
          UnaryOperator>(X))
    return false;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(X)) {
    OverloadedOperatorKind K = Op->getOperator();
    // Postfix forms and prefix unary operators bind tighter than co_await.
    return !(K == OO_Call || K == OO_Subscript || K == OO_Arrow ||
             K == OO_PlusPlus || K == OO_MinusMinus || Op->getNumArgs() == 1);
  }
  return !isa<CallExpr>(X);
}

std::vector<FixItHint> awaitDiscarded(const Expr &E, const Stmt *Discard,
                                      const ASTContext &Ctx) {
  if (!isEditable(E.getSourceRange()) ||
      (Discard && !isEditable(Discard->getSourceRange())))
    return {};

  // The operand as written, and the text before it that the await replaces.
  const Expr *Operand = &E;
  SourceLocation ReplaceFrom, DropParen;
  if (const auto *Cast = dyn_cast_or_null<CStyleCastExpr>(Discard)) {
    Operand = Cast->getSubExprAsWritten();
    ReplaceFrom = Cast->getBeginLoc();
  } else if (const auto *Named = dyn_cast_or_null<CXXNamedCastExpr>(Discard)) {
    Operand = Named->getSubExprAsWritten();
    ReplaceFrom = Named->getBeginLoc();
    DropParen = Named->getRParenLoc();
  } else if (const auto *Func = dyn_cast_or_null<CXXFunctionalCastExpr>(Discard)) {
    Operand = Func->getSubExprAsWritten();
    ReplaceFrom = Func->getBeginLoc();
    DropParen = Func->getRParenLoc();
  } else if (const auto *Assign = dyn_cast_or_null<CXXOperatorCallExpr>(Discard)) {
    Operand = Assign->getArg(1);
    ReplaceFrom = Assign->getBeginLoc();
  }
  if (!isEditable(Operand->getSourceRange()))
    return {};

  bool Parens = needsParensForPrefix(*Operand);
  std::string Prefix = Parens ? "co_await (" : "co_await ";
  std::vector<FixItHint> Hints;
  if (ReplaceFrom.isValid())
    Hints.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(ReplaceFrom, Operand->getBeginLoc()),
        Prefix));
  else
    Hints.push_back(FixItHint::CreateInsertion(Operand->getBeginLoc(), Prefix));

  if (DropParen.isValid() && !Parens)
    Hints.push_back(FixItHint::CreateRemoval(
        CharSourceRange::getTokenRange(DropParen, DropParen)));
  else if (Parens && DropParen.isInvalid())
    Hints.push_back(
        FixItHint::CreateInsertion(afterToken(Operand->getEndLoc(), Ctx), ")"));
  return Hints;
}

std::vector<FixItHint> insertStatementBefore(const Stmt &S, llvm::StringRef Text,
                                             const ASTContext &Ctx) {
  SourceLocation Begin = S.getBeginLoc();
  if (Begin.isInvalid() || !Begin.isFileID())
    return {};
  const SourceManager &SM = Ctx.getSourceManager();
  auto [File, Offset] = SM.getDecomposedLoc(Begin);
  llvm::StringRef Buffer = SM.getBufferData(File);
  size_t LineStart = Buffer.rfind('\n', Offset == 0 ? 0 : Offset - 1);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  llvm::StringRef Before = Buffer.slice(LineStart, Offset);
  // Indent like S when S starts its line; otherwise stay on S's line.
  bool StartsLine = Before.find_first_not_of(" \t") == llvm::StringRef::npos;
  std::string Insert = Text.str() + (StartsLine ? "\n" + Before.str() : " ");
  return {FixItHint::CreateInsertion(Begin, Insert)};
}

std::vector<FixItHint> wrapExpr(const Expr &E, llvm::StringRef Prefix,
                                llvm::StringRef Suffix, const ASTContext &Ctx) {
  if (!isEditable(E.getSourceRange()))
    return {};
  return {FixItHint::CreateInsertion(E.getBeginLoc(), Prefix),
          FixItHint::CreateInsertion(afterToken(E.getEndLoc(), Ctx), Suffix)};
}

} // namespace coro_tidy::fixit
