// Input scripts: a player's actions written as text, replayed one InputFrame
// per fixed step, for headless runs, tests and benchmarks.
//
//   # comment
//   option mine classic        level options, before any step
//   0 press right              at step 0, hold → (keys: left right up down action)
//   120 release right
//   200 pointer 12.5 8.0       move the pointer to (x, y) metres
//   201 down                   left button down; "up" releases it
//   300 tap action             press then release at the next step
//   300 cycle                  Tab
//   5000 end                   stop the run here
//
// Steps must not go backwards. Errors name the file and line.
#pragma once

#include "content/DataError.hpp"
#include "core/InputFrame.hpp"

#include <map>
#include <string>
#include <vector>

namespace mobi {

struct ScriptEvent {
    int step = 0;
    enum class Kind { Press, Release, Tap, Pointer, Down, Up, Cycle, End } kind = Kind::End;
    std::string key; // press/release/tap
    float x = 0.f, y = 0.f;
};

struct InputScript {
    std::map<std::string, std::string> options;
    std::vector<ScriptEvent> events;
    int endStep = -1; // -1: no "end" line

    static InputScript parse(const std::string& text, const std::string& name, ErrorList& errors);
    static InputScript load(const std::string& path, ErrorList& errors);
};

// Turns a script into one InputFrame per step.
class ScriptPlayer {
public:
    explicit ScriptPlayer(const InputScript& script) : m_script(&script) {}
    InputFrame frame(int step);
    bool finished(int step) const { return m_script->endStep >= 0 && step >= m_script->endStep; }

private:
    const InputScript* m_script;
    std::size_t m_next = 0;
    InputFrame m_held; // what stays held between events
    bool m_tapRelease = false;
    std::string m_tapKey;
};

} // namespace mobi
