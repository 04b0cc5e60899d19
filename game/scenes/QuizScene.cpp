// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/QuizScene.hpp"

#include "content/Languages.hpp"
#include "content/QuizLoader.hpp"
#include "core/Letterbox.hpp"
#include "levels/LevelRegistry.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "quiz/QuizAnswerText.hpp"
#include "scenes/LevelScreens.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/Layout.hpp"
#include "ui/QuizWidgets.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <iostream>

namespace mobi {
namespace {
constexpr int kAfterLevelCount = 4;
constexpr int kAcrossStagesCount = 8;
} // namespace

QuizScene::QuizScene(SceneContext& ctx, Setup setup) : Scene(ctx), m_setup(std::move(setup)) {
    loadQuizzes();
    std::vector<const Quiz*> all;
    for (const auto& q : m_quizzes)
        all.push_back(&q);
    if (!m_quizzes.empty()) {
        if (!m_setup.levelId.empty() && m_setup.classVote)
            m_run = QuizRun::classVote(m_quizzes.front(), youngBand(), m_setup.seed);
        else if (!m_setup.levelId.empty())
            m_run = QuizRun::afterLevel(m_quizzes.front(), youngBand(), m_setup.seed, kAfterLevelCount);
        else
            m_run = QuizRun::acrossStages(all, youngBand(), m_setup.seed, kAcrossStagesCount);
    }
    if (!m_run || m_run->finished()) m_phase = Phase::End;
    rebuild();
}

bool QuizScene::youngBand() const {
    const Profile* p = m_ctx.activeProfile();
    return !p || p->ageBand == AgeBand::Young;
}

void QuizScene::loadQuizzes() {
    ErrorList errors;
    const auto dataDir = m_ctx.assets.dataDir();
    m_facts = loadFactsFile((dataDir / "levels" / "facts.xml").u8string(), errors);
    const StringTable reference =
        loadStringTableFile(localeFile(dataDir, kReferenceLanguage).u8string(), errors);
    const QuizCheckContext check{&m_facts, &reference};
    for (const auto& level : allLevels()) {
        if (!m_setup.levelId.empty() && level.id != m_setup.levelId) continue;
        const auto path = quizFile(dataDir, level.number, level.id);
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) continue;
        ErrorList quizErrors;
        Quiz quiz = loadQuizFile(path.u8string(), check, quizErrors);
        // A broken quiz is left out (and named), never half-shown.
        if (quizErrors.empty()) m_quizzes.push_back(std::move(quiz));
        errors.append(quizErrors);
    }
    for (const auto& e : errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
}

std::string QuizScene::rightAnswerText() const {
    return mobi::rightAnswerText(*m_run->current().question, m_ctx.strings);
}

void QuizScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    const std::string stage =
        m_setup.levelId.empty() ? tr("quiz.all_stages") : tr("level." + m_setup.levelId + ".name");
    TextSpec band{theme::TextRole::Body, 900.f, theme::ink, Align::Left, true};
    band.maxLines = 1; // the counter has the right of the band
    m_band.set(t, tr(m_setup.vote ? "quiz.vote_title" : "quiz.title", {{"stage", stage}}), band);
    m_band.centreVertically(24.f, 0.f, kBand);
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    // Nothing of the last phase may stay on screen: the class would read the
    // last explanation under the next question's answers.
    const TextSpec none{theme::TextRole::Small, 10.f, theme::ink};
    for (TextBlock* text : {&m_counter, &m_question, &m_status, &m_explain, &m_source})
        text->set(t, "", none);
    m_explainCard = {};
    switch (m_phase) {
    case Phase::Asking:
        buildAsking();
        break;
    case Phase::Answered:
        buildAnswered();
        break;
    case Phase::End:
        buildEnd();
        break;
    }
}

void QuizScene::answered(bool right) {
    m_lastRight = right;
    m_ctx.audio.play(right ? Sfx::Success : Sfx::Error);
    m_phase = Phase::Answered;
    rebuild();
}

void QuizScene::pickChoice(int shown) { answered(m_run->answerChoice(shown)); }

void QuizScene::pickOrder(int shown) {
    for (int p : m_picked)
        if (p == shown) return; // already placed; "start again" undoes
    m_picked.push_back(shown);
    rebuild();
    m_widgets.setFocus(std::min(static_cast<int>(m_widgets.size()) - 1, shown + 1));
}

void QuizScene::reveal() {
    m_phase = Phase::Answered;
    m_ctx.audio.play(Sfx::Success);
    rebuild();
}

void QuizScene::next() {
    m_run->next();
    m_picked.clear();
    m_phase = m_run->finished() ? Phase::End : Phase::Asking;
    rebuild();
}

void QuizScene::answerFirstForScreenshot() {
    if (!m_run || m_run->finished()) return;
    if (m_setup.vote) {
        reveal();
        return;
    }
    const QuizQuestion& q = *m_run->current().question;
    switch (q.type) {
    case QuizQuestion::Type::Choice:
        for (std::size_t i = 0; i < m_run->current().shown.size(); ++i)
            if (m_run->current().shown[i] == q.correctIndex()) pickChoice(static_cast<int>(i));
        break;
    case QuizQuestion::Type::TrueFalse:
        answered(m_run->answerTrueFalse(q.truth));
        break;
    case QuizQuestion::Type::Estimate:
        answered(m_run->answerEstimate(q.answer));
        break;
    case QuizQuestion::Type::Order:
        answered(m_run->answerOrder({}));
        break;
    }
}

void QuizScene::goOnForScreenshot(bool toTheEnd) {
    do {
        answerFirstForScreenshot();
        if (m_phase == Phase::Answered) next();
    } while (toTheEnd && m_phase != Phase::End);
}

void QuizScene::handleEvent(const UiEvent& e) {
    // Keys 1–4 (top row or keypad) pick an answer; letters are for the teacher only.
    if (m_phase == Phase::Asking && !m_setup.vote && e.type == UiEvent::Type::KeyDown) {
        int n = -1;
        if (e.key >= sf::Keyboard::Num1 && e.key <= sf::Keyboard::Num4) n = e.key - sf::Keyboard::Num1;
        if (e.key >= sf::Keyboard::Numpad1 && e.key <= sf::Keyboard::Numpad4)
            n = e.key - sf::Keyboard::Numpad1;
        if (n >= 0 && n < static_cast<int>(m_widgets.size())) {
            if (auto* card = dynamic_cast<AnswerCard*>(&m_widgets.at(static_cast<std::size_t>(n)))) {
                card->activate();
                return;
            }
        }
    }
    if (m_setup.vote && e.type == UiEvent::Type::KeyDown) {
        if (m_phase == Phase::Asking && e.key == sf::Keyboard::R) return reveal();
        if (m_phase == Phase::Answered && (e.key == sf::Keyboard::Space || e.key == sf::Keyboard::Right))
            return next();
    }
    if (m_widgets.handle(e)) return;
    if (e.isKey(sf::Keyboard::Escape)) close();
}

void QuizScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    sf::RectangleShape band({kLogicalWidth, kBand});
    band.setFillColor(sf::Color(0xFF, 0xFF, 0xFF, 0xD8));
    target.draw(band);
    target.draw(m_band);
    target.draw(m_counter);
    if (m_phase == Phase::End)
        drawMobi(target, m_endMobiCentre, m_endMobiHeight, Mood::Happy, m_ctx.mobiColour(), 0.9f);
    target.draw(m_question);
    target.draw(m_status);
    if (m_explainCard.width > 0.f) drawPanel(target, m_explainCard, 20.f, theme::card, theme::ink, 3.f);
    target.draw(m_explain);
    target.draw(m_source);
    m_widgets.draw(target);
}

} // namespace mobi
