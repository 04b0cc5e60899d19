#include "platform/Monkey.hpp"

#include "core/Letterbox.hpp"

namespace mobi {
namespace {
// Keys a player can press. No F11 (fullscreen switches would only slow the run).
const sf::Keyboard::Key kKeys[] = {sf::Keyboard::Left, sf::Keyboard::Right,  sf::Keyboard::Up,
                                   sf::Keyboard::Down, sf::Keyboard::Enter,  sf::Keyboard::Space,
                                   sf::Keyboard::Tab,  sf::Keyboard::Escape, sf::Keyboard::BackSpace,
                                   sf::Keyboard::Num1, sf::Keyboard::Num2,   sf::Keyboard::Num3,
                                   sf::Keyboard::Num4, sf::Keyboard::Num0,   sf::Keyboard::R,
                                   sf::Keyboard::C,    sf::Keyboard::P,      sf::Keyboard::PageDown};
} // namespace

std::vector<UiEvent> Monkey::frame() {
    std::vector<UiEvent> out;
    const int count = m_rng.between(0, 3);
    for (int i = 0; i < count; ++i) {
        UiEvent e;
        const float roll = m_rng.unit();
        if (roll < 0.35f) { // move, sometimes while dragging
            m_mouse.x =
                std::min(kLogicalWidth - 1.f, std::max(0.f, m_mouse.x + m_rng.uniform(-120.f, 120.f)));
            m_mouse.y = std::min(kLogicalHeight - 1.f, std::max(0.f, m_mouse.y + m_rng.uniform(-80.f, 80.f)));
            e.type = UiEvent::Type::MouseMove;
        } else if (roll < 0.55f) { // press or release the button
            m_down = !m_down;
            if (m_down && m_rng.chance(0.5f))
                m_mouse = {m_rng.uniform(0.f, kLogicalWidth), m_rng.uniform(0.f, kLogicalHeight)};
            e.type = m_down ? UiEvent::Type::MouseDown : UiEvent::Type::MouseUp;
        } else if (roll < 0.85f) { // a key, down then up
            e.type = UiEvent::Type::KeyDown;
            e.key = kKeys[m_rng.between(0, static_cast<int>(std::size(kKeys)) - 1)];
            e.shift = m_rng.chance(0.1f);
            out.push_back(e);
            e.type = UiEvent::Type::KeyUp;
        } else if (roll < 0.95f) { // a typed character, any script
            static const std::uint32_t letters[] = {U'a',   U'é',   U'Z', U'7', U'ü',
                                                    0x5C0F, 0x0644, U'!', U' ', 0x1F600};
            e.type = UiEvent::Type::Text;
            e.unicode = letters[m_rng.between(0, 9)];
        } else {
            e.type = UiEvent::Type::Wheel;
            e.wheel = m_rng.chance(0.5f) ? 1.f : -1.f;
        }
        e.pos = m_mouse;
        out.push_back(e);
    }
    m_events += static_cast<long long>(out.size());
    return out;
}

} // namespace mobi
