// SPDX-License-Identifier: GPL-3.0-or-later
// What --check-layout sees of a screen. While a scene draws into a
// LayoutProbeTarget, every text block, widget, panel (card, band, bubble) and
// figure (Mobi, an icon, a badge) it draws is noted with its box, in drawing
// order; problems() then lists, one a line, each text that does not fit its
// box, each thing that spills out of the panel it sits on, off the screen or
// out of its button, and each pair that overlaps or is covered by a panel
// drawn over it. Drawing into any other target notes nothing and costs one
// dynamic_cast per drawn text.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <string>
#include <vector>

namespace mobi {

class TextBlock;

class LayoutProbe {
public:
    // The probe of a target that is a LayoutProbeTarget, else null.
    static LayoutProbe* of(sf::RenderTarget& target);

    void text(const TextBlock& block);
    void beginWidget(const sf::FloatRect& rect);
    void endWidget();
    void panel(const sf::FloatRect& rect);
    void figure(const sf::FloatRect& rect, const std::string& name);
    // A thing of a level's world: only checked for being hidden by a panel
    // drawn over it (the top band, the hint) and for leaving the screen; labels
    // and the moving bodies of play may cross it.
    void scenery(const sf::FloatRect& rect, const std::string& name);
    // A veil dims all that was drawn before (an overlay comes): it is out of play.
    void veil() { m_items.clear(); }
    void clear() { m_items.clear(); }

    std::vector<std::string> problems() const;

private:
    struct Item {
        enum class Kind { Text, Widget, Panel, Figure, Scenery } kind;
        sf::FloatRect rect; // where it is drawn
        sf::FloatRect box;  // a text's own box
        std::string name;
        std::string overflow; // a text that does not fit its box: why
        int owner = -1;       // the widget it belongs to (index into m_items)
    };
    std::string describe(const Item& item) const;
    int widgetOf(int index) const;

    std::vector<Item> m_items;
    int m_openWidget = -1;
};

// An offscreen image whose drawing is probed (needs an OpenGL context, as any
// texture in SFML 2.5: under xvfb-run on a server).
class LayoutProbeTarget : public sf::RenderTexture {
public:
    LayoutProbe probe;
};

// Notes a figure on a probed target (nothing otherwise): Mobi, icons, badges,
// the things of a level a hint must not hide.
void probeFigure(sf::RenderTarget& target, const sf::FloatRect& rect, const std::string& name);
void probeScenery(sf::RenderTarget& target, const sf::FloatRect& rect, const std::string& name);

} // namespace mobi
