// SPDX-License-Identifier: GPL-3.0-or-later
// UTF-8 <-> UTF-32 and the few Unicode operations the game needs, without
// SFML, so they are unit-tested: upper-casing for beginning readers (French
// accents included), counting letters, and cleaning up names children type.
#pragma once

#include <string>

namespace mobi {

// Invalid bytes become U+FFFD, so broken input never crashes or loses the rest.
std::u32string decodeUtf8(const std::string& utf8);
std::string encodeUtf8(const std::u32string& text);

// Upper case for Latin (with all French accents, œ → Œ, ÿ → Ÿ), Greek and
// Cyrillic. Letters with no single upper-case form (ß) stay as they are.
char32_t toUpper(char32_t c);
std::string toUpperUtf8(const std::string& utf8);

std::size_t countCodePoints(const std::string& utf8);

// True for characters that must never appear in a shown name: control codes,
// line/paragraph separators, bidi overrides and zero-width format marks that
// could hide or reorder text.
bool isInvisibleOrControl(char32_t c);

} // namespace mobi
