// SPDX-License-Identifier: GPL-3.0-or-later
// Input scripts: a player's actions written as text, replayed one InputFrame
// per fixed step, for headless runs, tests and benchmarks.
//
//   # comment
//   option mine classic        level options, before any step
//   0 press right              at step 0, hold → (keys: left right up down action)
//   120 release right
//   200 pointer 12.5 8.0       move the pointer to (x, y) metres
//   210 pointer @bench.screw1  move it onto a body or zone of the level, by its
//                              name, wherever that is when the step comes
//   201 down                   left button down; "up" releases it
//   300 tap action             press then release at the next step
//   300 cycle                  Tab
//   5000 end                   stop the run here
//
// Steps must not go backwards. Errors name the file and line.
#pragma once

#include "content/DataError.hpp"
#include "core/InputFrame.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace mobi {

struct ScriptEvent {
    int step = 0;
    enum class Kind { Press, Release, Tap, Pointer, Down, Up, Cycle, End } kind = Kind::End;
    std::string key;    // press/release/tap
    std::string target; // pointer @NAME: a body or zone ("" for a point)
    float x = 0.f, y = 0.f;
    int line = 0; // in the file, for error messages
};

struct InputScript {
    std::map<std::string, std::string> options;
    std::vector<ScriptEvent> events;
    int endStep = -1; // -1: no "end" line

    static InputScript parse(const std::string& text, const std::string& name, ErrorList& errors);
    static InputScript load(const std::string& path, ErrorList& errors);
};

// Where a named body or zone is now, in metres; false when there is none of
// that name. The level gives one (LevelSim::locator()).
using PointLocator = std::function<bool(const std::string& name, float& x, float& y)>;

// Turns a script into one InputFrame per step. A "pointer @NAME" asks
// `locate`; a name it does not find leaves the pointer where it was (the
// level's check, levels/ScriptAims.hpp, refuses such a script before play).
class ScriptPlayer {
public:
    explicit ScriptPlayer(const InputScript& script) : m_script(&script) {}
    InputFrame frame(int step, const PointLocator& locate = {});
    bool finished(int step) const { return m_script->endStep >= 0 && step >= m_script->endStep; }

private:
    const InputScript* m_script;
    std::size_t m_next = 0;
    InputFrame m_held; // what stays held between events
    bool m_tapRelease = false;
    std::string m_tapKey;
};

} // namespace mobi
