//===- FixIts.cpp - Fix-it builders shared by the coro-* checks -----------===//

#include "lib/FixIts.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <functional>

using namespace clang;

namespace coro_tidy::fixit {

/// Whether \p Text has an `#include` directive of \p Name (active or not).
static bool hasDirective(llvm::StringRef Text, llvm::StringRef Name) {
  for (llvm::StringRef Rest = Text; !Rest.empty();) {
    auto [Line, Next] = Rest.split('\n');
    Rest = Next;
    llvm::StringRef L = Line.ltrim();
    if (!L.consume_front("#"))
      continue;
    L = L.ltrim();
    if (!L.consume_front("include"))
      continue;
    L = L.ltrim();
    if (L.size() > Name.size() + 1 && (L[0] == '<' || L[0] == '"') &&
        L.substr(1, Name.size()) == Name &&
        (L[Name.size() + 1] == '>' || L[Name.size() + 1] == '"'))
      return true;
  }
  return false;
}

std::optional<FixItHint> insertInclude(tidy::utils::IncludeInserter &Inserter,
                                       const SourceManager &SM, FileID File,
                                       llvm::StringRef Header) {
  // The header is there when the preprocessor entered it from \p File, or
  // entered it elsewhere first (an include guard then skips the file's own
  // #include) and the file has the directive. A directive in an inactive
  // #if or a comment enters nothing, and the header is added.
  llvm::StringRef Name = Header.drop_front().drop_back();
  bool Entered = false;
  for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I) {
    const SrcMgr::SLocEntry &Entry = SM.getLocalSLocEntry(I);
    if (!Entry.isFile())
      continue;
    const SrcMgr::FileInfo &Info = Entry.getFile();
    SourceLocation From = Info.getIncludeLoc();
    OptionalFileEntryRef Included = Info.getContentCache().OrigEntry;
    if (From.isInvalid() || !Included)
      continue;
    llvm::StringRef Path = Included->getName();
    if (Path != Name && !Path.ends_with(("/" + Name).str()))
      continue;
    if (SM.getFileID(From) == File)
      return std::nullopt;
    Entered = true;
  }
  if (Entered)
    if (std::optional<llvm::StringRef> Text = SM.getBufferDataOrNone(File);
        Text && hasDirective(*Text, Name))
      return std::nullopt;
  return Inserter.createIncludeInsertion(File, Header);
}


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

/// Whether the token after \p E continues a postfix expression on it.
static bool followedByPostfix(const Expr &E, const ASTContext &Ctx) {
  std::optional<Token> Next = Lexer::findNextToken(
      E.getEndLoc(), Ctx.getSourceManager(), Ctx.getLangOpts());
  return Next && Next->isOneOf(tok::period, tok::arrow, tok::l_square,
                               tok::l_paren, tok::plusplus, tok::minusminus);
}

std::vector<FixItHint> awaitInsteadOfCall(const CallExpr &Call,
                                          const Expr &Operand,
                                          const ASTContext &Ctx) {
  SourceRange Outer = Call.getSourceRange(), Inner = Operand.getSourceRange();
  if (!isEditable(Outer) || !isEditable(Inner))
    return {};
  const SourceManager &SM = Ctx.getSourceManager();
  if (!SM.isBeforeInTranslationUnit(Outer.getBegin(), Inner.getBegin()) ||
      !SM.isBeforeInTranslationUnit(Inner.getEnd(), Outer.getEnd()))
    return {};
  bool OuterParens = followedByPostfix(Call, Ctx);
  bool InnerParens = needsParensForPrefix(Operand);
  std::string Before = OuterParens ? "(co_await " : "co_await ";
  if (InnerParens)
    Before += "(";
  std::string After = std::string(InnerParens ? ")" : "") +
                      (OuterParens ? ")" : "");
  return {FixItHint::CreateReplacement(
              CharSourceRange::getCharRange(Outer.getBegin(), Inner.getBegin()),
              Before),
          FixItHint::CreateReplacement(
              CharSourceRange::getCharRange(afterToken(Inner.getEnd(), Ctx),
                                            afterToken(Outer.getEnd(), Ctx)),
              After)};
}

std::vector<FixItHint> replaceCallee(const CallExpr &Call, llvm::StringRef Text) {
  SourceRange Callee = Call.getCallee()->getSourceRange();
  if (!isEditable(Callee) || !isEditable(Call.getSourceRange()))
    return {};
  return {FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Callee),
                                       Text)};
}

/// Offsets in one file buffer, for edits that work on whole lines.
namespace {
struct BufferView {
  const SourceManager &SM;
  FileID File;
  llvm::StringRef Text;

  BufferView(const SourceManager &SM, SourceLocation Loc)
      : SM(SM), File(SM.getFileID(Loc)), Text(SM.getBufferData(File)) {}

  unsigned offset(SourceLocation Loc) const { return SM.getFileOffset(Loc); }
  SourceLocation loc(unsigned Offset) const {
    return SM.getLocForStartOfFile(File).getLocWithOffset(Offset);
  }
  /// The start of the line of \p Offset. (StringRef::rfind looks strictly
  /// before its position, so a statement in column 0 is its own line start.)
  unsigned lineStart(unsigned Offset) const {
    size_t NL = Text.rfind('\n', Offset);
    return NL == llvm::StringRef::npos ? 0 : NL + 1;
  }
  /// The end of the line of \p Offset (at its '\n' or '\r\n').
  unsigned lineEnd(unsigned Offset) const {
    size_t NL = Text.find('\n', Offset);
    unsigned End = NL == llvm::StringRef::npos ? Text.size() : NL;
    if (End > Offset && Text[End - 1] == '\r')
      --End;
    return End;
  }
  /// The line break whose '\n' is at \p NL ("\r\n" or "\n"; "\n" past the
  /// end), so that inserted lines keep a CRLF file CRLF.
  llvm::StringRef lineBreakAt(size_t NL) const {
    return NL != llvm::StringRef::npos && NL > 0 && NL < Text.size() &&
                   Text[NL - 1] == '\r'
               ? "\r\n"
               : "\n";
  }
  /// Whether only blanks stand between \p From and \p To.
  bool blank(unsigned From, unsigned To) const {
    return Text.slice(From, To).find_first_not_of(" \t") == llvm::StringRef::npos;
  }
  unsigned skipBlanks(unsigned Offset) const {
    while (Offset < Text.size() && (Text[Offset] == ' ' || Text[Offset] == '\t'))
      ++Offset;
    return Offset;
  }
};
} // namespace

std::vector<FixItHint> insertStatementBefore(const Stmt &S, llvm::StringRef Text,
                                             const ASTContext &Ctx) {
  SourceLocation Begin = S.getBeginLoc();
  if (Begin.isInvalid() || !Begin.isFileID())
    return {};
  BufferView Buf(Ctx.getSourceManager(), Begin);
  unsigned Offset = Buf.offset(Begin), LineStart = Buf.lineStart(Offset);
  llvm::StringRef Before = Buf.Text.slice(LineStart, Offset);
  // Indent like S when S starts its line; otherwise stay on S's line.
  if (!Buf.blank(LineStart, Offset))
    return {FixItHint::CreateInsertion(Begin, (Text + " ").str())};
  llvm::StringRef EOL = LineStart == 0 ? "\n" : Buf.lineBreakAt(LineStart - 1);
  return {FixItHint::CreateInsertion(Begin, (Text + EOL + Before).str())};
}

std::vector<FixItHint> insertHandlerBefore(const CXXCatchStmt &Handler,
                                           llvm::StringRef Text,
                                           const ASTContext &Ctx) {
  SourceLocation Catch = Handler.getCatchLoc();
  if (!isEditable(Handler.getSourceRange()) || !Catch.isFileID())
    return {};
  BufferView Buf(Ctx.getSourceManager(), Catch);
  unsigned Offset = Buf.offset(Catch), LineStart = Buf.lineStart(Offset);
  unsigned IndentEnd = Buf.skipBlanks(LineStart);
  llvm::StringRef Indent = Buf.Text.slice(LineStart, IndentEnd);
  llvm::StringRef EOL = Buf.lineBreakAt(Buf.Text.find('\n', Offset));
  if (IndentEnd == Offset)
    return {FixItHint::CreateInsertion(Catch, (Text + EOL + Indent).str())};
  // `} catch`: the blanks between them become the two line breaks.
  unsigned BlankFrom = Offset;
  while (BlankFrom > LineStart &&
         (Buf.Text[BlankFrom - 1] == ' ' || Buf.Text[BlankFrom - 1] == '\t'))
    --BlankFrom;
  return {FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(Buf.loc(BlankFrom), Catch),
      (EOL + Indent + Text + EOL + Indent).str())};
}

std::vector<FixItHint> insertFirstStatement(const CompoundStmt &Block,
                                            llvm::StringRef Text,
                                            const ASTContext &Ctx) {
  if (!Block.body_empty())
    return insertStatementBefore(*Block.body_front(), Text, Ctx);
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LBrace = Block.getLBracLoc(), RBrace = Block.getRBracLoc();
  if (!isEditable(SourceRange(LBrace, RBrace)) ||
      SM.getFileID(LBrace) != SM.getFileID(RBrace))
    return {};
  BufferView Buf(SM, LBrace);
  unsigned Left = Buf.offset(LBrace), Right = Buf.offset(RBrace);
  SourceLocation After = Buf.loc(Left + 1);
  if (Buf.lineStart(Left) == Buf.lineStart(Right))
    return {FixItHint::CreateInsertion(
        After, (" " + Text + (Right == Left + 1 ? " " : "")).str())};
  // One level in from the closing brace's line.
  unsigned BraceLine = Buf.lineStart(Right);
  llvm::StringRef Indent = Buf.Text.slice(BraceLine, Buf.skipBlanks(BraceLine));
  llvm::StringRef EOL = Buf.lineBreakAt(Buf.Text.find('\n', Left));
  return {FixItHint::CreateInsertion(After, (EOL + Indent + "  " + Text).str())};
}

std::vector<FixItHint> insertLastStatement(const CompoundStmt &Block,
                                           llvm::StringRef Text,
                                           const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LBrace = Block.getLBracLoc(), RBrace = Block.getRBracLoc();
  if (!isEditable(SourceRange(LBrace, RBrace)) ||
      SM.getFileID(LBrace) != SM.getFileID(RBrace))
    return {};
  BufferView Buf(SM, RBrace);
  unsigned Right = Buf.offset(RBrace), Line = Buf.lineStart(Right);
  // `...; }` on one line: insert before the brace, on that line.
  if (Line == 0 || !Buf.blank(Line, Right))
    return {FixItHint::CreateInsertion(RBrace, (Text + " ").str())};
  // A line of its own, indented like the last statement when that starts
  // its line, otherwise one level in from the brace.
  std::string Indent = (Buf.Text.slice(Line, Right) + "  ").str();
  if (!Block.body_empty()) {
    SourceLocation Last = SM.getExpansionLoc(Block.body_back()->getBeginLoc());
    if (SM.getFileID(Last) == Buf.File) {
      unsigned Offset = Buf.offset(Last), LastLine = Buf.lineStart(Offset);
      if (Buf.blank(LastLine, Offset))
        Indent = Buf.Text.slice(LastLine, Offset).str();
    }
  }
  return {FixItHint::CreateInsertion(
      Buf.loc(Line), (Indent + Text + Buf.lineBreakAt(Line - 1)).str())};
}

std::vector<FixItHint> wrapExpr(const Expr &E, llvm::StringRef Prefix,
                                llvm::StringRef Suffix, const ASTContext &Ctx) {
  if (!isEditable(E.getSourceRange()))
    return {};
  return {FixItHint::CreateInsertion(E.getBeginLoc(), Prefix),
          FixItHint::CreateInsertion(afterToken(E.getEndLoc(), Ctx), Suffix)};
}

std::vector<FixItHint> wrapOperand(const Expr &E, llvm::StringRef Prefix,
                                   const ASTContext &Ctx) {
  bool Comma = false;
  if (const auto *Op = dyn_cast<BinaryOperator>(&E))
    Comma = Op->isCommaOp();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&E))
    Comma = Op->getOperator() == OO_Comma;
  return wrapExpr(E, Comma ? (Prefix + "(").str() : Prefix, Comma ? "))" : ")",
                  Ctx);
}

bool canPassTemporary(const CallExpr &Call, const Expr &Arg) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD)
    return false;
  unsigned I = 0;
  while (I < Call.getNumArgs() && Call.getArg(I) != &Arg)
    ++I;
  if (I == Call.getNumArgs())
    return false;
  // The object argument of a member operator is not a parameter.
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD)) {
    if (I == 0)
      return false;
    --I;
  }
  if (const auto *Method = dyn_cast<CXXMethodDecl>(FD))
    if (Method->isExplicitObjectMemberFunction() &&
        !isa<CXXOperatorCallExpr>(Call))
      ++I;
  if (I >= FD->getNumParams())
    return FD->isVariadic();
  QualType Param = FD->getParamDecl(I)->getType();
  return !(Param->isLValueReferenceType() &&
           !Param.getNonReferenceType().isConstQualified());
}

std::vector<FixItHint> replaceExpr(const Expr &E, llvm::StringRef Text) {
  if (!isEditable(E.getSourceRange()))
    return {};
  return {FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(E.getSourceRange()), Text)};
}


/// The location just past the statement \p S, including a ';' that ends it.
static SourceLocation endOfStatement(const Stmt &S, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Last = S.getEndLoc();
  if (Last.isInvalid() || !Last.isFileID())
    return {};
  Token Tok;
  if (Lexer::getRawToken(Last, Tok, SM, Ctx.getLangOpts(), true))
    return {};
  if (Tok.isOneOf(tok::semi, tok::r_brace))
    return Tok.getEndLoc();
  std::optional<Token> Next = Lexer::findNextToken(Last, SM, Ctx.getLangOpts());
  if (Next && Next->is(tok::semi) && Next->getLocation().isFileID())
    return Next->getEndLoc();
  return afterToken(Last, Ctx);
}

std::vector<FixItHint> moveDeclIntoRangeForInit(const DeclStmt &Decl,
                                                const CXXForRangeStmt &Loop,
                                                const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Loop.getInit() || !isEditable(Decl.getSourceRange()) ||
      !Loop.getForLoc().isFileID() ||
      SM.getFileID(Decl.getBeginLoc()) != SM.getFileID(Loop.getForLoc()))
    return {};
  std::optional<Token> LParen =
      Lexer::findNextToken(Loop.getForLoc(), SM, Ctx.getLangOpts());
  if (!LParen || !LParen->is(tok::l_paren) || !LParen->getLocation().isFileID())
    return {};

  SourceLocation DeclEnd = endOfStatement(Decl, Ctx);
  if (DeclEnd.isInvalid())
    return {};
  BufferView Buf(SM, Decl.getBeginLoc());
  unsigned Begin = Buf.offset(Decl.getBeginLoc()), End = Buf.offset(DeclEnd);
  llvm::StringRef Text = Buf.Text.slice(Begin, End);

  // Remove the declaration; remove its line too when nothing else is on it.
  unsigned RemoveFrom = Begin, RemoveTo = Buf.skipBlanks(End);
  unsigned LineStart = Buf.lineStart(Begin);
  if (Buf.blank(LineStart, Begin) && RemoveTo == Buf.lineEnd(End) &&
      LineStart > 0) {
    // From the end of the previous line: the line break after the
    // declaration stays, so nothing merges with the next line.
    RemoveFrom = LineStart - 1;
    if (RemoveFrom > 0 && Buf.Text[RemoveFrom - 1] == '\r')
      --RemoveFrom;
  }
  return {FixItHint::CreateRemoval(CharSourceRange::getCharRange(
              Buf.loc(RemoveFrom), Buf.loc(RemoveTo))),
          FixItHint::CreateInsertion(LParen->getEndLoc(), (Text + " ").str())};
}

std::vector<FixItHint> wrapStatementsInBlock(const CompoundStmt &Block,
                                             unsigned First, unsigned Last,
                                             const ASTContext &Ctx) {
  if (First > Last || Last >= Block.size())
    return {};
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt &FirstStmt = *Block.body_begin()[First];
  const Stmt &LastStmt = *Block.body_begin()[Last];
  SourceLocation Begin = FirstStmt.getBeginLoc();
  SourceLocation End = endOfStatement(LastStmt, Ctx);
  if (!isEditable(SourceRange(Begin, LastStmt.getEndLoc())) || End.isInvalid() ||
      SM.getFileID(Begin) != SM.getFileID(End))
    return {};

  BufferView Buf(SM, Begin);
  unsigned From = Buf.offset(Begin), To = Buf.offset(End);
  unsigned FirstLine = Buf.lineStart(From);
  unsigned ToLineEnd = Buf.lineEnd(To);
  llvm::StringRef Rest = Buf.Text.slice(Buf.skipBlanks(To), ToLineEnd);
  bool OwnLines = Buf.blank(FirstLine, From) &&
                  (Rest.empty() || Rest.starts_with("//"));
  llvm::StringRef Inside = Buf.Text.slice(From, To);
  if (!OwnLines)
    return {FixItHint::CreateInsertion(Begin, "{ "),
            FixItHint::CreateInsertion(End, " }")};

  llvm::StringRef Indent = Buf.Text.slice(FirstLine, From);
  llvm::StringRef EOL = Buf.lineBreakAt(Buf.Text.find('\n', ToLineEnd));
  // One level: the step from the block's brace line to its statements.
  std::string Unit = "  ";
  SourceLocation LBrace = Block.getLBracLoc();
  if (LBrace.isFileID() && SM.getFileID(LBrace) == Buf.File) {
    unsigned BraceLine = Buf.lineStart(Buf.offset(LBrace));
    unsigned BraceIndentEnd = Buf.skipBlanks(BraceLine);
    llvm::StringRef BraceIndent = Buf.Text.slice(BraceLine, BraceIndentEnd);
    if (Indent.size() > BraceIndent.size() && Indent.starts_with(BraceIndent))
      Unit = Indent.drop_front(BraceIndent.size()).str();
  }
  // Text whose lines must not move: raw strings and line continuations.
  bool Reindent = !Inside.contains("R\"") && !Inside.contains("\\\n");

  std::vector<FixItHint> Hints;
  Hints.push_back(FixItHint::CreateInsertion(
      Buf.loc(FirstLine),
      (Indent + "{" + EOL + (Reindent ? llvm::StringRef(Unit) : "")).str()));
  if (Reindent)
    for (size_t NL = Buf.Text.find('\n', From); NL < To;
         NL = Buf.Text.find('\n', NL + 1)) {
      unsigned Line = NL + 1;
      if (Line < Buf.Text.size() && !Buf.blank(Line, Buf.lineEnd(Line)))
        Hints.push_back(FixItHint::CreateInsertion(Buf.loc(Line), Unit));
    }
  Hints.push_back(
      FixItHint::CreateInsertion(Buf.loc(ToLineEnd), (EOL + Indent + "}").str()));
  return Hints;
}

bool spelledAfter(const Stmt &S, const CompoundStmt &Block,
                  llvm::ArrayRef<llvm::StringRef> Names, const ASTContext &Ctx) {
  if (Names.empty())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation From = afterToken(S.getEndLoc(), Ctx);
  SourceLocation To = Block.getRBracLoc();
  if (From.isInvalid() || To.isInvalid() || !From.isFileID() ||
      !To.isFileID() || SM.getFileID(From) != SM.getFileID(To))
    return true;
  llvm::StringRef Buf = SM.getBufferData(SM.getFileID(From));
  unsigned Begin = SM.getFileOffset(From), End = SM.getFileOffset(To);
  if (Begin > End)
    return true;
  // The lexer needs the buffer's terminating null: stop at the brace.
  Lexer Raw(From, Ctx.getLangOpts(), Buf.data() + Begin, Buf.data() + Begin,
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

bool canWrapStatements(const CompoundStmt &Block, unsigned First,
                       unsigned Last, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
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
  if (spelledAfter(*Block.body_begin()[Last], Block, Spelled, Ctx))
    return false;
  SourceRange Wrapped(Block.body_begin()[First]->getBeginLoc(),
                      Block.body_begin()[Last]->getEndLoc());
  auto Inside = [&](SourceLocation L) {
    return !SM.isBeforeInTranslationUnit(L, Wrapped.getBegin()) &&
           !SM.isBeforeInTranslationUnit(Wrapped.getEnd(), L);
  };
  // Lambdas may capture the variables too: look inside everything.
  std::function<bool(const Stmt &)> Blocks = [&](const Stmt &S) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&S))
      if (Declared.contains(Ref->getDecl()))
        return true;
    if (const auto *Goto = dyn_cast<GotoStmt>(&S))
      if (const LabelStmt *Target = Goto->getLabel()->getStmt())
        if (Inside(Target->getBeginLoc()))
          return true;
    for (const Stmt *Child : S.children())
      if (Child && Blocks(*Child))
        return true;
    return false;
  };
  for (unsigned I = Last + 1; I < Block.size(); ++I)
    if (Blocks(*Block.body_begin()[I]))
      return false;
  return true;
}

} // namespace coro_tidy::fixit
