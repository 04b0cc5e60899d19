// SPDX-License-Identifier: GPL-3.0-or-later
// The controls of a quiz: an answer card (letter and vote shape, an optional
// picture, a text) that can show whether it was right, and a slider for
// estimates that works with a click or the arrow keys.
#pragma once

#include "ui/TextBlock.hpp"
#include "ui/Widget.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace mobi {

class TextStyler;

class AnswerCard : public Widget {
public:
    enum class Mark { None, Right, Wrong, Dimmed };

    // `index` 0..3 gives the letter A–D, the vote colour and shape; `textScale`
    // sets the words at the size the answers of one question share (commonScale).
    struct Words {
        std::string text;
        bool picture = false;
        bool markRoom = false; // room on the right for the tick of the answer or the rank of an order
    };
    AnswerCard(const TextStyler& styler, int index, const Words& words, const std::string& picture,
               sf::FloatRect area, bool big, std::function<void()> onPick, float textScale = 1.f);
    // The largest scale at which every answer fits a card of `size`.
    static float commonScale(const TextStyler& styler, const std::vector<Words>& answers, sf::Vector2f size,
                             bool big);

    void activate() override;
    void draw(sf::RenderTarget& target, bool focused) const override;

    Mark mark = Mark::None;
    int rank = 0; // order questions: the position the player gave it (0 = none yet)

    const TextBlock* spokenWords() const override { return &m_text; }

private:
    // The badge (shape, then letter), the picture's slot, then the words, left to right.
    static float shapeSize(bool big, float height) { return std::min(big ? 64.f : 46.f, height - 20.f); }
    static float badgeWidth(bool big, float height);
    static float pictureSize(float height) { return std::min(height * 0.8f, 130.f); }
    static float pictureWidth(float height) { return pictureSize(height) * 1.12f + 18.f; }
    static TextSpec wordsSpec(sf::Vector2f size, const Words& words, bool big, float scale);
    float textLeft() const;

    int m_index;
    std::string m_picture;
    bool m_big;
    TextBlock m_letter, m_text, m_rank;
    const TextStyler* m_styler;
    std::function<void()> m_onPick;
};

class EstimateSlider : public Widget {
public:
    EstimateSlider(const TextStyler& styler, float min, float max, float step, float value,
                   const std::string& unit, const std::string& thousands, sf::FloatRect area,
                   std::function<void()> onSubmit = nullptr);
    void activate() override { // Enter or Space on the slider checks the answer, as everywhere else
        if (m_onSubmit) m_onSubmit();
    }
    void click(sf::Vector2f p) override;
    bool key(const UiEvent& e) override;
    void draw(sf::RenderTarget& target, bool focused) const override;
    float value() const { return m_value; }
    // Shows the accepted range and the answer after the reveal.
    void showAnswer(float answer, float acceptMin, float acceptMax);

private:
    void set(float value);
    float xOf(float value) const;

    const TextStyler* m_styler;
    float m_min, m_max, m_step, m_value;
    std::string m_unit, m_thousands;
    TextBlock m_label, m_minLabel, m_maxLabel;
    std::function<void()> m_onSubmit;
    bool m_revealed = false;
    float m_answer = 0.f, m_acceptMin = 0.f, m_acceptMax = 0.f;
};

} // namespace mobi
