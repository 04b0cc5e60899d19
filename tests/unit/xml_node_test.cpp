// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/XmlNode.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

namespace {
// Parses `text` as file "t.xml" and hands its root to `read`; returns the errors.
template <typename Fn> ErrorList readRoot(const std::string& text, Fn read) {
    ErrorList errors;
    auto doc = XmlDocument::parse(text, "t.xml", errors);
    if (doc)
        if (auto root = doc->root("level", errors)) read(*root);
    return errors;
}
bool mentions(const ErrorList& e, const std::string& what) {
    return e.toString().find(what) != std::string::npos;
}
} // namespace

TEST_CASE("a syntax error names the file and the line", "[xml]") {
    ErrorList errors;
    auto doc = XmlDocument::parse("<level>\n  <body>\n</level>\n", "broken.xml", errors);
    CHECK_FALSE(doc);
    REQUIRE(errors.size() == 1);
    CHECK(errors.all()[0].file == "broken.xml");
    CHECK(errors.all()[0].line == 2); // tinyxml2 points at the element left open
}

TEST_CASE("the wrong root element is reported", "[xml]") {
    auto e = readRoot("<quiz/>", [](const XmlNode&) {});
    CHECK(mentions(e, "t.xml:1: expected the root element <level>, found <quiz>"));
}

TEST_CASE("unknown attributes and elements are reported with their line", "[xml]") {
    auto e = readRoot("<level id=\"mine\"\n  frition=\"2\">\n<bodyy/>\n</level>",
                      [](const XmlNode& n) { n.allowOnly({"id"}, {"body"}); });
    REQUIRE(e.size() == 2);
    CHECK(mentions(e, "t.xml:2: <level>: unknown attribute \"frition\""));
    CHECK(mentions(e, "t.xml:3: <level>: unknown element <bodyy>"));
}

TEST_CASE("numbers are checked for form and range", "[xml]") {
    double a = 0, b = 0, c = 0;
    int d = 0;
    auto e = readRoot("<level a=\"1.5\" b=\"abc\" c=\"99\" d=\"3.5\"/>", [&](const XmlNode& n) {
        a = n.requireNumber("a", 0, 10);
        b = n.optNumber("b", 2, 0, 10);
        c = n.optNumber("c", 3, 0, 10);
        d = n.optInt("d", 4, 0, 10);
    });
    CHECK(a == 1.5);
    CHECK(b == 2); // the declared default stands after an error
    CHECK(c == 3);
    CHECK(d == 4);
    REQUIRE(e.size() == 3);
    CHECK(mentions(e, "attribute \"b\": expected a number, found \"abc\""));
    CHECK(mentions(e, "attribute \"c\": expected a number from 0 to 10, found 99"));
    CHECK(mentions(e, "attribute \"d\": expected a whole number, found \"3.5\""));
}

TEST_CASE("missing attributes, booleans and choices", "[xml]") {
    auto e = readRoot("<level on=\"maybe\" kind=\"volcano\"/>", [](const XmlNode& n) {
        n.requireString("id");
        n.optBool("on", false);
        n.requireChoice("kind", {"classic", "responsible", "urban"});
    });
    REQUIRE(e.size() == 3);
    CHECK(mentions(e, "attribute \"id\": expected a value, found nothing"));
    CHECK(mentions(e, "expected true or false, found \"maybe\""));
    CHECK(mentions(e, "expected one of \"classic\", \"responsible\", \"urban\", found \"volcano\""));
}

TEST_CASE("a missing file is named", "[xml]") {
    ErrorList errors;
    CHECK_FALSE(XmlDocument::load("/nonexistent/level.xml", errors));
    CHECK(mentions(errors, "/nonexistent/level.xml: cannot open"));
}
