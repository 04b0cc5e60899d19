// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/WindowEvents.hpp"

#include "core/Letterbox.hpp"

#include <cstring>

namespace mobi {
namespace {

using K = sf::Keyboard;
using Kind = RecordedEvent::Kind;

struct NamedKey {
    const char* name;
    K::Key key;
};
// SFML 2.5's key names, as its enum spells them, and xdotool's "Return" for
// Enter too. One table both ways.
// clang-format off
const NamedKey kKeys[] = {
    {"A", K::A}, {"B", K::B}, {"C", K::C}, {"D", K::D}, {"E", K::E}, {"F", K::F}, {"G", K::G}, {"H", K::H},
    {"I", K::I}, {"J", K::J}, {"K", K::K}, {"L", K::L}, {"M", K::M}, {"N", K::N}, {"O", K::O}, {"P", K::P},
    {"Q", K::Q}, {"R", K::R}, {"S", K::S}, {"T", K::T}, {"U", K::U}, {"V", K::V}, {"W", K::W}, {"X", K::X},
    {"Y", K::Y}, {"Z", K::Z}, {"Num0", K::Num0}, {"Num1", K::Num1}, {"Num2", K::Num2}, {"Num3", K::Num3},
    {"Num4", K::Num4}, {"Num5", K::Num5}, {"Num6", K::Num6}, {"Num7", K::Num7}, {"Num8", K::Num8},
    {"Num9", K::Num9}, {"Escape", K::Escape}, {"LControl", K::LControl}, {"LShift", K::LShift},
    {"LAlt", K::LAlt}, {"LSystem", K::LSystem}, {"RControl", K::RControl}, {"RShift", K::RShift},
    {"RAlt", K::RAlt}, {"RSystem", K::RSystem}, {"Menu", K::Menu}, {"LBracket", K::LBracket},
    {"RBracket", K::RBracket}, {"Semicolon", K::Semicolon}, {"Comma", K::Comma}, {"Period", K::Period},
    {"Quote", K::Quote}, {"Slash", K::Slash}, {"Backslash", K::Backslash}, {"Tilde", K::Tilde},
    {"Equal", K::Equal}, {"Hyphen", K::Hyphen}, {"Space", K::Space}, {"Enter", K::Enter},
    {"Backspace", K::Backspace}, {"Tab", K::Tab}, {"PageUp", K::PageUp}, {"PageDown", K::PageDown},
    {"End", K::End}, {"Home", K::Home}, {"Insert", K::Insert}, {"Delete", K::Delete}, {"Add", K::Add},
    {"Subtract", K::Subtract}, {"Multiply", K::Multiply}, {"Divide", K::Divide}, {"Left", K::Left},
    {"Right", K::Right}, {"Up", K::Up}, {"Down", K::Down}, {"Numpad0", K::Numpad0}, {"Numpad1", K::Numpad1},
    {"Numpad2", K::Numpad2}, {"Numpad3", K::Numpad3}, {"Numpad4", K::Numpad4}, {"Numpad5", K::Numpad5},
    {"Numpad6", K::Numpad6}, {"Numpad7", K::Numpad7}, {"Numpad8", K::Numpad8}, {"Numpad9", K::Numpad9},
    {"F1", K::F1}, {"F2", K::F2}, {"F3", K::F3}, {"F4", K::F4}, {"F5", K::F5}, {"F6", K::F6}, {"F7", K::F7},
    {"F8", K::F8}, {"F9", K::F9}, {"F10", K::F10}, {"F11", K::F11}, {"F12", K::F12}, {"Pause", K::Pause},
    {"Return", K::Enter}};
// clang-format on

sf::Vector2i toWindow(float x, float y, sf::Vector2u size) {
    const WindowPoint p = logicalToWindow(x, y, size.x, size.y);
    return {p.x, p.y};
}

} // namespace

std::optional<sf::Keyboard::Key> keyFromName(const std::string& name) {
    for (const NamedKey& k : kKeys)
        if (name == k.name) return k.key;
    return std::nullopt;
}

const char* keyName(sf::Keyboard::Key key) {
    for (const NamedKey& k : kKeys)
        if (key == k.key) return k.name;
    return "";
}

std::optional<sf::Event> toWindowEvent(const RecordedEvent& r, sf::Vector2u size) {
    sf::Event e{};
    switch (r.kind) {
    case Kind::KeyDown:
    case Kind::KeyUp: {
        const auto key = keyFromName(r.key);
        if (!key) return std::nullopt;
        e.type = r.kind == Kind::KeyDown ? sf::Event::KeyPressed : sf::Event::KeyReleased;
        e.key.code = *key;
        e.key.shift = r.shift;
        e.key.control = r.control;
        return e;
    }
    case Kind::MouseMove: {
        e.type = sf::Event::MouseMoved;
        const sf::Vector2i p = toWindow(r.x, r.y, size);
        e.mouseMove.x = p.x;
        e.mouseMove.y = p.y;
        return e;
    }
    case Kind::MouseDown:
    case Kind::MouseUp: {
        e.type = r.kind == Kind::MouseDown ? sf::Event::MouseButtonPressed : sf::Event::MouseButtonReleased;
        const sf::Vector2i p = toWindow(r.x, r.y, size);
        e.mouseButton.button = r.rightButton ? sf::Mouse::Right : sf::Mouse::Left;
        e.mouseButton.x = p.x;
        e.mouseButton.y = p.y;
        return e;
    }
    case Kind::Wheel: {
        e.type = sf::Event::MouseWheelScrolled;
        const sf::Vector2i p = toWindow(r.x, r.y, size);
        e.mouseWheelScroll.wheel = sf::Mouse::VerticalWheel;
        e.mouseWheelScroll.delta = r.wheel;
        e.mouseWheelScroll.x = p.x;
        e.mouseWheelScroll.y = p.y;
        return e;
    }
    case Kind::Text:
        e.type = sf::Event::TextEntered;
        e.text.unicode = r.unicode;
        return e;
    case Kind::FocusLost:
        e.type = sf::Event::LostFocus;
        return e;
    case Kind::FocusGained:
        e.type = sf::Event::GainedFocus;
        return e;
    case Kind::Report:
    case Kind::End:
        break;
    }
    return std::nullopt;
}

std::optional<RecordedEvent> fromWindowEvent(const sf::Event& e, sf::Vector2u size, int step) {
    RecordedEvent r;
    r.step = step;
    auto at = [&](int x, int y) {
        const LogicalPoint p = windowToLogical(x, y, size.x, size.y);
        r.x = p.x;
        r.y = p.y;
    };
    switch (e.type) {
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased:
        r.kind = e.type == sf::Event::KeyPressed ? Kind::KeyDown : Kind::KeyUp;
        r.key = keyName(e.key.code);
        if (r.key.empty()) return std::nullopt;
        r.shift = e.key.shift;
        r.control = e.key.control;
        return r;
    case sf::Event::MouseMoved:
        r.kind = Kind::MouseMove;
        at(e.mouseMove.x, e.mouseMove.y);
        return r;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased:
        if (e.mouseButton.button != sf::Mouse::Left && e.mouseButton.button != sf::Mouse::Right)
            return std::nullopt;
        r.kind = e.type == sf::Event::MouseButtonPressed ? Kind::MouseDown : Kind::MouseUp;
        r.rightButton = e.mouseButton.button == sf::Mouse::Right;
        at(e.mouseButton.x, e.mouseButton.y);
        return r;
    case sf::Event::MouseWheelScrolled:
        if (e.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel) return std::nullopt;
        r.kind = Kind::Wheel;
        r.wheel = e.mouseWheelScroll.delta;
        at(e.mouseWheelScroll.x, e.mouseWheelScroll.y);
        return r;
    case sf::Event::TextEntered:
        r.kind = Kind::Text;
        r.unicode = e.text.unicode;
        return r;
    case sf::Event::LostFocus:
        r.kind = Kind::FocusLost;
        return r;
    case sf::Event::GainedFocus:
        r.kind = Kind::FocusGained;
        return r;
    default:
        return std::nullopt;
    }
}

std::optional<UiEvent> toUiEvent(const sf::Event& event, sf::Vector2u size) {
    UiEvent out;
    auto at = [&](int x, int y) {
        const LogicalPoint p = windowToLogical(x, y, size.x, size.y);
        out.pos = {p.x, p.y};
    };
    switch (event.type) {
    case sf::Event::MouseMoved:
        out.type = UiEvent::Type::MouseMove;
        at(event.mouseMove.x, event.mouseMove.y);
        return out;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased:
        if (event.mouseButton.button != sf::Mouse::Left && event.mouseButton.button != sf::Mouse::Right)
            return std::nullopt;
        out.type =
            event.type == sf::Event::MouseButtonPressed ? UiEvent::Type::MouseDown : UiEvent::Type::MouseUp;
        at(event.mouseButton.x, event.mouseButton.y);
        out.rightButton = event.mouseButton.button == sf::Mouse::Right;
        return out;
    case sf::Event::MouseWheelScrolled:
        if (event.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel) return std::nullopt;
        out.type = UiEvent::Type::Wheel;
        at(event.mouseWheelScroll.x, event.mouseWheelScroll.y);
        out.wheel = event.mouseWheelScroll.delta;
        return out;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased:
        out.type = event.type == sf::Event::KeyPressed ? UiEvent::Type::KeyDown : UiEvent::Type::KeyUp;
        out.key = event.key.code;
        out.shift = event.key.shift;
        out.control = event.key.control;
        out.alt = event.key.alt;
        return out;
    case sf::Event::TextEntered:
        out.type = UiEvent::Type::Text;
        out.unicode = event.text.unicode;
        return out;
    default:
        return std::nullopt;
    }
}

} // namespace mobi
