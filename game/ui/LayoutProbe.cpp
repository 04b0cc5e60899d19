// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LayoutProbe.hpp"

#include "core/Letterbox.hpp"
#include "ui/TextBlock.hpp"

#include <algorithm>
#include <cstdio>

namespace mobi {
namespace {

// Less than this, in logical pixels, is a touch, not an overlap: outlines and
// rounding meet at the edges of neighbours.
constexpr float kTolerance = 2.f;

bool overlaps(const sf::FloatRect& a, const sf::FloatRect& b) {
    const float w = std::min(a.left + a.width, b.left + b.width) - std::max(a.left, b.left);
    const float h = std::min(a.top + a.height, b.top + b.height) - std::max(a.top, b.top);
    return w > kTolerance && h > kTolerance;
}

bool inside(const sf::FloatRect& inner, const sf::FloatRect& outer) {
    return inner.left >= outer.left - kTolerance && inner.top >= outer.top - kTolerance &&
           inner.left + inner.width <= outer.left + outer.width + kTolerance &&
           inner.top + inner.height <= outer.top + outer.height + kTolerance;
}

bool empty(const sf::FloatRect& r) { return r.width <= 0.f || r.height <= 0.f; }

std::string where(const sf::FloatRect& r) {
    char text[64];
    std::snprintf(text, sizeof text, "(%.0f,%.0f %.0f×%.0f)", static_cast<double>(r.left),
                  static_cast<double>(r.top), static_cast<double>(r.width), static_cast<double>(r.height));
    return text;
}

} // namespace

LayoutProbe* LayoutProbe::of(sf::RenderTarget& target) {
    auto* probed = dynamic_cast<LayoutProbeTarget*>(&target);
    return probed ? &probed->probe : nullptr;
}

void LayoutProbe::text(const TextBlock& block) {
    if (block.empty()) return;
    Item item{Item::Kind::Text, block.extent(), block.box(), block.excerpt(), block.overflow(), m_openWidget};
    m_items.push_back(item);
    if (m_openWidget >= 0 && m_items[static_cast<std::size_t>(m_openWidget)].name.empty())
        m_items[static_cast<std::size_t>(m_openWidget)].name =
            block.excerpt(); // a button is named by its label
}

void LayoutProbe::beginWidget(const sf::FloatRect& rect) {
    m_items.push_back({Item::Kind::Widget, rect, rect, "", "", -1});
    m_openWidget = static_cast<int>(m_items.size()) - 1;
}

void LayoutProbe::endWidget() { m_openWidget = -1; }

void LayoutProbe::panel(const sf::FloatRect& rect) {
    m_items.push_back({Item::Kind::Panel, rect, rect, "panel", "", m_openWidget});
}

void LayoutProbe::figure(const sf::FloatRect& rect, const std::string& name) {
    m_items.push_back({Item::Kind::Figure, rect, rect, name, "", m_openWidget});
}

void LayoutProbe::scenery(const sf::FloatRect& rect, const std::string& name) {
    m_items.push_back({Item::Kind::Scenery, rect, rect, name, "", -1});
}

void probeScenery(sf::RenderTarget& target, const sf::FloatRect& rect, const std::string& name) {
    if (LayoutProbe* probe = LayoutProbe::of(target)) probe->scenery(rect, name);
}

void probeFigure(sf::RenderTarget& target, const sf::FloatRect& rect, const std::string& name) {
    if (LayoutProbe* probe = LayoutProbe::of(target)) probe->figure(rect, name);
}

std::string LayoutProbe::describe(const Item& item) const {
    switch (item.kind) {
    case Item::Kind::Text:
        return "text \"" + item.name + "\" " + where(item.rect);
    case Item::Kind::Widget:
        return "widget \"" + (item.name.empty() ? std::string("?") : item.name) + "\" " + where(item.rect);
    case Item::Kind::Panel:
        return "panel " + where(item.rect);
    case Item::Kind::Figure:
    case Item::Kind::Scenery:
        return item.name + " " + where(item.rect);
    }
    return "";
}

int LayoutProbe::widgetOf(int index) const {
    const Item& item = m_items[static_cast<std::size_t>(index)];
    return item.kind == Item::Kind::Widget ? index : item.owner;
}

std::vector<std::string> LayoutProbe::problems() const {
    using Kind = Item::Kind;
    std::vector<std::string> out;
    const sf::FloatRect screen{0.f, 0.f, kLogicalWidth, kLogicalHeight};
    const int n = static_cast<int>(m_items.size());
    for (int i = 0; i < n; ++i) {
        const Item& a = m_items[static_cast<std::size_t>(i)];
        if (empty(a.rect)) continue;
        if (!a.overflow.empty()) out.push_back("overflow: " + describe(a) + ": " + a.overflow);
        if (!inside(a.rect, screen)) out.push_back("off screen: " + describe(a));
        if (a.owner >= 0 && a.kind != Kind::Panel) {
            const Item& w = m_items[static_cast<std::size_t>(a.owner)];
            if (!inside(a.rect, w.rect))
                out.push_back("spills out of its widget: " + describe(a) + " in " + describe(w));
        }
        // On a panel: the smallest panel drawn before it under its top-left corner must hold all of it.
        if (a.kind != Kind::Panel && a.kind != Kind::Scenery && a.owner < 0) {
            const Item* on = nullptr;
            for (int p = 0; p < i; ++p) {
                const Item& panel = m_items[static_cast<std::size_t>(p)];
                if (panel.kind != Kind::Panel || panel.owner >= 0 ||
                    !panel.rect.contains(a.rect.left + 1.f, a.rect.top + 1.f))
                    continue;
                if (!on || panel.rect.width * panel.rect.height < on->rect.width * on->rect.height)
                    on = &panel;
            }
            if (on && !inside(a.rect, on->rect))
                out.push_back("spills out of its panel: " + describe(a) + " on " + describe(*on));
        }
        for (int j = i + 1; j < n; ++j) {
            const Item& b = m_items[static_cast<std::size_t>(j)];
            if (empty(b.rect) || !overlaps(a.rect, b.rect)) continue;
            // A panel drawn over something covers it (unless it belongs to the same widget).
            if (b.kind == Kind::Panel) {
                if (a.kind != Kind::Panel && b.owner < 0 && !(a.kind == Kind::Widget && b.owner == i))
                    out.push_back("covered: " + describe(a) + " under " + describe(b));
                continue;
            }
            if (a.kind == Kind::Panel || a.kind == Kind::Scenery || b.kind == Kind::Scenery) continue;
            if (a.kind == Kind::Figure && b.kind == Kind::Figure) continue; // scenery may layer
            // A label drawn on a figure (the digit on its disc): inside it, after it.
            if (a.kind == Kind::Figure && b.kind == Kind::Text && inside(b.rect, a.rect)) continue;
            // A widget and what it draws of its own; a figure inside its own widget.
            const int wa = widgetOf(i), wb = widgetOf(j);
            if (a.kind == Kind::Widget && wb == i && b.kind != Kind::Widget) continue;
            if (b.kind == Kind::Widget && wa == j && a.kind != Kind::Widget) continue;
            out.push_back("overlap: " + describe(a) + " and " + describe(b));
        }
    }
    return out;
}

} // namespace mobi
