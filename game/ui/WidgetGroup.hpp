// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets of one screen and who has the keyboard focus. Mouse: pointing
// focuses, releasing on the same widget activates. Keyboard: arrows move to
// the nearest widget in that direction, Tab / Shift+Tab cycle, Enter or Space
// activate. So every screen works with the mouse alone and the keyboard alone.
#pragma once

#include "ui/Widget.hpp"

#include <functional>
#include <memory>
#include <vector>

namespace mobi {

class WidgetGroup {
public:
    template <typename W, typename... Args> W& add(Args&&... args) {
        auto widget = std::make_unique<W>(std::forward<Args>(args)...);
        W& ref = *widget;
        m_widgets.push_back(std::move(widget));
        return ref;
    }
    void clear() { m_widgets.clear(); }

    // True if the event was used (the scene then ignores it).
    bool handle(const UiEvent& e);
    void draw(sf::RenderTarget& target) const;

    int focus() const { return m_focus; }
    void setFocus(int index);
    Widget* focused() const;
    std::size_t size() const { return m_widgets.size(); }
    Widget& at(std::size_t i) const { return *m_widgets[i]; }
    // The words of its widgets that are read aloud, in order (Widget::spokenWords).
    std::vector<const TextBlock*> spokenWords() const {
        std::vector<const TextBlock*> words;
        for (const auto& w : m_widgets)
            if (const TextBlock* t = w->spokenWords()) words.push_back(t);
        return words;
    }

    // Called when a widget is activated, for the click sound.
    std::function<void()> onActivate;

private:
    int widgetAt(sf::Vector2f p) const;
    int nearestInDirection(int dx, int dy) const;
    void cycle(int direction);
    void activateFocused(Widget& w, const sf::Vector2f* clickPos);

    std::vector<std::unique_ptr<Widget>> m_widgets;
    int m_focus = -1;
    int m_pressed = -1; // widget under the mouse button, activated on release
};

} // namespace mobi
