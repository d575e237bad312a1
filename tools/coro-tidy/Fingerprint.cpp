//===- Fingerprint.cpp - GitHub's line hashes for SARIF results -----------===//

#include "tools/coro-tidy/Fingerprint.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/ConvertUTF.h"
#include <array>
#include <cstdint>

namespace coro_tidy {
namespace {

constexpr unsigned Window = 100;
constexpr uint64_t Base = 37;
constexpr uint16_t EndOfFile = 0xFFFF;

/// \p Text as UTF-16 code units, as a JavaScript string decoded from UTF-8
/// has them (an invalid byte becomes U+FFFD).
std::vector<uint16_t> utf16(llvm::StringRef Text) {
  std::vector<uint16_t> Out;
  Out.reserve(Text.size());
  const auto *P = reinterpret_cast<const llvm::UTF8 *>(Text.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(Text.end());
  while (P < End) {
    if (*P < 0x80) {
      Out.push_back(*P++);
      continue;
    }
    llvm::UTF32 C;
    const llvm::UTF8 *Start = P;
    if (llvm::convertUTF8Sequence(&P, End, &C, llvm::strictConversion) !=
        llvm::conversionOK) {
      P = Start + 1;
      C = 0xFFFD;
    }
    if (C >= 0x10000) {
      C -= 0x10000;
      Out.push_back(static_cast<uint16_t>(0xD800 + (C >> 10)));
      Out.push_back(static_cast<uint16_t>(0xDC00 + (C & 0x3FF)));
    } else {
      Out.push_back(static_cast<uint16_t>(C));
    }
  }
  return Out;
}

class Hasher {
public:
  explicit Hasher(std::vector<std::string> &Out) : Out(Out) {
    Starts.fill(0);
    Chars.fill(0);
    for (unsigned I = 0; I < Window; ++I)
      Drop *= Base;
  }

  void character(uint16_t C) {
    if (C == ' ' || C == '\t' || (AfterCR && C == '\n')) {
      AfterCR = false;
      return;
    }
    AfterCR = C == '\r';
    if (AfterCR)
      C = '\n';
    if (Starts[Index])
      emit();
    if (AtLineStart) {
      AtLineStart = false;
      Starts[Index] = ++Line;
    }
    if (C == '\n')
      AtLineStart = true;
    roll(C);
  }

  void finish() {
    character(EndOfFile);
    for (unsigned I = 0; I < Window; ++I) {
      if (Starts[Index])
        emit();
      roll(0);
    }
  }

private:
  /// The window now holds the 100 characters from a line's start.
  void emit() {
    char Hex[17];
    snprintf(Hex, sizeof(Hex), "%llx", static_cast<unsigned long long>(Hash));
    unsigned Seen = ++Counts[Hex];
    if (Out.size() < Starts[Index])
      Out.resize(Starts[Index]);
    Out[Starts[Index] - 1] = std::string(Hex) + ":" + std::to_string(Seen);
    Starts[Index] = 0;
  }

  void roll(uint16_t C) {
    Hash = Hash * Base + C - Drop * Chars[Index];
    Chars[Index] = C;
    Index = (Index + 1) % Window;
  }

  std::vector<std::string> &Out;
  std::array<unsigned, Window> Starts; // the line a window slot starts, or 0
  std::array<uint16_t, Window> Chars;
  llvm::StringMap<unsigned> Counts;
  uint64_t Hash = 0, Drop = 1;
  unsigned Index = 0, Line = 0;
  bool AtLineStart = true, AfterCR = false;
};

} // namespace

std::vector<std::string> lineHashes(llvm::StringRef Text) {
  std::vector<std::string> Out;
  Hasher H(Out);
  for (uint16_t C : utf16(Text))
    H.character(C);
  H.finish();
  return Out;
}

} // namespace coro_tidy
