// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WordWrap.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

// Every character is 10 units wide: easy to reason about.
static float monospace(const std::u32string& s) { return 10.f * static_cast<float>(s.size()); }

TEST_CASE("text wraps at spaces within the width", "[wrap]") {
    auto lines = wrapText(U"le petit téléphone voyage", 100, monospace);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == U"le petit");
    CHECK(lines[1] == U"téléphone");
    CHECK(lines[2] == U"voyage");
}

TEST_CASE("explicit newlines are kept, empty lines too", "[wrap]") {
    auto lines = wrapText(U"Bonjour\n\nLéo", 200, monospace);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].empty());
}

TEST_CASE("a no-break space keeps French punctuation with its word", "[wrap]") {
    auto lines = wrapText(U"Au secours\u202F!", 100, monospace);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == U"secours\u202F!");
}

TEST_CASE("a word longer than a line is split, never overflowing, and the caller is told", "[wrap]") {
    bool split = false;
    auto lines = wrapText(U"anticonstitutionnellement", 100, monospace, &split);
    REQUIRE(lines.size() == 3);
    for (const auto& l : lines)
        CHECK(monospace(l) <= 100);
    CHECK(split);
    wrapText(U"le petit téléphone voyage", 100, monospace, &split);
    CHECK_FALSE(split);
}

TEST_CASE("a hyphenated word too long for a line breaks after its hyphen, not between letters", "[wrap]") {
    bool split = true;
    // "Marie-Charlotte" is 15 wide, the line 10: "Marie-" then "Charlotte".
    auto lines = wrapText(U"Marie-Charlotte", 100, monospace, &split);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == U"Marie-");
    CHECK(lines[1] == U"Charlotte");
    CHECK_FALSE(split); // no word was cut: no need to shrink
    // A word that fits stays whole, hyphen or not.
    lines = wrapText(U"le coffre-fort", 110, monospace, &split);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == U"coffre-fort");
    // Pieces still too long: split between letters, and said.
    wrapText(U"anticonstitutionnel-lement", 100, monospace, &split);
    CHECK(split);
}
