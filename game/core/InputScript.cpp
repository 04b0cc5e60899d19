// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/InputScript.hpp"

#include "content/XmlNode.hpp"

#include <charconv>
#include <sstream>

namespace mobi {
namespace {

bool isKey(const std::string& k) {
    return k == "left" || k == "right" || k == "up" || k == "down" || k == "action";
}

bool parseFloat(const std::string& s, float& out) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

void setKey(InputFrame& f, const std::string& key, bool held) {
    if (key == "left") f.axisX = held ? -1 : (f.axisX == -1 ? 0 : f.axisX);
    if (key == "right") f.axisX = held ? 1 : (f.axisX == 1 ? 0 : f.axisX);
    if (key == "down") f.axisY = held ? -1 : (f.axisY == -1 ? 0 : f.axisY);
    if (key == "up") f.axisY = held ? 1 : (f.axisY == 1 ? 0 : f.axisY);
    if (key == "action") f.action = held;
}

} // namespace

InputScript InputScript::parse(const std::string& text, const std::string& name, ErrorList& errors) {
    InputScript script;
    std::istringstream in(text);
    std::string line;
    int lineNumber = 0, lastStep = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string word; words >> word;)
            w.push_back(word);
        if (w.empty()) continue;
        auto fail = [&](const std::string& what) { errors.add(name, lineNumber, what); };
        if (w[0] == "option") {
            if (w.size() != 3)
                fail("expected \"option NAME VALUE\", found \"" + line + "\"");
            else if (!script.events.empty())
                fail("expected options before the first step, found one after");
            else
                script.options[w[1]] = w[2];
            continue;
        }
        ScriptEvent e;
        e.line = lineNumber;
        auto r = std::from_chars(w[0].data(), w[0].data() + w[0].size(), e.step);
        if (r.ec != std::errc() || r.ptr != w[0].data() + w[0].size() || e.step < 0) {
            fail("expected a step number (0 or more) or \"option\", found \"" + w[0] + "\"");
            continue;
        }
        if (e.step < lastStep) {
            fail("expected steps in order, found step " + w[0] + " after step " + std::to_string(lastStep));
            continue;
        }
        lastStep = e.step;
        const std::string verb = w.size() > 1 ? w[1] : "";
        const std::size_t args = w.size() - 2;
        if ((verb == "press" || verb == "release" || verb == "tap") && args == 1 && isKey(w[2])) {
            e.kind = verb == "press"     ? ScriptEvent::Kind::Press
                     : verb == "release" ? ScriptEvent::Kind::Release
                                         : ScriptEvent::Kind::Tap;
            e.key = w[2];
        } else if (verb == "pointer" && args == 2 && parseFloat(w[2], e.x) && parseFloat(w[3], e.y)) {
            e.kind = ScriptEvent::Kind::Pointer;
        } else if (verb == "pointer" && args == 1 && w[2].size() > 1 && w[2][0] == '@') {
            e.kind = ScriptEvent::Kind::Pointer;
            e.target = w[2].substr(1);
        } else if ((verb == "down" || verb == "up" || verb == "cycle" || verb == "end") && args == 0) {
            e.kind = verb == "down"    ? ScriptEvent::Kind::Down
                     : verb == "up"    ? ScriptEvent::Kind::Up
                     : verb == "cycle" ? ScriptEvent::Kind::Cycle
                                       : ScriptEvent::Kind::End;
            if (e.kind == ScriptEvent::Kind::End) script.endStep = e.step;
        } else {
            fail("expected press/release/tap KEY (left right up down action), pointer X Y, pointer @NAME, "
                 "down, up, "
                 "cycle or "
                 "end, found \"" +
                 line + "\"");
            continue;
        }
        script.events.push_back(e);
    }
    return script;
}

InputScript InputScript::load(const std::string& path, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the input script (is the file missing?)");
        return {};
    }
    return parse(*text, path, errors);
}

InputFrame ScriptPlayer::frame(int step, const PointLocator& locate) {
    m_held.actionPressed = false;
    m_held.cyclePressed = false;
    if (m_tapRelease) { // a tap holds its key for exactly one step
        setKey(m_held, m_tapKey, false);
        m_tapRelease = false;
    }
    const auto& events = m_script->events;
    while (m_next < events.size() && events[m_next].step <= step) {
        const ScriptEvent& e = events[m_next++];
        switch (e.kind) {
        case ScriptEvent::Kind::Press:
            if (e.key == "action" && !m_held.action) m_held.actionPressed = true;
            setKey(m_held, e.key, true);
            break;
        case ScriptEvent::Kind::Release:
            setKey(m_held, e.key, false);
            break;
        case ScriptEvent::Kind::Tap:
            if (e.key == "action") m_held.actionPressed = true;
            setKey(m_held, e.key, true);
            m_tapRelease = true;
            m_tapKey = e.key;
            break;
        case ScriptEvent::Kind::Pointer: {
            float x = e.x, y = e.y;
            if (!e.target.empty() && !(locate && locate(e.target, x, y))) break;
            m_held.pointerValid = true;
            m_held.pointerX = x;
            m_held.pointerY = y;
            break;
        }
        case ScriptEvent::Kind::Down:
            m_held.pointerValid = true;
            m_held.pointerDown = true;
            break;
        case ScriptEvent::Kind::Up:
            m_held.pointerDown = false;
            break;
        case ScriptEvent::Kind::Cycle:
            m_held.cyclePressed = true;
            break;
        case ScriptEvent::Kind::End:
            break;
        }
    }
    return m_held;
}

} // namespace mobi
