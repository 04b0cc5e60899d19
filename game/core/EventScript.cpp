// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/EventScript.hpp"

#include "content/XmlNode.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace mobi {
namespace {

using Kind = RecordedEvent::Kind;

struct Verb {
    const char* word;
    Kind kind;
};
const Verb kVerbs[] = {
    {"key-down", Kind::KeyDown},
    {"key-up", Kind::KeyUp},
    {"mouse-move", Kind::MouseMove},
    {"mouse-down", Kind::MouseDown},
    {"mouse-down-right", Kind::MouseDown},
    {"mouse-up", Kind::MouseUp},
    {"mouse-up-right", Kind::MouseUp},
    {"wheel", Kind::Wheel},
    {"text", Kind::Text},
    {"focus-lost", Kind::FocusLost},
    {"focus-gained", Kind::FocusGained},
    {"report", Kind::Report},
    {"end", Kind::End},
};

bool parseFloat(const std::string& s, float& out) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

bool parseInt(const std::string& s, int& out) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// "Return", "Tab+shift", "F12+control+shift".
bool parseKey(const std::string& word, RecordedEvent& e) {
    std::size_t plus = word.find('+');
    e.key = word.substr(0, plus);
    if (e.key.empty()) return false;
    for (char c : e.key)
        if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    while (plus != std::string::npos) {
        const std::size_t next = word.find('+', plus + 1);
        const std::string modifier =
            word.substr(plus + 1, next == std::string::npos ? next : next - plus - 1);
        if (modifier == "shift")
            e.shift = true;
        else if (modifier == "control")
            e.control = true;
        else
            return false;
        plus = next;
    }
    return true;
}

// "U+00E9" → 0xE9.
bool parseCodePoint(const std::string& word, std::uint32_t& out) {
    if (word.size() < 3 || word.compare(0, 2, "U+") != 0) return false;
    auto r = std::from_chars(word.data() + 2, word.data() + word.size(), out, 16);
    return r.ec == std::errc() && r.ptr == word.data() + word.size() && out > 0 && out <= 0x10FFFF;
}

std::string pixels(float v) {
    // Whole pixels print as integers; the rest with enough digits to come back the same.
    char text[32];
    if (v == std::floor(v) && std::fabs(v) < 1e7f)
        std::snprintf(text, sizeof text, "%d", static_cast<int>(v));
    else
        std::snprintf(text, sizeof text, "%.9g", static_cast<double>(v));
    return text;
}

} // namespace

EventScript EventScript::parse(const std::string& text, const std::string& name, ErrorList& errors) {
    EventScript script;
    script.name = name;
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
        RecordedEvent e;
        e.line = lineNumber;
        if (!parseInt(w[0], e.step) || e.step < 0) {
            fail("expected a step number (0 or more), found \"" + w[0] + "\"");
            continue;
        }
        if (e.step < lastStep) {
            fail("expected steps in order, found step " + w[0] + " after step " + std::to_string(lastStep));
            continue;
        }
        const std::string verb = w.size() > 1 ? w[1] : "";
        const Verb* found = nullptr;
        for (const Verb& v : kVerbs)
            if (verb == v.word) found = &v;
        if (!found) {
            fail("expected key-down, key-up, mouse-move, mouse-down, mouse-up, wheel, text, focus-lost, "
                 "focus-gained, report or end after the step, found \"" +
                 verb + "\"");
            continue;
        }
        e.kind = found->kind;
        e.rightButton = verb.size() > 6 && verb.compare(verb.size() - 6, 6, "-right") == 0;
        const std::size_t args = w.size() - 2;
        bool ok = true;
        switch (e.kind) {
        case Kind::KeyDown:
        case Kind::KeyUp:
            ok = args == 1 && parseKey(w[2], e);
            if (!ok)
                fail("expected \"" + verb +
                     " KEY\" with SFML's name of a key (Left, Space, Return, Num1…), "
                     "then +shift or +control if held, found \"" +
                     line + "\"");
            break;
        case Kind::MouseMove:
        case Kind::MouseDown:
        case Kind::MouseUp:
            if (args == 1 && w[2].size() > 1 && w[2][0] == '@')
                e.target = w[2].substr(1);
            else if (args == 0 && e.kind != Kind::MouseMove)
                e.atPointer = true;
            else
                ok = args == 2 && parseFloat(w[2], e.x) && parseFloat(w[3], e.y);
            if (!ok)
                fail("expected \"" + verb + " X Y\" in logical pixels (0..1280, 0..720) or \"" + verb +
                     " @NAME\" (a body or zone of the level), found \"" + line + "\"");
            break;
        case Kind::Wheel:
            ok = args == 3 && parseFloat(w[2], e.wheel) && parseFloat(w[3], e.x) && parseFloat(w[4], e.y);
            if (!ok) fail("expected \"wheel NOTCHES X Y\", found \"" + line + "\"");
            break;
        case Kind::Text:
            ok = args == 1 && parseCodePoint(w[2], e.unicode);
            if (!ok)
                fail("expected \"text U+XXXX\" (one character as its code point), found \"" + line + "\"");
            break;
        default:
            ok = args == 0;
            if (!ok) fail("expected nothing after \"" + verb + "\", found \"" + line + "\"");
            break;
        }
        if (!ok) continue;
        lastStep = e.step;
        script.events.push_back(e);
    }
    return script;
}

EventScript EventScript::load(const std::string& path, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the events file (is the file missing?)");
        EventScript none;
        none.name = path;
        return none;
    }
    return parse(*text, path, errors);
}

std::string formatEvent(const RecordedEvent& e) {
    std::string out = std::to_string(e.step) + " ";
    const char* verb = "end";
    for (const Verb& v : kVerbs)
        if (v.kind == e.kind) {
            verb = v.word;
            break;
        }
    out += verb;
    if ((e.kind == Kind::MouseDown || e.kind == Kind::MouseUp) && e.rightButton) out += "-right";
    switch (e.kind) {
    case Kind::KeyDown:
    case Kind::KeyUp:
        out += " " + e.key + (e.shift ? "+shift" : "") + (e.control ? "+control" : "");
        break;
    case Kind::MouseMove:
    case Kind::MouseDown:
    case Kind::MouseUp:
        if (!e.target.empty())
            out += " @" + e.target;
        else if (!e.atPointer)
            out += " " + pixels(e.x) + " " + pixels(e.y);
        break;
    case Kind::Wheel:
        out += " " + pixels(e.wheel) + " " + pixels(e.x) + " " + pixels(e.y);
        break;
    case Kind::Text: {
        char code[16];
        std::snprintf(code, sizeof code, " U+%04X", static_cast<unsigned>(e.unicode));
        out += code;
        break;
    }
    default:
        break;
    }
    return out;
}

} // namespace mobi
