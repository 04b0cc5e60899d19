// SPDX-License-Identifier: GPL-3.0-or-later
// The latch between window events and the simulation's steps: what a level
// sees of keys and clicks that come and go between two steps.
#include "core/PlayInput.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

TEST_CASE("a held key reaches every step until it is released", "[input]") {
    PlayInput in;
    in.press(PlayKey::Right);
    CHECK(in.take().axisX == 1);
    CHECK(in.take().axisX == 1);
    in.release(PlayKey::Right);
    CHECK(in.take().axisX == 0);
}

TEST_CASE("a key pressed and released between two steps still reaches one step", "[input]") {
    // A quick tap at 30 images a second: both events come in one batch, before two steps.
    PlayInput in;
    in.press(PlayKey::Left);
    in.release(PlayKey::Left);
    const InputFrame first = in.take();
    CHECK(first.axisX == -1);
    CHECK(in.take().axisX == 0);

    in.press(PlayKey::Action);
    in.release(PlayKey::Action);
    const InputFrame tap = in.take();
    CHECK(tap.action);
    CHECK(tap.actionPressed);
    const InputFrame after = in.take();
    CHECK_FALSE(after.action);
    CHECK_FALSE(after.actionPressed);
}

TEST_CASE("the window's key repeat does not press a held key again", "[input]") {
    PlayInput in;
    in.press(PlayKey::Action);
    CHECK(in.take().actionPressed);
    in.press(PlayKey::Action); // repeat while held
    const InputFrame f = in.take();
    CHECK(f.action);
    CHECK_FALSE(f.actionPressed);
}

TEST_CASE("opposite arrows cancel, and up is positive", "[input]") {
    PlayInput in;
    in.press(PlayKey::Left);
    in.press(PlayKey::Right);
    in.press(PlayKey::Up);
    const InputFrame f = in.take();
    CHECK(f.axisX == 0);
    CHECK(f.axisY == 1);
    in.release(PlayKey::Up);
    in.press(PlayKey::Down);
    CHECK(in.take().axisY == -1);
}

TEST_CASE("Tab jumps once per press", "[input]") {
    PlayInput in;
    in.cycle();
    CHECK(in.take().cyclePressed);
    CHECK_FALSE(in.take().cyclePressed);
}

TEST_CASE("the pointer: moves, presses, and a click shorter than a step", "[input]") {
    PlayInput in;
    CHECK_FALSE(in.take().pointerValid); // no mouse seen yet
    in.pointerMove(3.f, 4.f);
    InputFrame f = in.take();
    CHECK(f.pointerValid);
    CHECK(f.pointerX == 3.f);
    CHECK(f.pointerY == 4.f);
    CHECK_FALSE(f.pointerDown);

    in.pointerDown(5.f, 6.f);
    in.pointerUp();
    f = in.take();
    CHECK(f.pointerDown);
    CHECK(f.pointerX == 5.f);
    CHECK_FALSE(in.take().pointerDown);
}

TEST_CASE("releaseAll lets go of keys and the button, but the pointer stays where it is", "[input]") {
    // The level was covered by the pause menu or the window lost the focus:
    // the releases of what is held now will never come to the level.
    PlayInput in;
    in.press(PlayKey::Right);
    in.press(PlayKey::Action);
    in.pointerDown(7.f, 8.f);
    in.cycle();
    in.releaseAll();
    const InputFrame f = in.take();
    CHECK(f.axisX == 0);
    CHECK_FALSE(f.action);
    CHECK_FALSE(f.actionPressed);
    CHECK_FALSE(f.cyclePressed);
    CHECK_FALSE(f.pointerDown);
    CHECK(f.pointerValid);
    CHECK(f.pointerX == 7.f);
}

TEST_CASE("a quick drag presses where the button went down, then moves on", "[input]") {
    // A fast hand (or xdotool) presses on a phone and is already far away when the step comes:
    // the step must press on the phone, not on the empty wall where the mouse now is.
    PlayInput in;
    in.pointerMove(1.f, 6.f);
    (void)in.take();
    in.pointerDown(1.f, 6.f);
    in.pointerMove(1.f, 8.f);
    in.pointerMove(1.f, 9.f);
    const InputFrame press = in.take();
    CHECK(press.pointerDown);
    CHECK(press.pointerX == 1.f);
    CHECK(press.pointerY == 6.f);
    const InputFrame next = in.take();
    CHECK(next.pointerDown);
    CHECK(next.pointerY == 9.f);
    // Once held, moves go straight through.
    in.pointerMove(2.f, 9.f);
    CHECK(in.take().pointerX == 2.f);
}
