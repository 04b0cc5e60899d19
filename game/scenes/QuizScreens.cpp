// SPDX-License-Identifier: GPL-3.0-or-later
// QuizScene's three screens: a question, its answer with the explanation, and
// the end card. Each is laid out in the room it has, at any text size: the
// words of a screen shrink together before anything overlaps.
#include "scenes/QuizScene.hpp"

#include "core/Letterbox.hpp"
#include "scenes/LevelScreens.hpp"
#include "ui/Button.hpp"
#include "ui/ColumnFit.hpp"
#include "ui/Layout.hpp"
#include "ui/QuizWidgets.hpp"
#include "ui/TextStyler.hpp"

#include <algorithm>

namespace mobi {

void QuizScene::buildCounter() {
    TextSpec counter{theme::TextRole::Small, 300.f, theme::inkSoft, Align::Right, true}; // right of the title
    counter.maxLines = 1;
    m_counter.set(m_ctx.text,
                  tr("quiz.counter",
                     {{"n", std::to_string(m_run->index() + 1)}, {"total", std::to_string(m_run->size())}}),
                  counter);
    m_counter.centreVertically(kLogicalWidth - 30.f - 300.f, 0.f, kBand);
}

void QuizScene::buildAsking() {
    const TextStyler& t = m_ctx.text;
    const QuizQuestion& q = *m_run->current().question;
    buildCounter();
    const bool vote = m_setup.vote;
    const float h = layout::buttonHeight(t.scale());
    const sf::FloatRect bottom{kLogicalWidth / 2.f - 220.f, kLogicalHeight - h - 16.f, 440.f, h};
    // The question at the top, at most a third of the screen; in vote mode the
    // call to vote just above the teacher's button.
    ColumnFit head(50.f, kBand + 16.f, 1180.f);
    head.text(
        m_question, tr(q.textId),
        {vote ? theme::TextRole::Heading : theme::TextRole::Button, 0.f, theme::ink, Align::Centre, true});
    const float top = kBand + 16.f + head.fit(t, vote ? 160.f : 210.f) + 18.f;
    float gridBottom = bottom.top - 16.f;
    if (vote || q.type == QuizQuestion::Type::Order) {
        TextSpec status = vote ? TextSpec{theme::TextRole::Body, 1180.f, theme::ink, Align::Centre, true}
                               : TextSpec{theme::TextRole::Small, 1180.f, theme::inkSoft, Align::Centre};
        status.maxLines = vote ? 1 : 2;
        m_status.set(t, tr(vote ? "quiz.vote_now" : "quiz.order_hint"), status);
        m_status.setPosition({50.f, bottom.top - 10.f - m_status.size().y});
        gridBottom = m_status.position().y - 12.f;
    }
    buildAnswers(top, gridBottom);

    // The bottom row: in vote mode the teacher's reveal; in play mode, check for order and estimate.
    if (q.type == QuizQuestion::Type::Order && !vote) {
        auto slots = layout::row(kLogicalWidth / 2.f, bottom.top, 360.f, h, 30.f, 2);
        m_widgets.add<Button>(
            t, tr("quiz.restart_order"), slots[0],
            [this] {
                m_picked.clear();
                requestRebuild();
            },
            ButtonKind::Secondary);
        auto& ok = m_widgets.add<Button>(t, tr("quiz.check"), slots[1], [this] {
            later([this] { answered(m_run->answerOrder(m_picked)); });
        });
        ok.enabled = m_picked.size() == q.items.size();
    }
    if (q.type == QuizQuestion::Type::Estimate && !vote) {
        m_widgets.add<Button>(t, tr("quiz.check"), bottom, [this] {
            auto* slider = dynamic_cast<EstimateSlider*>(&m_widgets.at(m_sliderWidget));
            const float value = slider ? slider->value() : 0.f;
            later([this, value] { answered(m_run->answerEstimate(value)); });
        });
    }
    if (vote) {
        // The class votes by hand: the answers are shown, not chosen, so they
        // take no focus, and the teacher's button has it.
        for (std::size_t i = 0; i < m_widgets.size(); ++i)
            m_widgets.at(i).enabled = false;
        m_widgets.add<Button>(t, tr("quiz.reveal"), bottom, [this] { later([this] { reveal(); }); });
        m_widgets.setFocus(static_cast<int>(m_widgets.size()) - 1);
    } else if (q.type == QuizQuestion::Type::Estimate) {
        m_widgets.setFocus(static_cast<int>(m_sliderWidget));
    }
    // Otherwise nothing is highlighted until a key is used: a highlighted first
    // answer would look already chosen to a child using the mouse.
}

void QuizScene::buildAnswers(float top, float bottom) {
    const TextStyler& t = m_ctx.text;
    const QuizItem& item = m_run->current();
    const QuizQuestion& q = *item.question;
    const bool vote = m_setup.vote;
    if (q.type == QuizQuestion::Type::Estimate) {
        const float start = q.min + std::round((q.max - q.min) / 2.f / q.step) * q.step;
        m_sliderWidget = m_widgets.size();
        auto submit = [this] {
            if (m_setup.vote) return;
            auto* slider = dynamic_cast<EstimateSlider*>(&m_widgets.at(m_sliderWidget));
            const float value = slider ? slider->value() : 0.f;
            later([this, value] { answered(m_run->answerEstimate(value)); });
        };
        m_widgets.add<EstimateSlider>(t, q.min, q.max, q.step, start, tr(q.unitId), tr("format.thousands"),
                                      sf::FloatRect{140.f, top, 1000.f, std::min(200.f, bottom - top)},
                                      submit);
        return;
    }
    // The answers in a grid that fills the room (one or two columns), all in words of one size.
    std::vector<AnswerCard::Words> words;
    std::vector<std::string> pictures;
    switch (q.type) {
    case QuizQuestion::Type::Choice:
        for (int shown : item.shown) {
            const QuizAnswer& a = q.answers[static_cast<std::size_t>(shown)];
            words.push_back({tr(a.textId), !a.picture.empty()});
            pictures.push_back(a.picture);
        }
        break;
    case QuizQuestion::Type::TrueFalse:
        words = {{tr("quiz.true"), false}, {tr("quiz.false"), false}};
        pictures = {"", ""};
        break;
    case QuizQuestion::Type::Order:
        for (int shown : item.shown) {
            words.push_back({tr(q.items[static_cast<std::size_t>(shown)]), false, true});
            pictures.push_back("");
        }
        break;
    case QuizQuestion::Type::Estimate:
        break;
    }
    const bool big = vote && q.type != QuizQuestion::Type::Order;
    const std::size_t n = words.size();
    // A class reads two answers best one above the other, across the whole screen.
    const std::size_t columns = n > 2 ? 2 : vote ? 1 : n;
    const std::size_t rows = (n + columns - 1) / columns;
    const float gap = 14.f;
    const float rowH = std::min(vote ? 230.f : 140.f, (bottom - top - gap * static_cast<float>(rows - 1)) /
                                                          static_cast<float>(rows));
    const float w = (1200.f - 20.f * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float scale = AnswerCard::commonScale(t, words, {w, rowH}, big);
    for (std::size_t i = 0; i < n; ++i) {
        const sf::FloatRect r{40.f + static_cast<float>(i % columns) * (w + 20.f),
                              top + static_cast<float>(i / columns) * (rowH + gap), w, rowH};
        const int shown = static_cast<int>(i);
        std::function<void()> pick;
        if (!vote) {
            if (q.type == QuizQuestion::Type::Choice)
                pick = [this, shown] { later([this, shown] { pickChoice(shown); }); };
            if (q.type == QuizQuestion::Type::TrueFalse)
                pick = [this, shown] {
                    later([this, shown] { answered(m_run->answerTrueFalse(shown == 0)); });
                };
            if (q.type == QuizQuestion::Type::Order)
                pick = [this, shown] { later([this, shown] { pickOrder(shown); }); };
        }
        auto& card = m_widgets.add<AnswerCard>(t, shown, words[i], pictures[i], r, big, pick, scale);
        for (std::size_t k = 0; k < m_picked.size(); ++k)
            if (m_picked[k] == shown) card.rank = static_cast<int>(k) + 1;
    }
}

void QuizScene::buildAnswered() {
    const TextStyler& t = m_ctx.text;
    const QuizQuestion& q = *m_run->current().question;
    buildCounter();
    const float h = layout::buttonHeight(t.scale());
    const sf::FloatRect nextButton{kLogicalWidth / 2.f - 220.f, kLogicalHeight - h - 16.f, 440.f, h};
    // Top to bottom, above the button: the question, small; kind words
    // ("Bravo!", "Almost!", or in vote mode "The answer"); the right answer,
    // big, with its shape; the explanation and its source in a card.
    std::string explanation = tr(q.explainId);
    if (q.type == QuizQuestion::Type::Order || q.type == QuizQuestion::Type::Estimate)
        explanation = rightAnswerText() + "\n" + explanation;
    const bool withCard = q.type == QuizQuestion::Type::Choice || q.type == QuizQuestion::Type::TrueFalse;
    ColumnFit column(50.f, kBand + 12.f, 1180.f);
    column
        .text(m_question, tr(q.textId), {theme::TextRole::Button, 0.f, theme::inkSoft, Align::Centre, true},
              6.f)
        .text(m_status,
              tr(m_setup.vote  ? "quiz.the_answer"
                 : m_lastRight ? "quiz.right"
                               : "quiz.almost"),
              {theme::TextRole::Heading, 0.f, theme::ink, Align::Centre, true}, 8.f);
    const std::size_t cardEntry = column.count();
    if (withCard) column.space(120.f, nullptr, 110.f).space(14.f);
    const std::size_t explainFirst = column.count();
    column.space(16.f)
        .text(m_explain, explanation, {theme::TextRole::Body, 0.f, theme::ink, Align::Left}, 4.f, 30.f, 30.f)
        .text(m_source, sourceLine(m_ctx.strings, m_facts, q.factId),
              {theme::TextRole::Small, 0.f, theme::inkSoft, Align::Left}, 0.f, 30.f, 30.f)
        .space(16.f);
    column.fit(t, nextButton.top - 14.f - (kBand + 12.f));
    const sf::FloatRect cardTop = column.placed(explainFirst), cardEnd = column.placed(column.count() - 1);
    m_explainCard = {50.f, cardTop.top, 1180.f, cardEnd.top + cardEnd.height - cardTop.top};
    if (withCard) {
        int shown = 0;
        std::string picture;
        if (q.type == QuizQuestion::Type::Choice) {
            const auto& item = m_run->current();
            for (std::size_t i = 0; i < item.shown.size(); ++i)
                if (item.shown[i] == q.correctIndex()) shown = static_cast<int>(i);
            picture = q.answers[static_cast<std::size_t>(q.correctIndex())].picture;
        } else {
            shown = q.truth ? 0 : 1;
        }
        const sf::FloatRect slot = column.placed(cardEntry);
        auto& card = m_widgets.add<AnswerCard>(
            t, shown, AnswerCard::Words{rightAnswerText(), !picture.empty(), true}, picture,
            sf::FloatRect{240.f, slot.top, 800.f, slot.height}, m_setup.vote, nullptr, column.scale());
        card.mark = AnswerCard::Mark::Right;
        card.enabled = false;
    }
    const bool last = m_run->index() + 1 >= m_run->size();
    m_widgets.add<Button>(t, tr(last ? "quiz.finish" : "quiz.next"), nextButton,
                          [this] { later([this] { next(); }); });
    m_widgets.setFocus(static_cast<int>(m_widgets.size()) - 1);
}

void QuizScene::buildEnd() {
    const TextStyler& t = m_ctx.text;
    const int total = m_run ? static_cast<int>(m_run->size()) : 0;
    const float h = layout::buttonHeight(t.scale());
    const float buttonsTop = 470.f;
    ColumnFit column(90.f, 120.f, 1100.f);
    if (total == 0) {
        column.text(m_status, tr("quiz.none"),
                    {theme::TextRole::Heading, 0.f, theme::ink, Align::Centre, true});
    } else {
        column
            .text(m_status, tr("quiz.end_title"),
                  {theme::TextRole::Title, 0.f, theme::ink, Align::Centre, true}, 24.f)
            .text(m_explain,
                  m_setup.vote ? tr("quiz.end_vote")
                               : tr("quiz.end_text", {{"right", std::to_string(m_run->rightCount())},
                                                      {"total", std::to_string(total)}}),
                  {theme::TextRole::Button, 0.f, theme::ink, Align::Centre}, 0.f, 50.f, 50.f);
    }
    column.fit(t, buttonsTop - 20.f - 120.f);
    // Mobi waves goodbye under the buttons, as big as the room there allows.
    const float mobiTop = buttonsTop + h + 12.f;
    m_endMobiHeight = std::min(110.f, (kLogicalHeight - 6.f - mobiTop) / 1.18f);
    m_endMobiCentre = {kLogicalWidth / 2.f, mobiTop + m_endMobiHeight / 2.f};
    SceneContext* ctx = &m_ctx;
    if (m_setup.afterLevel) {
        m_widgets.add<Button>(t, tr("common.continue"),
                              sf::FloatRect{kLogicalWidth / 2.f - 200.f, buttonsTop, 400.f, h},
                              [ctx] { returnToMap(*ctx); });
    } else {
        auto slots = layout::row(kLogicalWidth / 2.f, buttonsTop, 380.f, h, 30.f, 2);
        Setup again = m_setup;
        again.seed = m_setup.seed * 747796405u + 2891336453u; // a new draw of questions
        m_widgets.add<Button>(t, tr("quiz.again"), slots[0], [ctx, again] {
            ctx->stack.replaceTop([ctx, again] { return std::make_unique<QuizScene>(*ctx, again); });
        });
        m_widgets.add<Button>(
            t, tr("common.back"), slots[1], [this] { close(); }, ButtonKind::Secondary);
    }
    m_widgets.setFocus(0);
}

std::string QuizScene::describe() const {
    const char* phase = m_phase == Phase::Asking ? "asking" : m_phase == Phase::Answered ? "answered" : "end";
    std::string out = std::string("phase=") + phase;
    if (m_run && m_phase != Phase::End)
        out += " question=" + std::to_string(m_run->index() + 1) + "/" + std::to_string(m_run->size()) +
               " id=" + m_run->current().question->id;
    out += std::string(" question_text=") + (m_question.empty() ? "none" : "shown");
    out += std::string(" explanation=") + (m_explain.empty() ? "none" : "shown");
    return out;
}

} // namespace mobi

namespace mobi {

std::vector<const TextBlock*> QuizScene::spokenText() const {
    if (m_phase != Phase::Asking) return {&m_status, &m_explain};
    std::vector<const TextBlock*> spoken{&m_question};
    for (const TextBlock* answer : m_widgets.spokenWords())
        spoken.push_back(answer);
    return spoken;
}

} // namespace mobi
