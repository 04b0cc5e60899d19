// SPDX-License-Identifier: GPL-3.0-or-later
// A quiz: after a level (3 to 5 questions of its stage) or from the menu
// (questions across every stage). One question at a time, answered with the
// mouse, the arrows and Enter, or the keys 1 to 4; then kind feedback with the
// explanation and its source; a friendly end card. No timer.
//
// Vote mode (class mode): answers huge with a letter, a colour and a shape;
// the class votes by hand; the teacher presses R (or the button) to reveal,
// then Space or → for the next question. No score is kept on screen.
#pragma once

#include "content/Facts.hpp"
#include "content/QuizData.hpp"
#include "quiz/QuizRun.hpp"
#include "scenes/Scene.hpp"
#include "ui/TextBlock.hpp"
#include "ui/WidgetGroup.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace mobi {

class QuizScene : public Scene {
public:
    struct Setup {
        std::string levelId; // the stage's level; "" for every stage
        bool vote = false;
        bool afterLevel = false; // at the end, go on to the level map
        std::uint32_t seed = 1;
        bool classVote = false; // a short class session: the stage's one class vote question
    };
    QuizScene(SceneContext& ctx, Setup setup);

    void handleEvent(const UiEvent& e) override;
    void draw(sf::RenderTarget& target) const override;
    void rebuild() override;

    // For screenshots of the feedback and the reveal: answer the first
    // question rightly (play) or reveal it (vote).
    void answerFirstForScreenshot();
    // For screenshots and layout checks of what comes after an answer: the
    // second question (after the first one's answer), or the end card.
    void goOnForScreenshot(bool toTheEnd);
    // For screenshots and replays: "phase=asking question=2/8 explanation=none".
    std::string describe() const override;
    // The question and its answers; once answered, the feedback.
    std::vector<const TextBlock*> spokenText() const override;

    static constexpr float kBand = 64.f; // the top band: the quiz's title and counter

private:
    enum class Phase { Asking, Answered, End };

    void loadQuizzes();
    void buildCounter();
    void buildAsking();
    void buildAnswers(float top, float bottom);
    void buildAnswered();
    void buildEnd();
    void answered(bool right);
    void pickChoice(int shown);
    void pickOrder(int shown);
    void reveal();
    void next();
    std::string rightAnswerText() const;
    bool youngBand() const;

    Setup m_setup;
    std::vector<Quiz> m_quizzes;
    FactBook m_facts;
    std::optional<QuizRun> m_run;
    Phase m_phase = Phase::Asking;
    bool m_lastRight = false;
    std::vector<int> m_picked; // order questions: shown positions, in the order picked
    std::size_t m_sliderWidget = 0;

    TextBlock m_band, m_counter, m_question, m_status, m_explain, m_source;
    sf::FloatRect m_explainCard;
    sf::Vector2f m_endMobiCentre; // the end card's Mobi
    float m_endMobiHeight = 0.f;
    WidgetGroup m_widgets;
};

} // namespace mobi
