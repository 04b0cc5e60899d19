// SPDX-License-Identifier: GPL-3.0-or-later
// Events files (--events, --record): parsing, errors with file:line, and the
// written form reading back the same.
#include "core/EventScript.hpp"

#include <catch2/catch.hpp>

using namespace mobi;
using Kind = RecordedEvent::Kind;

TEST_CASE("an events file reads every kind of event", "[events]") {
    ErrorList errors;
    const EventScript s = EventScript::parse("# a comment\n"
                                             "0 key-down Return\n"
                                             "0 key-up Tab+shift  # trailing comment\n"
                                             "12 mouse-move 640 360.5\n"
                                             "13 mouse-down 10 20\n"
                                             "14 mouse-up-right 10 20\n"
                                             "15 wheel -1 5 6\n"
                                             "16 text U+00E9\n"
                                             "17 focus-lost\n"
                                             "18 focus-gained\n"
                                             "19 report\n"
                                             "20 end\n",
                                             "t.events", errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    REQUIRE(s.events.size() == 11);
    CHECK(s.events[0].kind == Kind::KeyDown);
    CHECK(s.events[0].key == "Return");
    CHECK(s.events[1].shift);
    CHECK(s.events[1].line == 3);
    CHECK(s.events[2].x == 640.f);
    CHECK(s.events[2].y == 360.5f);
    CHECK(s.events[3].kind == Kind::MouseDown);
    CHECK_FALSE(s.events[3].rightButton);
    CHECK(s.events[4].kind == Kind::MouseUp);
    CHECK(s.events[4].rightButton);
    CHECK(s.events[5].wheel == -1.f);
    CHECK(s.events[6].unicode == 0xE9);
    CHECK(s.events[7].kind == Kind::FocusLost);
    CHECK(s.events[9].kind == Kind::Report);
    CHECK(s.events[10].step == 20);
}

TEST_CASE("mistakes in an events file name the file, the line and what was expected", "[events]") {
    ErrorList errors;
    EventScript::parse("5 key-down Right\n"
                       "3 key-up Right\n"     // backwards
                       "6 jump\n"             // unknown verb
                       "x mouse-move 1 2\n"   // not a step
                       "7 mouse-move 1\n"     // a coordinate missing
                       "8 text é\n"           // not a code point
                       "9 key-down Tab+alt\n" // unknown modifier
                       "10 report now\n"      // nothing may follow
                       "11 mouse-move\n"      // a move needs a point or a name
                       "12 mouse-down @\n",   // a name, empty
                       "bad.events", errors);
    const std::string all = errors.toString();
    INFO(all);
    CHECK(errors.size() == 9);
    CHECK_THAT(all, Catch::Contains("bad.events:2: expected steps in order"));
    CHECK_THAT(all, Catch::Contains("bad.events:3: expected key-down"));
    CHECK_THAT(all, Catch::Contains("bad.events:4: expected a step number"));
    CHECK_THAT(all, Catch::Contains("bad.events:5: expected \"mouse-move X Y\""));
    CHECK_THAT(all, Catch::Contains("bad.events:6: expected \"text U+XXXX\""));
    CHECK_THAT(all, Catch::Contains("bad.events:7:"));
    CHECK_THAT(all, Catch::Contains("bad.events:8: expected nothing after \"report\""));
    CHECK_THAT(all, Catch::Contains("bad.events:9: expected \"mouse-move X Y\" in logical pixels (0..1280, "
                                    "0..720) or \"mouse-move @NAME\""));
    CHECK_THAT(all, Catch::Contains("bad.events:10: expected \"mouse-down X Y\""));
}

TEST_CASE("a missing events file is named", "[events]") {
    ErrorList errors;
    EventScript::load("/nonexistent/run.events", errors);
    CHECK_THAT(errors.toString(),
               Catch::Contains("/nonexistent/run.events") && Catch::Contains("cannot open"));
}

TEST_CASE("what --record writes, --events reads back the same", "[events]") {
    std::vector<RecordedEvent> written(8);
    written[0].step = 4;
    written[0].kind = Kind::KeyDown;
    written[0].key = "F12";
    written[0].shift = written[0].control = true;
    written[1].step = 5;
    written[1].kind = Kind::MouseMove;
    written[1].x = 12.25f;
    written[1].y = 700.f;
    written[2] = written[1];
    written[2].kind = Kind::MouseUp;
    written[2].rightButton = true;
    written[3].step = 6;
    written[3].kind = Kind::Text;
    written[3].unicode = 0x1F600;
    written[4].step = 6;
    written[4].kind = Kind::Wheel;
    written[4].wheel = 1.f;
    written[5].step = 9;
    written[5].kind = Kind::FocusLost;
    written[6].step = 10;
    written[6].kind = Kind::MouseMove;
    written[6].target = "bench.screw1";
    written[7].step = 11;
    written[7].kind = Kind::MouseDown;
    written[7].atPointer = true;
    std::string text;
    for (const auto& e : written)
        text += formatEvent(e) + "\n";
    ErrorList errors;
    const EventScript back = EventScript::parse(text, "round.events", errors);
    INFO(text << errors.toString());
    REQUIRE(errors.empty());
    REQUIRE(back.events.size() == written.size());
    for (std::size_t i = 0; i < written.size(); ++i) {
        INFO(i);
        CHECK(formatEvent(back.events[i]) == formatEvent(written[i]));
        CHECK(back.events[i].kind == written[i].kind);
        CHECK(back.events[i].x == written[i].x);
        CHECK(back.events[i].target == written[i].target);
        CHECK(back.events[i].atPointer == written[i].atPointer);
    }
    CHECK(formatEvent(written[6]) == "10 mouse-move @bench.screw1");
    CHECK(formatEvent(written[7]) == "11 mouse-down");
    CHECK(formatEvent(written[0]) == "4 key-down F12+shift+control");
    CHECK(formatEvent(written[2]) == "5 mouse-up-right 12.25 700");
}
