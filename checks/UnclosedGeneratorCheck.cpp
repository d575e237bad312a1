//===- UnclosedGeneratorCheck.cpp - coro-unclosed-generator ---------------===//

#include "checks/UnclosedGeneratorCheck.h"
#include "checks/Registry.h"
#include "lib/AstHelpers.h"
#include "lib/FixIts.h"
#include "lib/LoopExits.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <functional>

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

namespace {

/// Nodes that do not change what an expression refers to.
bool isTransparent(const Stmt &S) {
  return isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, ExprWithCleanups>(S);
}

/// A call of std::move.
bool isStdMove(const Stmt &S) {
  const auto *Call = dyn_cast<CallExpr>(&S);
  if (!Call || Call->getNumArgs() != 1)
    return false;
  const FunctionDecl *FD = Call->getDirectCallee();
  return FD && FD->isInStdNamespace() && FD->getIdentifier() &&
         FD->getName() == "move";
}

/// Whether a statement or expression may skip its operands on a normal path.
bool isConditional(const Stmt &S) {
  if (const auto *Op = dyn_cast<BinaryOperator>(&S))
    return Op->isLogicalOp();
  return isa<AbstractConditionalOperator>(S) ||
         !isa<Expr, DeclStmt, CompoundStmt, LabelStmt, AttributedStmt,
              CXXTryStmt>(S);
}

/// Whether control may go on after \p S: false for a jump, a throw, a block
/// ending in one and an if statement whose branches both end in one.
bool completesNormally(const Stmt &S) {
  if (isa<ReturnStmt, CoreturnStmt, BreakStmt, ContinueStmt, GotoStmt>(S))
    return false;
  if (const auto *E = dyn_cast<Expr>(&S))
    return !isa<CXXThrowExpr>(E->IgnoreImplicit());
  if (const auto *Compound = dyn_cast<CompoundStmt>(&S))
    return Compound->body_empty() || completesNormally(*Compound->body_back());
  if (const auto *If = dyn_cast<IfStmt>(&S))
    return !If->getElse() || completesNormally(*If->getThen()) ||
           completesNormally(*If->getElse());
  return true;
}

/// What one walk over the rest of a generator's block finds out about it.
class GeneratorUses {
public:
  GeneratorUses(const VarDecl &Var, const CompoundStmt &Block,
                unsigned DeclIndex, llvm::StringRef CleanupMember,
                const SourceManager &SM)
      : Block(Block), DeclIndex(DeclIndex),
        CleanupMember(CleanupMember), SM(SM) {
    Names.insert(&Var);
  }

  struct Use {
    /// The reference, or a lambda that captures the generator.
    const Expr *Ref;
    /// The outermost loop of the block around the use, if any.
    const Stmt *Loop;
    /// The innermost loop around the use, if any.
    const Stmt *Inner;
    /// The use resumes the generator: it is awaited, awaits one of its
    /// members, is the range of a range-for or sits in a loop header.
    bool Iterates;
    /// The generator goes somewhere else: not a member call, not awaited.
    bool Escapes;
    /// The use sits in the header of its innermost loop.
    bool InHeader = false;
  };
  std::vector<Use> Uses;
  /// Where each outermost loop sits.
  llvm::DenseMap<const Stmt *, StmtPath> LoopPaths;
  /// Where each label that is a child of a compound statement sits.
  llvm::DenseMap<const Stmt *, StmtPath> LabelPaths;
  /// For a generator that needs asynchronous cleanup: the first statement
  /// that leaves its scope before an awaited cleanup, if any, and whether
  /// falling off the end of the block does.
  const Stmt *UncoveredExit = nullptr;
  bool FallsOffUncovered = false;
  /// Every goto in the rest of the block.
  std::vector<const GotoStmt *> Gotos;

  void run() {
    Path.push_back({&Block, 0});
    PathDepth.push_back(0);
    for (unsigned I = DeclIndex + 1; I < Block.size(); ++I) {
      Path.back().second = I;
      visit(*Block.body_begin()[I]);
    }
    if (CleanupMember.empty() || UncoveredExit)
      return;
    // Falling off the end of the block is an exit too, unless the last
    // statement never completes normally.
    const Stmt *Last = Block.body_back();
    if (Last && !completesNormally(*Last))
      return;
    FallsOffUncovered = llvm::none_of(
        Cleanups, [&](const auto &C) { return C.first == &Block; });
  }

private:
  void visit(const Stmt &S) {
    if (const auto *Lambda = dyn_cast<LambdaExpr>(&S)) {
      // Its body may run at any time: a capture is a use that escapes.
      for (const LambdaCapture &Capture : Lambda->captures())
        if (Capture.capturesVariable() &&
            Names.contains(Capture.getCapturedVar())) {
          Uses.push_back({Lambda, OuterLoop, innerLoop(), false, true});
          break;
        }
      return;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&S)) {
      if (Names.contains(Ref->getDecl()))
        visitRef(*Ref);
      return;
    }
    if (isa<BreakStmt>(S)) {
      if (BreakTargets == 0)
        visitExit(S);
      return;
    }
    if (isa<ContinueStmt>(S)) {
      if (Loops == 0)
        visitExit(S);
      return;
    }
    if (const auto *Goto = dyn_cast<GotoStmt>(&S)) {
      Gotos.push_back(Goto);
      const LabelStmt *Target = Goto->getLabel()->getStmt();
      if (!Target ||
          !SM.isBeforeInTranslationUnit(
              Block.body_begin()[DeclIndex]->getEndLoc(),
              Target->getBeginLoc()) ||
          !SM.isBeforeInTranslationUnit(Target->getBeginLoc(),
                                        Block.getRBracLoc()))
        visitExit(S);
      return;
    }
    if (isa<ReturnStmt, CoreturnStmt>(S))
      visitExit(S);

    if (isa<LabelStmt>(S) && !Path.empty() &&
        Path.back().first->body_begin()[Path.back().second] == &S)
      LabelPaths[&S] = Path;

    bool IsLoop = isLoop(S);
    bool IsOuterLoop = IsLoop && !OuterLoop;
    if (IsOuterLoop) {
      OuterLoop = &S;
      LoopPaths[&S] = Path;
    }
    Loops += IsLoop;
    BreakTargets += IsLoop || isa<SwitchStmt>(S);
    Stack.push_back(&S);

    if (const auto *Compound = dyn_cast<CompoundStmt>(&S)) {
      Path.push_back({Compound, 0});
      PathDepth.push_back(Stack.size());
      for (unsigned I = 0; I < Compound->size(); ++I) {
        Path.back().second = I;
        visit(*Compound->body_begin()[I]);
      }
      Path.pop_back();
      PathDepth.pop_back();
    } else if (IsLoop) {
      visitLoop(S);
    } else {
      forEachRunChild(S, [&](const Stmt &Child) { visit(Child); });
    }

    Stack.pop_back();
    Loops -= IsLoop;
    BreakTargets -= IsLoop || isa<SwitchStmt>(S);
    if (IsOuterLoop)
      OuterLoop = nullptr;
  }

  void visitHeader(const Stmt *S) {
    if (!S)
      return;
    ++Header;
    visit(*S);
    --Header;
  }
  void visitBody(const Stmt *S) {
    if (S)
      visit(*S);
  }

  void visitLoop(const Stmt &S) {
    if (const auto *For = dyn_cast<ForStmt>(&S)) {
      visitHeader(For->getInit());
      visitHeader(For->getConditionVariableDeclStmt());
      visitHeader(For->getCond());
      visitHeader(For->getInc());
      visitBody(For->getBody());
    } else if (const auto *While = dyn_cast<WhileStmt>(&S)) {
      visitHeader(While->getConditionVariableDeclStmt());
      visitHeader(While->getCond());
      visitBody(While->getBody());
    } else if (const auto *Do = dyn_cast<DoStmt>(&S)) {
      visitBody(Do->getBody());
      visitHeader(Do->getCond());
    } else if (const auto *Range = dyn_cast<CXXForRangeStmt>(&S)) {
      visitHeader(Range->getInit());
      visitHeader(Range->getRangeStmt());
      visitBody(Range->getLoopVarStmt());
      visitBody(Range->getBody());
    }
  }

  void visitRef(const DeclRefExpr &Ref) {
    int I = static_cast<int>(Stack.size()) - 1;
    auto SkipTransparent = [&] {
      while (I >= 0 && isTransparent(*Stack[I]))
        --I;
    };
    SkipTransparent();
    // `auto &&r = g;` (as QCORO_FOREACH does): uses of r are uses of g.
    if (I >= 0)
      if (const auto *DS = dyn_cast<DeclStmt>(Stack[I]);
          DS && DS->isSingleDecl())
        if (const auto *Alias = dyn_cast<VarDecl>(DS->getSingleDecl());
            Alias && !Alias->isImplicit() &&
            Alias->getType()->isReferenceType() && Alias->getInit() &&
            Alias->getInit()->IgnoreParenImpCasts() == &Ref) {
          Names.insert(Alias);
          return;
        }
    if (I >= 0 && isStdMove(*Stack[I])) {
      --I;
      SkipTransparent();
    }
    bool Member = false;
    const CXXMemberCallExpr *MemberCall = nullptr;
    if (I >= 0 && isa<MemberExpr>(Stack[I])) {
      Member = true;
      --I;
      if (I >= 0)
        MemberCall = dyn_cast<CXXMemberCallExpr>(Stack[I]);
      if (MemberCall)
        --I;
      SkipTransparent();
    }
    bool Awaited = I >= 0 && isa<CoawaitExpr>(Stack[I]);
    bool InHeader = Header > 0;
    // An iterator points into the generator: uses of it are uses of the
    // generator that stay where they are.
    bool IsIterator = Iterators.contains(Ref.getDecl());
    Uses.push_back({&Ref, OuterLoop, innerLoop(), InHeader || Awaited,
                    !IsIterator && !Member && !Awaited && !InHeader,
                    InHeader});
    // `auto it = g.begin();` or `auto it = co_await g.begin();`.
    if (MemberCall && MemberCall->getMethodDecl() &&
        MemberCall->getMethodDecl()->getIdentifier() &&
        MemberCall->getMethodDecl()->getName() == "begin") {
      int J = I;
      if (Awaited) {
        --J;
        while (J >= 0 && isTransparent(*Stack[J]))
          --J;
      }
      // `auto it = g.begin(), end = g.end();` declares several.
      if (J >= 0 && static_cast<size_t>(J) + 1 < Stack.size())
        if (const auto *DS = dyn_cast<DeclStmt>(Stack[J]))
          for (const Decl *D : DS->decls())
            if (const auto *It = dyn_cast<VarDecl>(D);
                It && It->getInit() == Stack[J + 1]) {
              Names.insert(It);
              Iterators.insert(It);
            }
    }

    if (!CleanupMember.empty() && Awaited && MemberCall &&
        MemberCall->getMethodDecl() &&
        MemberCall->getMethodDecl()->getName() == CleanupMember)
      // The cleanup runs whenever the child of each compound statement around
      // it runs, up to the first compound statement where it is conditional.
      for (size_t Level = Path.size(); Level-- > 0;) {
        if (std::any_of(Stack.begin() + PathDepth[Level], Stack.end(),
                        [](const Stmt *S) { return isConditional(*S); }))
          break;
        Cleanups.push_back(Path[Level]);
      }
  }

  const Stmt *innerLoop() const {
    for (const Stmt *S : llvm::reverse(Stack))
      if (isLoop(*S))
        return S;
    return nullptr;
  }

  void visitExit(const Stmt &S) {
    if (CleanupMember.empty() || UncoveredExit)
      return;
    for (const auto &[Compound, Done] : Cleanups)
      for (const auto &[Open, At] : Path)
        if (Open == Compound && Done < At)
          return;
    UncoveredExit = &S;
  }

  const CompoundStmt &Block;
  unsigned DeclIndex;
  llvm::StringRef CleanupMember;
  const SourceManager &SM;
  /// The generator's variable and the references bound to it.
  llvm::SmallPtrSet<const ValueDecl *, 2> Names;
  /// The iterators over it among Names.
  llvm::SmallPtrSet<const ValueDecl *, 2> Iterators;

  /// The ancestors of the node being visited, below the block.
  std::vector<const Stmt *> Stack;
  /// The compound statements around it, and where in Stack each starts.
  StmtPath Path;
  llvm::SmallVector<size_t, 4> PathDepth;
  /// Awaited cleanups that run whenever the statement of the pair runs.
  llvm::SmallVector<std::pair<const CompoundStmt *, unsigned>, 2> Cleanups;
  const Stmt *OuterLoop = nullptr;
  unsigned Header = 0, Loops = 0, BreakTargets = 0;
};

/// Whether an identifier in \p Names is spelled after the statement \p S and
/// before the end of \p Block: `decltype(v)` names v without a use of it.
bool spelledAfter(const Stmt &S, const CompoundStmt &Block,
                  llvm::ArrayRef<llvm::StringRef> Names,
                  const SourceManager &SM, const LangOptions &LangOpts) {
  if (Names.empty())
    return false;
  SourceLocation From =
      Lexer::getLocForEndOfToken(S.getEndLoc(), 0, SM, LangOpts);
  SourceLocation To = Block.getRBracLoc();
  if (From.isInvalid() || To.isInvalid() || !From.isFileID() ||
      !To.isFileID() || SM.getFileID(From) != SM.getFileID(To))
    return true;
  llvm::StringRef Buf = SM.getBufferData(SM.getFileID(From));
  unsigned Begin = SM.getFileOffset(From), End = SM.getFileOffset(To);
  if (Begin > End)
    return true;
  // The lexer needs the buffer's terminating null: stop at the brace.
  Lexer Raw(From, LangOpts, Buf.data() + Begin, Buf.data() + Begin,
            Buf.data() + Buf.size());
  Token Tok;
  while (!Raw.LexFromRawLexer(Tok) || Tok.isNot(tok::eof)) {
    if (Tok.is(tok::eof) || SM.getFileOffset(Tok.getLocation()) >= End)
      break;
    if (Tok.is(tok::raw_identifier) &&
        llvm::is_contained(Names, Tok.getRawIdentifier()))
      return true;
  }
  return false;
}

/// Whether the body of \p Loop keeps the address of its loop variable when
/// that is a reference into the generator (`&x`, std::addressof, std::ref):
/// what it points to dies with the generator, which must stay alive.
bool keepsElementAddress(const CXXForRangeStmt &Loop) {
  const VarDecl *Element = Loop.getLoopVariable();
  if (!Element || !Element->getType()->isReferenceType() || !Loop.getBody())
    return false;
  auto IsElement = [&](const Expr *E) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts()
                                                      : nullptr);
    return Ref && Ref->getDecl() == Element;
  };
  std::function<bool(const Stmt &)> Keeps = [&](const Stmt &S) {
    if (const auto *Op = dyn_cast<UnaryOperator>(&S);
        Op && Op->getOpcode() == UO_AddrOf && IsElement(Op->getSubExpr()))
      return true;
    if (const auto *Call = dyn_cast<CallExpr>(&S))
      if (const FunctionDecl *FD = Call->getDirectCallee();
          FD && FD->isInStdNamespace() && FD->getIdentifier() &&
          llvm::is_contained({"addressof", "ref", "cref"}, FD->getName()) &&
          Call->getNumArgs() == 1 && IsElement(Call->getArg(0)))
        return true;
    bool Found = false;
    for (const Stmt *Child : S.children())
      if (Child && !Found)
        Found = Keeps(*Child);
    return Found;
  };
  return Keeps(*Loop.getBody());
}

/// Whether wrapping the children First..Last of Block in braces keeps the
/// code valid: nothing after them names a variable they declare or jumps to a
/// label among them.
bool canWrap(const CompoundStmt &Block, unsigned First, unsigned Last,
             const SourceManager &SM, const LangOptions &LangOpts) {
  llvm::SmallPtrSet<const Decl *, 4> Declared;
  llvm::SmallVector<llvm::StringRef, 4> Spelled;
  for (unsigned I = First + 1; I <= Last; ++I)
    if (const auto *DS = dyn_cast<DeclStmt>(Block.body_begin()[I]))
      for (const Decl *D : DS->decls()) {
        if (!isa<VarDecl>(D))
          return false;
        Declared.insert(D);
        if (const IdentifierInfo *Id = cast<VarDecl>(D)->getIdentifier())
          Spelled.push_back(Id->getName());
      }
  if (spelledAfter(*Block.body_begin()[Last], Block, Spelled, SM, LangOpts))
    return false;
  SourceRange Wrapped(Block.body_begin()[First]->getBeginLoc(),
                      Block.body_begin()[Last]->getEndLoc());
  auto Inside = [&](SourceLocation L) {
    return !SM.isBeforeInTranslationUnit(L, Wrapped.getBegin()) &&
           !SM.isBeforeInTranslationUnit(Wrapped.getEnd(), L);
  };
  std::function<bool(const Stmt &)> Blocks = [&](const Stmt &S) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&S))
      if (Declared.contains(Ref->getDecl()))
        return true;
    if (const auto *Goto = dyn_cast<GotoStmt>(&S))
      if (const LabelStmt *Target = Goto->getLabel()->getStmt())
        if (Inside(Target->getBeginLoc()))
          return true;
    bool Found = false;
    // Lambdas may capture the variables too: look inside everything.
    for (const Stmt *Child : S.children())
      if (Child && !Found)
        Found = Blocks(*Child);
    return Found;
  };
  for (unsigned I = Last + 1; I < Block.size(); ++I)
    if (Blocks(*Block.body_begin()[I]))
      return false;
  return true;
}

} // namespace

void UnclosedGeneratorCheck::registerMatchers(MatchFinder *Finder) {
  // A local generator is a variable of record type declared on its own in a
  // block; the model decides in check().
  Finder->addMatcher(
      compoundStmt(
          unless(isExpansionInSystemHeader()),
          forEach(declStmt(hasSingleDecl(
                               varDecl(hasLocalStorage(), unless(parmVarDecl()),
                                       hasType(hasUnqualifiedDesugaredType(
                                           recordType())))
                                   .bind("var")))
                      .bind("decl")))
          .bind("block"),
      this);
}

void UnclosedGeneratorCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Block = Result.Nodes.getNodeAs<CompoundStmt>("block");
  const auto *Decl = Result.Nodes.getNodeAs<DeclStmt>("decl");
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var");
  const SourceManager &SM = *Result.SourceManager;
  if (!Block || !Decl || !Var || SM.isInSystemHeader(Var->getLocation()) ||
      isInSystemMacro(Var->getLocation(), SM))
    return;
  Classification C = model().classifyType(Var->getType());
  if (!C.isGenerator())
    return;
  const auto *DeclPos = llvm::find(Block->body(), Decl);
  if (DeclPos == Block->body_end())
    return;
  unsigned DeclIndex = DeclPos - Block->body_begin();
  llvm::StringRef Cleanup = model().requiredAsyncCleanup(Var->getType());

  GeneratorUses Uses(*Var, *Block, DeclIndex, Cleanup, SM);
  Uses.run();

  // Rule 2: a generator whose asynchronous cleanup must be awaited.
  if (!Cleanup.empty()) {
    if (llvm::any_of(Uses.Uses, [](const auto &U) { return U.Escapes; }) ||
        (!Uses.UncoveredExit && !Uses.FallsOffUncovered))
      return;
    diag(Var->getLocation(),
         "'%0()' of async generator '%1' is not awaited on every path out of "
         "its scope; destroying it without that aborts the process")
        << Cleanup << Var->getName();
    int Kind = 5;
    SourceLocation At = Block->getRBracLoc();
    if (const Stmt *Exit = Uses.UncoveredExit) {
      At = Exit->getBeginLoc();
      Kind = isa<ReturnStmt>(Exit)     ? 0
             : isa<CoreturnStmt>(Exit) ? 1
             : isa<BreakStmt>(Exit)    ? 2
             : isa<ContinueStmt>(Exit) ? 3
                                       : 4;
    }
    diag(At,
         "%select{'return'|'co_return'|'break'|'continue'|'goto'|the end of "
         "the scope}0 leaves the scope here without 'co_await "
         "std::move(%1).%2()'",
         DiagnosticIDs::Note)
        << Kind << Var->getName() << Cleanup;
    return;
  }

  // Rule 1: the loop that iterated the generator is the outermost loop
  // around its last use, and must resume it.
  // A use that hands the generator elsewhere (an address taken, a lambda
  // capture, a reference passed or stored, a move) may resume or free it
  // later through another name.
  if (Uses.Uses.empty() ||
      llvm::any_of(Uses.Uses, [](const auto &U) { return U.Escapes; }))
    return;
  const Stmt *Loop = Uses.Uses.back().Loop;
  if (!Loop || llvm::none_of(Uses.Uses, [&](const auto &U) {
        return U.Loop == Loop && U.Iterates;
      }))
    return;
  llvm::SmallVector<const Stmt *, 2> Exits =
      earlyExitsWithinScope(*Loop, *Block, SM);
  if (Exits.empty())
    return;
  // A loop inside L that resumes the generator in its header and has no
  // early exit of its own runs it to its end: leaving L then leaves nothing
  // suspended.
  if (llvm::none_of(Uses.Uses, [&](const auto &U) {
        return U.Loop == Loop && U.Iterates &&
               (U.Inner == Loop || !U.InHeader ||
                earlyExitWithinScope(*U.Inner, *Block, SM));
      }))
    return;
  // A pointer to an element kept past the loop needs the generator alive.
  for (const auto &U : Uses.Uses)
    if (const auto *RangeFor = dyn_cast_or_null<CXXForRangeStmt>(U.Inner);
        RangeFor && U.Loop == Loop && U.InHeader &&
        keepsElementAddress(*RangeFor))
      return;
  // A goto back to the loop (or before it) resumes the generator again.
  for (const GotoStmt *Goto : Uses.Gotos)
    if (const LabelStmt *Target = Goto->getLabel()->getStmt())
      if (SM.isBeforeInTranslationUnit(Loop->getEndLoc(),
                                       Goto->getBeginLoc()) &&
          !SM.isBeforeInTranslationUnit(Loop->getEndLoc(),
                                        Target->getBeginLoc()))
        return;
  const StmtPath &Path = Uses.LoopPaths.find(Loop)->second;
  auto After = [&](const StmtPath &P, bool Including) {
    return StrictScope ? statementAfter(P, Including)
                       : suspensionAfter(P, Including);
  };
  // Where an exit goes on: after the loop, or at the label of a goto (null
  // when that label is not a child of a block).
  auto Target = [&](const Stmt &E) -> const StmtPath * {
    if (isa<BreakStmt>(E))
      return &Path;
    auto It = Uses.LabelPaths.find(cast<GotoStmt>(E).getLabel()->getStmt());
    return It == Uses.LabelPaths.end() ? nullptr : &It->second;
  };
  const auto *ExitIt = llvm::find_if(Exits, [&](const Stmt *E) {
    const StmtPath *P = Target(*E);
    return P && After(*P, isa<GotoStmt>(E));
  });
  if (ExitIt == Exits.end())
    return;
  const Stmt *Exit = *ExitIt;
  // Wrapping the statement that holds the loop only helps when nothing that
  // counts runs after an exit inside that statement.
  bool CountsInside = llvm::any_of(Exits, [&](const Stmt *E) {
    const StmtPath *P = Target(*E);
    return P && P->front().second == Path.front().second &&
           After(StmtPath(P->begin() + 1, P->end()), isa<GotoStmt>(E));
  });

  bool Async = C.Kind == Role::AsyncGenerator;
  {
    auto Diag = diag(Var->getLocation(),
                     "%select{generator|async generator}0 '%1' stays suspended "
                     "after the loop exits early, holding its resources until "
                     "its scope ends%select{|, and its asynchronous cleanup "
                     "never runs}0; end its scope with the loop")
                << Async << Var->getName();

    // Fix-its. A range-for over the generator right after its declaration,
    // with no other use: move the declaration into the loop's init-statement.
    const ASTContext &Ctx = *Result.Context;
    const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop);
    unsigned Top = Path.front().second;
    if (spelledAfter(*Block->body_begin()[Top], *Block, Var->getName(), SM,
                     Ctx.getLangOpts())) {
      // Named after the loop (`decltype(g)`): a narrower scope breaks that.
    } else if (RangeFor && !RangeFor->getInit() && Top == DeclIndex + 1 &&
               Block->body_begin()[Top] == Loop && Uses.Uses.size() == 1 &&
               RangeFor->getRangeInit() &&
               RangeFor->getRangeInit()->IgnoreParenImpCasts() ==
                   Uses.Uses[0].Ref) {
      Diag << fixit::moveDeclIntoRangeForInit(*Decl, *RangeFor, Ctx);
    } else if (!CountsInside &&
               canWrap(*Block, DeclIndex, Top, SM, Ctx.getLangOpts())) {
      // Otherwise end the scope with the statement that holds the loop; that
      // only helps when nothing after the loop inside that statement counts.
      Diag << fixit::wrapStatementsInBlock(*Block, DeclIndex, Top, Ctx);
    }
  }

  diag(Exit->getBeginLoc(),
       "%select{'break'|'goto'}0 leaves the loop here while '%1' is suspended",
       DiagnosticIDs::Note)
      << isa<GotoStmt>(Exit) << Var->getName();
}

CORO_TIDY_CHECK_FACTORY(UnclosedGeneratorCheck)

} // namespace coro_tidy
