// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/EventReplay.hpp"

#include "platform/WindowEvents.hpp"

#include <filesystem>

namespace mobi {

std::optional<EventReplay> EventReplay::load(const std::string& path, ErrorList& errors) {
    const std::size_t before = errors.size();
    EventScript script = EventScript::load(path, errors);
    for (const RecordedEvent& e : script.events)
        if ((e.kind == RecordedEvent::Kind::KeyDown || e.kind == RecordedEvent::Kind::KeyUp) &&
            !keyFromName(e.key))
            errors.add(
                path, e.line,
                "expected the SFML name of a key (Left, Space, Return, Escape, Num1, A, F11…), found \"" +
                    e.key + "\"");
    if (errors.size() > before) return std::nullopt;
    return EventReplay(std::move(script));
}

const RecordedEvent* EventReplay::nextDue(int step) {
    if (finished() || m_script.events[m_next].step > step) return nullptr;
    return &m_script.events[m_next++];
}

EventRecorder::EventRecorder(const std::string& path) : m_out(std::filesystem::u8path(path)) {
    m_out << "# mobi2070 --record: one window event a line, stamped with the step it came at\n";
}

void EventRecorder::record(const sf::Event& e, sf::Vector2u windowSize, int step) {
    // Flushed line by line: a session ended by a kill or a crash keeps what came before.
    if (const auto r = fromWindowEvent(e, windowSize, step)) m_out << formatEvent(*r) << std::endl;
}

void EventRecorder::finish(int step) {
    RecordedEvent end;
    end.step = step;
    m_out << formatEvent(end) << "\n";
    m_out.flush();
}

} // namespace mobi
