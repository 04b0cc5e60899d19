// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Monkey.hpp"

#include "core/Letterbox.hpp"

#include <algorithm>
#include <iterator>

namespace mobi {
namespace {
using Kind = RecordedEvent::Kind;
// Keys a player can press (F1: Mobi reads again). No F11 (fullscreen switches would only slow the run).
const char* const kKeys[] = {"Left",   "Right",     "Up",   "Down",     "Enter", "Space", "Tab",
                             "Escape", "Backspace", "Num1", "Num2",     "Num3",  "Num4",  "Num0",
                             "R",      "C",         "P",    "PageDown", "F1"};
} // namespace

std::vector<RecordedEvent> Monkey::frame() {
    std::vector<RecordedEvent> out;
    const int count = m_rng.between(0, 3);
    for (int i = 0; i < count; ++i) {
        RecordedEvent e;
        const float roll = m_rng.unit();
        if (roll < 0.35f) { // move, sometimes while dragging
            m_mouseX = std::clamp(m_mouseX + m_rng.uniform(-120.f, 120.f), 0.f, kLogicalWidth - 1.f);
            m_mouseY = std::clamp(m_mouseY + m_rng.uniform(-80.f, 80.f), 0.f, kLogicalHeight - 1.f);
            e.kind = Kind::MouseMove;
        } else if (roll < 0.55f) { // press or release the button
            m_down = !m_down;
            if (m_down && m_rng.chance(0.5f)) {
                m_mouseX = m_rng.uniform(0.f, kLogicalWidth);
                m_mouseY = m_rng.uniform(0.f, kLogicalHeight);
            }
            e.kind = m_down ? Kind::MouseDown : Kind::MouseUp;
        } else if (roll < 0.85f) { // a key, down then up
            e.kind = Kind::KeyDown;
            e.key = kKeys[m_rng.between(0, static_cast<int>(std::size(kKeys)) - 1)];
            e.shift = m_rng.chance(0.1f);
            out.push_back(e);
            e.kind = Kind::KeyUp;
        } else if (roll < 0.95f) { // a typed character, any script
            static const std::uint32_t letters[] = {U'a',   U'é',   U'Z', U'7', U'ü',
                                                    0x5C0F, 0x0644, U'!', U' ', 0x1F600};
            e.kind = Kind::Text;
            e.unicode = letters[m_rng.between(0, 9)];
        } else {
            e.kind = Kind::Wheel;
            e.wheel = m_rng.chance(0.5f) ? 1.f : -1.f;
        }
        e.x = m_mouseX;
        e.y = m_mouseY;
        out.push_back(e);
    }
    m_events += static_cast<long long>(out.size());
    return out;
}

} // namespace mobi
