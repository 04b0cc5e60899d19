// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/StringTable.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

namespace {
StringTable table(const std::string& body, ErrorList& errors, const std::string& lang = "fr") {
    return loadStringTable("<strings lang=\"" + lang + "\" name=\"X\" version=\"1\">\n" + body + "</strings>",
                           lang + ".xml", errors);
}
} // namespace

TEST_CASE("a string table loads ids, texts and notes", "[strings]") {
    ErrorList errors;
    auto t = table("<string id=\"menu.play\" note=\"button\">Jouer</string>\n", errors);
    CHECK(errors.empty());
    REQUIRE(t.find("menu.play"));
    CHECK(t.find("menu.play")->text == "Jouer");
    CHECK(t.find("menu.play")->note == "button");
    CHECK(t.find("menu.play")->line == 2);
}

TEST_CASE("string table mistakes name file and line", "[strings]") {
    ErrorList errors;
    table("<string id=\"a\">x</string>\n<string id=\"a\">y</string>\n<string id=\"b c\">z</string>\n"
          "<string id=\"c\"></string>\n<string id=\"d\">{oops</string>\n<string id=\"e\" "
          "tone=\"x\">t</string>\n",
          errors);
    const std::string all = errors.toString();
    CHECK(all.find("fr.xml:3: <string id=\"a\">: expected each id once, found it again (first at line 2)") !=
          std::string::npos);
    CHECK(all.find("fr.xml:4:") != std::string::npos);
    CHECK(all.find("fr.xml:5: <string id=\"c\">: expected a text") != std::string::npos);
    CHECK(all.find("fr.xml:6:") != std::string::npos);
    CHECK(all.find("fr.xml:7: <string>: unknown attribute \"tone\"") != std::string::npos);
}

TEST_CASE("placeholders are listed and filled", "[strings]") {
    CHECK(placeholdersOf("{name} a {count} chiffres, {name} !") == std::vector<std::string>{"count", "name"});
    CHECK(fillPlaceholders("Bravo {name} !", {{"name", "Zoé"}}) == "Bravo Zoé !");
    CHECK(fillPlaceholders("{a}{b}", {{"b", "2"}}) == "{a}2"); // unknown stays visible
}

TEST_CASE("lookup falls back to French, then to a visible marker", "[strings]") {
    ErrorList errors;
    auto fr =
        table("<string id=\"only.fr\">seulement</string>\n<string id=\"both\">les deux</string>\n", errors);
    auto en = table("<string id=\"both\">both</string>\n", errors, "en");
    REQUIRE(errors.empty());
    Strings s(fr, en);
    CHECK(s.get("both") == "both");
    CHECK(s.get("only.fr") == "seulement");
    CHECK(s.get("nowhere") == "[[nowhere]]");
    CHECK_FALSE(s.has("nowhere"));
}
