// SPDX-License-Identifier: GPL-3.0-or-later
// A setting with a few values: "Language  ◀ Français ▶". ← → or a click on an
// arrow changes it; Enter, Space or a click elsewhere moves to the next value.
#pragma once

#include "ui/TextBlock.hpp"
#include "ui/Widget.hpp"

#include <functional>
#include <string>
#include <vector>

namespace mobi {

class TextStyler;

class Stepper : public Widget {
public:
    Stepper(const TextStyler& styler, const std::string& label, std::vector<std::string> values, int index,
            sf::FloatRect area, std::function<void(int)> onChange);

    void activate() override { step(+1); }
    void click(sf::Vector2f p) override;
    bool key(const UiEvent& e) override;
    void draw(sf::RenderTarget& target, bool focused) const override;
    int index() const { return m_index; }

private:
    void step(int direction);
    void layoutValue();
    sf::FloatRect valueArea() const;

    const TextStyler* m_styler;
    TextBlock m_label;
    TextBlock m_value;
    std::vector<std::string> m_values;
    int m_index;
    std::function<void(int)> m_onChange;
};

} // namespace mobi
