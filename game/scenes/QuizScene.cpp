#include "scenes/QuizScene.hpp"

#include "content/Languages.hpp"
#include "content/QuizLoader.hpp"
#include "core/Letterbox.hpp"
#include "core/NumberFormat.hpp"
#include "levels/LevelRegistry.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
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
constexpr float kBand = 64.f;
constexpr int kAfterLevelCount = 4;
constexpr int kAcrossStagesCount = 8;
} // namespace

QuizScene::QuizScene(SceneContext& ctx, Setup setup) : Scene(ctx), m_setup(std::move(setup)) {
    loadQuizzes();
    std::vector<const Quiz*> all;
    for (const auto& q : m_quizzes)
        all.push_back(&q);
    if (!m_quizzes.empty()) {
        if (!m_setup.levelId.empty())
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
    const QuizQuestion& q = *m_run->current().question;
    switch (q.type) {
    case QuizQuestion::Type::Choice:
        return tr(q.answers[static_cast<std::size_t>(q.correctIndex())].textId);
    case QuizQuestion::Type::TrueFalse:
        return tr(q.truth ? "quiz.true" : "quiz.false");
    case QuizQuestion::Type::Order: {
        std::string out;
        for (std::size_t i = 0; i < q.items.size(); ++i)
            out += std::to_string(i + 1) + ". " + tr(q.items[i]) + "   ";
        return out;
    }
    case QuizQuestion::Type::Estimate:
        return tr("quiz.estimate_answer", {{"answer", formatNumber(q.answer, tr("format.thousands"))},
                                           {"min", formatNumber(q.acceptMin, tr("format.thousands"))},
                                           {"max", formatNumber(q.acceptMax, tr("format.thousands"))},
                                           {"unit", tr(q.unitId)}});
    }
    return "";
}

void QuizScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    const std::string stage =
        m_setup.levelId.empty() ? tr("quiz.all_stages") : tr("level." + m_setup.levelId + ".name");
    m_band.set(t, tr(m_setup.vote ? "quiz.vote_title" : "quiz.title", {{"stage", stage}}),
               {theme::TextRole::Body, 700.f, theme::ink, Align::Left, true});
    m_band.centreVertically(24.f, 0.f, kBand);
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
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

void QuizScene::buildAsking() {
    const TextStyler& t = m_ctx.text;
    const QuizItem& item = m_run->current();
    const QuizQuestion& q = *item.question;
    m_counter.set(t,
                  tr("quiz.counter",
                     {{"n", std::to_string(m_run->index() + 1)}, {"total", std::to_string(m_run->size())}}),
                  {theme::TextRole::Small, 300.f, theme::inkSoft, Align::Right, true});
    m_counter.centreVertically(950.f, 0.f, kBand);
    const bool big = m_setup.vote;
    m_question.set(
        t, tr(q.textId),
        {big ? theme::TextRole::Heading : theme::TextRole::Button, 1180.f, theme::ink, Align::Centre, true});
    m_question.setPosition({50.f, kBand + 20.f});
    const float top = kBand + 40.f + m_question.size().y;
    const float h = layout::buttonHeight(t.scale());
    m_status.set(t, m_setup.vote ? tr("quiz.vote_now") : "",
                 {theme::TextRole::Body, 1180.f, theme::ink, Align::Centre, true});
    m_status.setPosition({50.f, kLogicalHeight - h - 24.f - m_status.size().y});

    // Bottom row: in vote mode the teacher's reveal; in play mode, validate for order and estimate.
    const sf::FloatRect bottom{kLogicalWidth / 2.f - 220.f, kLogicalHeight - h - 16.f, 440.f, h};
    const float gridBottom = kLogicalHeight - h - (m_setup.vote ? 40.f + m_status.size().y : 30.f);
    auto grid = [&](std::size_t n, std::size_t i) {
        const std::size_t columns = n <= 2 ? n : 2;
        const std::size_t rows = (n + columns - 1) / columns;
        const float rowH =
            std::min(big ? 170.f : 140.f,
                     (gridBottom - top - 14.f * static_cast<float>(rows - 1)) / static_cast<float>(rows));
        const float w = (1200.f - 20.f * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        return sf::FloatRect{40.f + static_cast<float>(i % columns) * (w + 20.f),
                             top + static_cast<float>(i / columns) * (rowH + 14.f), w, rowH};
    };
    switch (q.type) {
    case QuizQuestion::Type::Choice:
        for (std::size_t i = 0; i < item.shown.size(); ++i) {
            const QuizAnswer& a = q.answers[static_cast<std::size_t>(item.shown[i])];
            const int shown = static_cast<int>(i);
            m_widgets.add<AnswerCard>(t, shown, tr(a.textId), a.picture, grid(item.shown.size(), i), big,
                                      [this, shown] {
                                          if (!m_setup.vote) later([this, shown] { pickChoice(shown); });
                                      });
        }
        break;
    case QuizQuestion::Type::TrueFalse:
        for (int i = 0; i < 2; ++i)
            m_widgets.add<AnswerCard>(t, i, tr(i == 0 ? "quiz.true" : "quiz.false"), "",
                                      grid(2, static_cast<std::size_t>(i)), big, [this, i] {
                                          if (!m_setup.vote)
                                              later([this, i] { answered(m_run->answerTrueFalse(i == 0)); });
                                      });
        break;
    case QuizQuestion::Type::Order:
        for (std::size_t i = 0; i < item.shown.size(); ++i) {
            const int shown = static_cast<int>(i);
            auto& card =
                m_widgets.add<AnswerCard>(t, shown, tr(q.items[static_cast<std::size_t>(item.shown[i])]), "",
                                          grid(item.shown.size(), i), false, [this, shown] {
                                              if (!m_setup.vote) later([this, shown] { pickOrder(shown); });
                                          });
            for (std::size_t k = 0; k < m_picked.size(); ++k)
                if (m_picked[k] == shown) card.rank = static_cast<int>(k) + 1;
        }
        if (!m_setup.vote) {
            m_status.set(t, tr("quiz.order_hint"),
                         {theme::TextRole::Small, 800.f, theme::inkSoft, Align::Centre});
            m_status.setPosition({240.f, kLogicalHeight - h - 60.f});
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
        break;
    case QuizQuestion::Type::Estimate: {
        const float start = q.min + std::round((q.max - q.min) / 2.f / q.step) * q.step;
        m_sliderWidget = m_widgets.size();
        auto submit = [this] {
            if (m_setup.vote) return;
            auto* slider = dynamic_cast<EstimateSlider*>(&m_widgets.at(m_sliderWidget));
            const float value = slider ? slider->value() : 0.f;
            later([this, value] { answered(m_run->answerEstimate(value)); });
        };
        m_widgets.add<EstimateSlider>(t, q.min, q.max, q.step, start, tr(q.unitId), tr("format.thousands"),
                                      sf::FloatRect{140.f, top + 10.f, 1000.f, 200.f}, submit);
        if (!m_setup.vote) m_widgets.add<Button>(t, tr("quiz.check"), bottom, submit);
        break;
    }
    }
    if (m_setup.vote) {
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

void QuizScene::buildAnswered() {
    const TextStyler& t = m_ctx.text;
    const QuizQuestion& q = *m_run->current().question;
    m_counter.set(t,
                  tr("quiz.counter",
                     {{"n", std::to_string(m_run->index() + 1)}, {"total", std::to_string(m_run->size())}}),
                  {theme::TextRole::Small, 300.f, theme::inkSoft, Align::Right, true});
    m_counter.centreVertically(950.f, 0.f, kBand);
    m_question.set(t, tr(q.textId), {theme::TextRole::Button, 1180.f, theme::inkSoft, Align::Centre, true});
    m_question.setPosition({50.f, kBand + 16.f});
    float y = kBand + 36.f + m_question.size().y;
    // Kind words first: "Bravo!" or "Almost!" (vote mode: "The answer").
    m_status.set(t,
                 tr(m_setup.vote  ? "quiz.the_answer"
                    : m_lastRight ? "quiz.right"
                                  : "quiz.almost"),
                 {theme::TextRole::Heading, 1180.f, theme::ink, Align::Centre, true});
    m_status.setPosition({50.f, y});
    y += m_status.size().y + 6.f;
    // The right answer, big, with its shape when it has one.
    if (q.type == QuizQuestion::Type::Choice || q.type == QuizQuestion::Type::TrueFalse) {
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
        auto& card = m_widgets.add<AnswerCard>(t, shown, rightAnswerText(), picture,
                                               sf::FloatRect{240.f, y, 800.f, 120.f}, m_setup.vote, nullptr);
        card.mark = AnswerCard::Mark::Right;
        card.enabled = false;
        y += 136.f;
    }
    const float h = layout::buttonHeight(t.scale());
    std::string explanation = tr(q.explainId);
    if (q.type == QuizQuestion::Type::Order || q.type == QuizQuestion::Type::Estimate)
        explanation = rightAnswerText() + "\n" + explanation;
    m_explain.set(t, explanation, {theme::TextRole::Body, 1120.f, theme::ink, Align::Left});
    m_source.set(t, sourceLine(m_ctx.strings, m_facts, q.factId),
                 {theme::TextRole::Small, 1120.f, theme::inkSoft, Align::Left});
    m_explainCard = {50.f, y, 1180.f, m_explain.size().y + m_source.size().y + 40.f};
    m_explain.setPosition({m_explainCard.left + 30.f, y + 16.f});
    m_source.setPosition({m_explainCard.left + 30.f, y + 20.f + m_explain.size().y});
    const bool last = m_run->index() + 1 >= m_run->size();
    m_widgets.add<Button>(t, tr(last ? "quiz.finish" : "quiz.next"),
                          sf::FloatRect{kLogicalWidth / 2.f - 220.f, kLogicalHeight - h - 16.f, 440.f, h},
                          [this] { later([this] { next(); }); });
    m_widgets.setFocus(static_cast<int>(m_widgets.size()) - 1);
}

void QuizScene::buildEnd() {
    const TextStyler& t = m_ctx.text;
    const int total = m_run ? static_cast<int>(m_run->size()) : 0;
    m_counter.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
    if (total == 0) {
        m_status.set(t, tr("quiz.none"), {theme::TextRole::Heading, 1100.f, theme::ink, Align::Centre, true});
        m_explain.set(t, "", {theme::TextRole::Body, 10.f, theme::ink});
    } else {
        m_status.set(t, tr("quiz.end_title"),
                     {theme::TextRole::Title, 1100.f, theme::ink, Align::Centre, true});
        m_explain.set(t,
                      m_setup.vote ? tr("quiz.end_vote")
                                   : tr("quiz.end_text", {{"right", std::to_string(m_run->rightCount())},
                                                          {"total", std::to_string(total)}}),
                      {theme::TextRole::Button, 1000.f, theme::ink, Align::Centre});
    }
    m_status.setPosition({90.f, 170.f});
    m_explain.setPosition({140.f, 200.f + m_status.size().y});
    m_explainCard = {};
    m_source.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
    const float h = layout::buttonHeight(t.scale());
    SceneContext* ctx = &m_ctx;
    if (m_setup.afterLevel) {
        m_widgets.add<Button>(t, tr("common.continue"),
                              sf::FloatRect{kLogicalWidth / 2.f - 200.f, 480.f, 400.f, h},
                              [ctx] { returnToMap(*ctx); });
    } else {
        auto slots = layout::row(kLogicalWidth / 2.f, 480.f, 380.f, h, 30.f, 2);
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
    if (m_phase == Phase::End) drawMobi(target, {640.f, 640.f}, 130.f, Mood::Happy, theme::skyBlue, 0.9f);
    target.draw(m_question);
    target.draw(m_status);
    if (m_explainCard.width > 0.f) drawPanel(target, m_explainCard, 20.f, theme::card, theme::ink, 3.f);
    target.draw(m_explain);
    target.draw(m_source);
    m_widgets.draw(target);
}

} // namespace mobi
