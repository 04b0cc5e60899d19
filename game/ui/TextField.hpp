// SPDX-License-Identifier: GPL-3.0-or-later
// A one-line box where a child types a first name or nickname. Any script is
// accepted; control and invisible characters are refused as they are typed,
// and the length is counted in letters, not bytes.
#pragma once

#include "ui/TextBlock.hpp"
#include "ui/Widget.hpp"

#include <functional>
#include <string>

namespace mobi {

class TextStyler;

class TextField : public Widget {
public:
    TextField(const TextStyler& styler, sf::FloatRect area, std::size_t maxLetters,
              const std::string& initialUtf8, const std::string& placeholderUtf8,
              std::function<void()> onSubmit);

    void activate() override;
    bool key(const UiEvent& e) override;
    bool text(std::uint32_t c) override;
    void draw(sf::RenderTarget& target, bool focused) const override;

    std::string valueUtf8() const;

private:
    void relayout();

    const TextStyler* m_styler;
    std::u32string m_value;
    std::size_t m_maxLetters;
    std::string m_placeholder;
    TextBlock m_shown;
    std::function<void()> m_onSubmit;
};

} // namespace mobi
