// SPDX-License-Identifier: GPL-3.0-or-later
// core/KeyRepeat: a held key's repeats told from new presses, in both forms
// windows send them. (tests/events/space_held_repeats.events plays the same
// through the real window's handling.)
#include "core/KeyRepeat.hpp"

#include <catch2/catch.hpp>

using mobi::KeyRepeat;

TEST_CASE("a held key's repeats are not new presses; released and pressed again, it is", "[input]") {
    constexpr int space = 57, left = 71;
    KeyRepeat keys;
    CHECK(keys.press(space));
    CHECK_FALSE(keys.press(space)); // a second press while down
    // X's auto-repeat: a release and a press in one batch of events.
    keys.releaseLater(space);
    CHECK_FALSE(keys.press(space));
    CHECK(keys.endOfBatch().empty()); // still held: no release to pass on
    // A real release: passed on once the batch is read; then a new press.
    keys.releaseLater(space);
    CHECK(keys.endOfBatch() == std::vector<int>{space});
    CHECK(keys.press(space));
    // Other keys are let go at once, and each key is its own.
    CHECK(keys.press(left));
    keys.release(left);
    CHECK(keys.press(left));
    CHECK_FALSE(keys.press(space));
    // The focus lost: nothing is held any more.
    keys.clear();
    CHECK(keys.press(space));
    CHECK(keys.press(left));
}
