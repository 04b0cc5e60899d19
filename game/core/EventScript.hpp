// SPDX-License-Identifier: GPL-3.0-or-later
// Window events written as text, each stamped with the step (1/60 s) it
// happens at, for --events (replay them into the running game through the
// same handling as a real window) and --record (write what a player did).
//
//   # comment
//   0 key-down Return           a key, by SFML's name for it (Left, Space, Escape, Num1, F11…)
//   0 key-up Return              "+shift" / "+control" may follow the name: key-down Tab+shift
//   60 mouse-move 640 360        logical pixels of the 1280×720 screen
//   61 mouse-down 640 360        the left button ("mouse-down-right" for the right one)
//   62 mouse-up 640 360
//   63 mouse-move @bench.screw1  onto a body or zone of the level on screen, by
//                                its name, wherever it is at that step
//   64 mouse-down                no point: where the mouse is (after a move @NAME)
//   70 wheel 1 640 360           notches (up is positive) at a point
//   80 text U+00E9               one typed character, as its code point
//   90 focus-lost                the window lost the keyboard focus, and got it back
//   91 focus-gained
//   100 report                   print the state of the game (the scenes, the level)
//   7000 end                     print the state, then quit
//
// The step counts the fixed steps the game has run; it runs them only while
// something moves, so a replay started at a level (--start intro:mine) counts
// the level's own steps. Steps must not go backwards; errors name file:line.
#pragma once

#include "content/DataError.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mobi {

struct RecordedEvent {
    enum class Kind {
        KeyDown,
        KeyUp,
        MouseMove,
        MouseDown,
        MouseUp,
        Wheel,
        Text,
        FocusLost,
        FocusGained,
        Report,
        End
    };
    int step = 0;
    int line = 0; // in the file, for error messages (0 when made in memory)
    Kind kind = Kind::End;
    std::string key; // key events: SFML's name of the key
    bool shift = false, control = false;
    bool rightButton = false; // mouse-down / mouse-up
    float x = 0.f, y = 0.f;   // logical pixels (mouse and wheel events)
    std::string target;       // mouse events: "@NAME", a body or zone, instead of x y
    bool atPointer = false;   // mouse-down / mouse-up without a point: where the mouse is
    float wheel = 0.f;
    std::uint32_t unicode = 0; // text events
};

struct EventScript {
    std::string name; // the file, for messages
    std::vector<RecordedEvent> events;

    static EventScript parse(const std::string& text, const std::string& name, ErrorList& errors);
    static EventScript load(const std::string& path, ErrorList& errors);
};

// One line of the file for an event, without its end of line ("61 mouse-down 640 360").
std::string formatEvent(const RecordedEvent& e);

} // namespace mobi
