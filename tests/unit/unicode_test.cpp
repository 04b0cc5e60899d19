// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Unicode.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

TEST_CASE("UTF-8 round trip keeps French, Arabic, Chinese and emoji", "[unicode]") {
    const std::string samples[] = {"Éteins l’écran ! « cœur » œuf", "ليلى", "小明", "Zoé 🚀", "Ÿvette"};
    for (const auto& s : samples)
        CHECK(encodeUtf8(decodeUtf8(s)) == s);
    CHECK(decodeUtf8("é").size() == 1);
    CHECK(decodeUtf8("🚀").size() == 1);
}

TEST_CASE("invalid UTF-8 becomes replacement characters, never a crash", "[unicode]") {
    CHECK(decodeUtf8(std::string("a\xFF"
                                 "b")) == U"a\uFFFDb");
    CHECK(decodeUtf8(std::string("ab\xC3")) == U"ab\uFFFD");          // truncated at the end
    CHECK(decodeUtf8(std::string("\xC0\xAF")) == U"\uFFFD\uFFFD");    // overlong '/'
    CHECK(decodeUtf8(std::string("\xED\xA0\x80")).front() == 0xFFFD); // surrogate
}

TEST_CASE("upper case covers every French letter", "[unicode]") {
    CHECK(toUpperUtf8("àâæçéèêëîïôœùûüÿ") == "ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ");
    CHECK(toUpperUtf8("léo a 7 ans !") == "LÉO A 7 ANS !");
    CHECK(toUpperUtf8("ß÷") == "ß÷");
    CHECK(toUpperUtf8("привет") == "ПРИВЕТ");
}

TEST_CASE("code points are counted, not bytes", "[unicode]") {
    CHECK(countCodePoints("Zoé") == 3);
    CHECK(countCodePoints("小明") == 2);
}

TEST_CASE("control and bidi characters are recognised", "[unicode]") {
    CHECK(isInvisibleOrControl(U'\n'));
    CHECK(isInvisibleOrControl(0x202E));
    CHECK(isInvisibleOrControl(0x200B));
    CHECK_FALSE(isInvisibleOrControl(U'é'));
    CHECK_FALSE(isInvisibleOrControl(0x00A0));
}
