// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/QuizWidgets.hpp"

#include "content/StringTable.hpp"
#include "core/NumberFormat.hpp"

#include "ui/Button.hpp"
#include "ui/Choice.hpp"
#include "ui/LayoutProbe.hpp"
#include "ui/QuizPictures.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"
#include "ui/Theme.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mobi {

namespace {
// The letter beside the vote shape (vote mode: the class reads it aloud).
float letterWidth(bool big) { return big ? 46.f : 0.f; }
} // namespace

float AnswerCard::badgeWidth(bool big, float height) {
    return 16.f + shapeSize(big, height) + (big ? 8.f + letterWidth(big) : 0.f) + 18.f;
}

TextSpec AnswerCard::wordsSpec(sf::Vector2f size, const Words& words, bool big, float scale) {
    const float left = badgeWidth(big, size.y) + (words.picture ? pictureWidth(size.y) : 0.f);
    TextSpec spec{big ? theme::TextRole::Heading : theme::TextRole::Button,
                  size.x - left - (words.markRoom ? 66.f : 20.f), theme::ink, Align::Left, true};
    spec.maxHeight = size.y - 10.f;
    spec.scale = scale;
    return spec;
}

float AnswerCard::commonScale(const TextStyler& styler, const std::vector<Words>& answers, sf::Vector2f size,
                              bool big) {
    std::vector<TextBlock> blocks(answers.size());
    std::vector<TextSetting> settings;
    for (std::size_t i = 0; i < answers.size(); ++i)
        settings.push_back({&blocks[i], answers[i].text, wordsSpec(size, answers[i], big, 1.f)});
    setAtOneSize(styler, settings);
    float scale = 1.f;
    for (const TextBlock& b : blocks)
        scale = std::min(scale, b.fittedScale());
    return scale;
}

AnswerCard::AnswerCard(const TextStyler& styler, int index, const Words& words, const std::string& picture,
                       sf::FloatRect area, bool big, std::function<void()> onPick, float textScale)
    : m_index(index), m_picture(picture), m_big(big), m_styler(&styler), m_onPick(std::move(onPick)) {
    rect = area;
    const char letters[] = {'A', 'B', 'C', 'D', 'E', 'F'};
    TextSpec letter{big ? theme::TextRole::Heading : theme::TextRole::Button, letterWidth(big) + 10.f,
                    theme::ink, Align::Left, true};
    letter.maxLines = 1;
    letter.maxHeight = rect.height - 8.f;
    m_letter.set(styler, std::string(1, letters[index % 6]), letter);
    m_letter.centreVertically(rect.left + 16.f + shapeSize(big, rect.height) + 8.f, rect.top, rect.height);
    m_text.set(styler, words.text, wordsSpec({rect.width, rect.height}, words, big, textScale));
    m_text.centreVertically(textLeft(), rect.top, rect.height);
}

float AnswerCard::textLeft() const {
    return rect.left + badgeWidth(m_big, rect.height) + (m_picture.empty() ? 0.f : pictureWidth(rect.height));
}

void AnswerCard::activate() {
    if (m_onPick) m_onPick();
}

void AnswerCard::draw(sf::RenderTarget& target, bool focused) const {
    sf::Color fill = theme::card;
    if (mark == Mark::Right)
        fill = sf::Color(0xC9, 0xEB, 0xDD);
    else if (mark == Mark::Wrong)
        fill = sf::Color(0xFB, 0xE3, 0xC8);
    else if (mark == Mark::Dimmed)
        fill = theme::shade;
    else if (focused)
        fill = theme::yellow;
    const float outline = mark == Mark::Right ? theme::outline * 2.f : theme::outline;
    target.draw(roundedRect(rect, theme::corner, fill, theme::ink, outline));
    if (focused && mark == Mark::None) drawFocusRing(target, rect);
    // The vote shape with its letter beside it: colour, shape and letter say the same thing.
    const float s = shapeSize(m_big, rect.height);
    const sf::Vector2f shapeCentre{rect.left + 16.f + s / 2.f, rect.top + rect.height / 2.f};
    drawVoteShape(target, m_index, shapeCentre, s);
    probeFigure(target, {shapeCentre.x - s / 2.f, shapeCentre.y - s / 2.f, s, s}, "vote shape");
    if (m_big) target.draw(m_letter);
    if (!m_picture.empty()) {
        const float size = pictureSize(rect.height);
        const sf::Vector2f centre{rect.left + badgeWidth(m_big, rect.height) + size * 0.56f,
                                  rect.top + rect.height / 2.f};
        drawQuizPicture(target, m_picture, centre, size);
        probeFigure(target, {centre.x - size / 2.f, centre.y - size / 2.f, size, size}, "answer picture");
    }
    target.draw(m_text);
    if (mark == Mark::Right)
        drawTick(target, {rect.left + rect.width - 36.f, rect.top + rect.height / 2.f}, 20.f);
    if (rank > 0) {
        const sf::Vector2f c{rect.left + rect.width - 40.f, rect.top + rect.height / 2.f};
        drawCircle(target, c, 26.f, theme::blue, theme::ink, 3.f);
        TextBlock n(*m_styler, std::to_string(rank),
                    {theme::TextRole::Button, 52.f, sf::Color::White, Align::Centre, true});
        n.centreVertically(c.x - 26.f, c.y - 26.f, 52.f);
        target.draw(n);
    }
}

EstimateSlider::EstimateSlider(const TextStyler& styler, float min, float max, float step, float value,
                               const std::string& unit, const std::string& thousands, sf::FloatRect area,
                               std::function<void()> onSubmit)
    : m_styler(&styler), m_min(min), m_max(max), m_step(step), m_value(value), m_unit(unit),
      m_thousands(thousands), m_onSubmit(std::move(onSubmit)) {
    rect = area;
    m_minLabel.set(styler, formatNumber(min, thousands),
                   {theme::TextRole::Small, 160.f, theme::inkSoft, Align::Left});
    m_minLabel.setPosition({rect.left + 20.f, rect.top + rect.height - 46.f});
    m_maxLabel.set(styler, formatNumber(max, thousands),
                   {theme::TextRole::Small, 160.f, theme::inkSoft, Align::Right});
    m_maxLabel.setPosition({rect.left + rect.width - 180.f, rect.top + rect.height - 46.f});
    set(value);
}

float EstimateSlider::xOf(float v) const {
    const float left = rect.left + 50.f, right = rect.left + rect.width - 50.f;
    return left + (right - left) * (v - m_min) / (m_max - m_min);
}

void EstimateSlider::set(float v) {
    v = std::clamp(m_min + std::round((v - m_min) / m_step) * m_step, m_min, m_max);
    m_value = v;
    // The unit is the language's template for an amount ("{value} kg", "{value}%"),
    // with a no-break space where it has one: the unit never wraps away from its number.
    const std::string number = formatNumber(v, m_thousands);
    m_label.set(*m_styler, m_unit.empty() ? number : fillPlaceholders(m_unit, {{"value", number}}),
                {theme::TextRole::Heading, rect.width, theme::ink, Align::Centre, true});
    m_label.setPosition({rect.left, rect.top + 6.f});
}

void EstimateSlider::click(sf::Vector2f p) {
    if (m_revealed) return;
    const float left = rect.left + 50.f, right = rect.left + rect.width - 50.f;
    set(m_min + (m_max - m_min) * std::clamp((p.x - left) / (right - left), 0.f, 1.f));
}

bool EstimateSlider::key(const UiEvent& e) {
    if (m_revealed) return false;
    const float big = std::max(m_step, (m_max - m_min) / 10.f);
    if (e.isKey(sf::Keyboard::Left))
        set(m_value - m_step);
    else if (e.isKey(sf::Keyboard::Right))
        set(m_value + m_step);
    else if (e.isKey(sf::Keyboard::PageDown) || e.isKey(sf::Keyboard::Down))
        set(m_value - big);
    else if (e.isKey(sf::Keyboard::PageUp) || e.isKey(sf::Keyboard::Up))
        set(m_value + big);
    else
        return false;
    return true;
}

void EstimateSlider::showAnswer(float answer, float acceptMin, float acceptMax) {
    m_revealed = true;
    m_answer = answer;
    m_acceptMin = acceptMin;
    m_acceptMax = acceptMax;
}

void EstimateSlider::draw(sf::RenderTarget& target, bool focused) const {
    target.draw(roundedRect(rect, theme::corner, focused ? sf::Color(0xFF, 0xF8, 0xC8) : theme::card,
                            theme::ink, theme::outline));
    if (focused) drawFocusRing(target, rect);
    const float y = rect.top + rect.height * 0.62f;
    if (m_revealed) // the range the sources support, in green
        target.draw(roundedRect(
            {xOf(m_acceptMin), y - 16.f, std::max(8.f, xOf(m_acceptMax) - xOf(m_acceptMin)), 32.f}, 16.f,
            sf::Color(0xC9, 0xEB, 0xDD), theme::bluishGreen, 3.f));
    drawThickLine(target, {xOf(m_min), y}, {xOf(m_max), y}, 10.f, theme::ink);
    drawCircle(target, {xOf(m_value), y}, 22.f, theme::orange, theme::ink, 4.f);
    if (m_revealed) drawCircle(target, {xOf(m_answer), y}, 14.f, theme::bluishGreen, theme::ink, 3.f);
    target.draw(m_label);
    target.draw(m_minLabel);
    target.draw(m_maxLabel);
}

} // namespace mobi
