// SPDX-License-Identifier: GPL-3.0-or-later
// Picking one option out of a few: a labelled chip (age band) or a colour
// swatch (avatar colour). The chosen one shows a tick, never colour alone.
#pragma once

#include "ui/ChoicePictures.hpp"
#include "ui/TextBlock.hpp"
#include "ui/Widget.hpp"

#include <functional>
#include <string>
#include <vector>

namespace mobi {

class TextStyler;

class ChoiceChip : public Widget {
public:
    // `textScale` < 1 sets the label smaller (chips of one screen share a size: see commonScale).
    // A `picture` is drawn at the chip's right end, beside the label (a tube of glue, a screw).
    ChoiceChip(const TextStyler& styler, const std::string& label, sf::FloatRect area, bool selected,
               std::function<void()> onPick, float textScale = 1.f, ChoicePicture picture = {});
    // The largest scale at which every label fits a chip of `size`.
    static float commonScale(const TextStyler& styler, const std::vector<std::string>& labels,
                             sf::Vector2f size);
    void activate() override { m_onPick(); }
    void draw(sf::RenderTarget& target, bool focused) const override;
    // A line under the label, inside the chip (what the chosen option means,
    // what opens a locked one): the label then sits in the top `labelBand`.
    // The block belongs to the scene, which lays it out.
    void setDetail(const TextBlock* detail, float labelBand);
    static float labelLeft();

    const TextBlock* spokenWords() const override { return &m_label; }

private:
    TextBlock m_label;
    const TextBlock* m_detail = nullptr;
    ChoicePicture m_picture;
    float m_markY = 0.f;
    bool m_selected;
    std::function<void()> m_onPick;
};

class ColourSwatch : public Widget {
public:
    ColourSwatch(sf::Vector2f centre, float radius, sf::Color colour, bool selected,
                 std::function<void()> onPick);
    void activate() override { m_onPick(); }
    void draw(sf::RenderTarget& target, bool focused) const override;

private:
    sf::Vector2f m_centre;
    float m_radius;
    sf::Color m_colour;
    bool m_selected;
    std::function<void()> m_onPick;
};

// A white tick in a dark disc, the "chosen" mark shared by choices.
void drawTick(sf::RenderTarget& target, sf::Vector2f centre, float radius);

} // namespace mobi
