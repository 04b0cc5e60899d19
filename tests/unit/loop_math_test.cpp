// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FixedStep.hpp"
#include "core/Letterbox.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

TEST_CASE("the fixed step runs whole steps and keeps the remainder", "[loop]") {
    FixedStep step;
    CHECK(step.advance(kStepSeconds * 0.5) == 0);
    CHECK(step.advance(kStepSeconds * 0.6) == 1);
    CHECK(step.alpha() == Approx(0.1).margin(1e-9));
    CHECK(step.advance(kStepSeconds * 3) == 3);
}

TEST_CASE("a long stall runs at most five steps and is then forgotten", "[loop]") {
    FixedStep step;
    CHECK(step.advance(10.0) == FixedStep::kMaxStepsPerFrame);
    CHECK(step.advance(0.0) == 0);
    step.advance(kStepSeconds * 0.9);
    step.reset();
    CHECK(step.advance(kStepSeconds * 0.5) == 0);
}

TEST_CASE("letterboxing keeps 16:9 and maps the mouse back", "[loop]") {
    auto same = letterboxViewport(1280, 720);
    CHECK(same.left == 0);
    CHECK(same.width == 1);
    CHECK(same.height == 1);

    // A 4:3 projector: bars at top and bottom.
    auto tall = letterboxViewport(1024, 768);
    CHECK(tall.width == 1);
    CHECK(tall.height == Approx(576.0 / 768.0));
    CHECK(tall.top == Approx(96.0 / 768.0));
    auto centre = windowToLogical(512, 384, 1024, 768);
    CHECK(centre.x == Approx(640));
    CHECK(centre.y == Approx(360));
    CHECK(centre.inside);
    CHECK_FALSE(windowToLogical(512, 20, 1024, 768).inside); // on the bar

    // A 1024×600 netbook is a little taller than 16:9: thin bars top and bottom.
    auto netbook = letterboxViewport(1024, 600);
    CHECK(netbook.width == 1);
    CHECK(netbook.height == Approx(576.0 / 600.0));
    // A 21:9 screen: bars left and right.
    auto wide = letterboxViewport(2560, 1080);
    CHECK(wide.height == 1);
    CHECK(wide.width == Approx(1920.0 / 2560.0));
    auto corner = windowToLogical(3840 - 1, 2160 - 1, 3840, 2160);
    CHECK(corner.x == Approx(1279.67).margin(0.01));
    CHECK(corner.y == Approx(719.67).margin(0.01));
}
