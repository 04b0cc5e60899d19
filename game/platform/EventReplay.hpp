// SPDX-License-Identifier: GPL-3.0-or-later
// --events and --record: an events file replayed into the game, or the
// player's window events written to one (core/EventScript.hpp has the format).
#pragma once

#include "core/EventScript.hpp"

#include <SFML/Window/Event.hpp>

#include <fstream>
#include <optional>
#include <string>

namespace mobi {

class EventReplay {
public:
    // Nullopt, with file:line errors, when the file is broken or names a key SFML has no name for.
    static std::optional<EventReplay> load(const std::string& path, ErrorList& errors);

    // The next event due at `step` or before, or null when none is due yet.
    const RecordedEvent* nextDue(int step);
    bool finished() const { return m_next >= m_script.events.size(); }
    // The step of the next event (the current one when none is left).
    int nextStep(int current) const { return finished() ? current : m_script.events[m_next].step; }

private:
    explicit EventReplay(EventScript script) : m_script(std::move(script)) {}
    EventScript m_script;
    std::size_t m_next = 0;
};

class EventRecorder {
public:
    explicit EventRecorder(const std::string& path);
    bool ok() const { return static_cast<bool>(m_out); }
    void record(const sf::Event& e, sf::Vector2u windowSize, int step);
    void finish(int step); // the "end" line

private:
    std::ofstream m_out;
};

} // namespace mobi
