// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WidgetGroup.hpp"

#include "ui/LayoutProbe.hpp"

#include <cmath>
#include <limits>

namespace mobi {
namespace {
sf::Vector2f centreOf(const sf::FloatRect& r) { return {r.left + r.width / 2.f, r.top + r.height / 2.f}; }
} // namespace

Widget* WidgetGroup::focused() const {
    if (m_focus < 0 || m_focus >= static_cast<int>(m_widgets.size())) return nullptr;
    return m_widgets[static_cast<std::size_t>(m_focus)].get();
}

void WidgetGroup::setFocus(int index) {
    if (index >= 0 && index < static_cast<int>(m_widgets.size()) &&
        m_widgets[static_cast<std::size_t>(index)]->enabled)
        m_focus = index;
}

int WidgetGroup::widgetAt(sf::Vector2f p) const {
    for (std::size_t i = 0; i < m_widgets.size(); ++i)
        if (m_widgets[i]->enabled && m_widgets[i]->rect.contains(p)) return static_cast<int>(i);
    return -1;
}

int WidgetGroup::nearestInDirection(int dx, int dy) const {
    const Widget* from = focused();
    if (!from) return -1;
    const sf::Vector2f c = centreOf(from->rect);
    int best = -1;
    float bestScore = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < m_widgets.size(); ++i) {
        if (static_cast<int>(i) == m_focus || !m_widgets[i]->enabled) continue;
        const sf::Vector2f d = centreOf(m_widgets[i]->rect) - c;
        const float along = d.x * static_cast<float>(dx) + d.y * static_cast<float>(dy);
        if (along <= 1.f) continue; // not in that direction
        const float across = std::abs(d.x * static_cast<float>(dy) + d.y * static_cast<float>(dx));
        // Prefer widgets straight ahead over nearer ones off to the side.
        const float score = along + 2.5f * across;
        if (score < bestScore) {
            bestScore = score;
            best = static_cast<int>(i);
        }
    }
    return best;
}

void WidgetGroup::cycle(int direction) {
    const int n = static_cast<int>(m_widgets.size());
    for (int k = 1; k <= n; ++k) {
        const int i = ((m_focus < 0 ? (direction > 0 ? -1 : 0) : m_focus) + direction * k + n * 2) % n;
        if (m_widgets[static_cast<std::size_t>(i)]->enabled) {
            m_focus = i;
            return;
        }
    }
}

void WidgetGroup::activateFocused(Widget& w, const sf::Vector2f* clickPos) {
    if (onActivate) onActivate();
    // The widget may rebuild this very group; touch nothing after the call.
    if (clickPos)
        w.click(*clickPos);
    else
        w.activate();
}

bool WidgetGroup::handle(const UiEvent& e) {
    using K = sf::Keyboard;
    switch (e.type) {
    case UiEvent::Type::MouseMove: {
        int i = widgetAt(e.pos);
        if (i >= 0) m_focus = i;
        return false;
    }
    case UiEvent::Type::MouseDown:
        if (e.rightButton) return false;
        m_pressed = widgetAt(e.pos);
        if (m_pressed >= 0) m_focus = m_pressed;
        return m_pressed >= 0;
    case UiEvent::Type::MouseUp: {
        const int i = widgetAt(e.pos);
        const bool hit = i >= 0 && i == m_pressed;
        m_pressed = -1;
        if (hit) activateFocused(*m_widgets[static_cast<std::size_t>(i)], &e.pos);
        return hit;
    }
    case UiEvent::Type::Text:
        if (Widget* w = focused()) return w->text(e.unicode);
        return false;
    case UiEvent::Type::KeyDown: {
        Widget* w = focused();
        if (w && w->key(e)) return true;
        if (e.key == K::Tab) {
            cycle(e.shift ? -1 : 1);
            return true;
        }
        int dx = 0, dy = 0;
        if (e.key == K::Left) dx = -1;
        if (e.key == K::Right) dx = 1;
        if (e.key == K::Up) dy = -1;
        if (e.key == K::Down) dy = 1;
        if (dx || dy) {
            if (!w)
                cycle(1);
            else if (int next = nearestInDirection(dx, dy); next >= 0)
                m_focus = next;
            return true;
        }
        if (e.isConfirmKey()) {
            if (!w) {
                cycle(1);
                return true;
            }
            activateFocused(*w, nullptr);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void WidgetGroup::draw(sf::RenderTarget& target) const {
    LayoutProbe* probe = LayoutProbe::of(target);
    auto drawOne = [&](const Widget& w, bool focus) {
        if (probe) probe->beginWidget(w.rect);
        w.draw(target, focus);
        if (probe) probe->endWidget();
    };
    for (std::size_t i = 0; i < m_widgets.size(); ++i)
        if (static_cast<int>(i) != m_focus) drawOne(*m_widgets[i], false);
    // The focused widget last, so its ring is never hidden by a neighbour.
    if (const Widget* w = focused()) drawOne(*w, true);
}

} // namespace mobi
