// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenes/TitleScene.hpp"

#include "content/DebateData.hpp"
#include "core/Letterbox.hpp"
#include "platform/Assets.hpp"
#include "platform/Audio.hpp"
#include "ui/Backdrop.hpp"
#include "ui/Button.hpp"
#include "ui/ColumnFit.hpp"
#include "ui/Layout.hpp"
#include "ui/Shapes.hpp"
#include "ui/TextStyler.hpp"

#include <cmath>

namespace mobi {
namespace {
constexpr double kLettersPerSecond = 22.0; // a little faster than a young child reads aloud
constexpr float kParagraphGap = 14.f;
const char* const kParagraphIds[] = {"mail.p1", "mail.p2", "mail.p3", "mail.p4", "mail.signature"};
// Léo's reply; the promises go where the empty id is.
const char* const kReplyIds[] = {"mail.reply.p1", "mail.reply.p2", "", "mail.reply.p3", "mail.signature"};
} // namespace

TitleScene::TitleScene(SceneContext& ctx, bool prologue) : Scene(ctx), m_prologue(prologue) { rebuild(); }

void TitleScene::rebuild() {
    const TextStyler& t = m_ctx.text;
    // The left column: the title and subtitle, then Mobi in the room left
    // below; with promises, a small Mobi above them.
    ColumnFit head(30.f, 36.f, 380.f);
    head.text(m_title, tr("game.title"), {theme::TextRole::Title, 0.f, theme::ink, Align::Centre, true}, 4.f)
        .text(m_subtitle, tr("game.subtitle"), {theme::TextRole::Body, 0.f, theme::inkSoft, Align::Centre});
    const float headBottom = 36.f + head.fit(t, 300.f) + 14.f;

    // The promises the class or family made after the debate, to see every day.
    std::string promises;
    int shown = 0;
    if (!m_ctx.settings.promises.empty()) {
        ErrorList ignored;
        const Debate debate = loadDebateFile(m_ctx.assets.dataDir(), nullptr, ignored);
        for (const auto& id : m_ctx.settings.promises)
            if (const PromiseDef* p = debate.promise(id)) {
                promises += "• " + tr(p->textId) + "\n";
                ++shown;
            }
        if (!promises.empty()) promises.pop_back();
    }
    if (promises.empty()) {
        m_promisesTitle.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
        m_promises.set(t, "", {theme::TextRole::Small, 10.f, theme::ink});
        m_mobiHeight = std::min(250.f, (kLogicalHeight - 12.f - headBottom) / 1.18f);
        m_mobiCentre = {220.f, headBottom + m_mobiHeight / 2.f};
    } else {
        m_mobiHeight = 80.f;
        m_mobiCentre = {220.f, headBottom + m_mobiHeight / 2.f};
        m_promisesCard = {20.f, headBottom + m_mobiHeight * 1.18f + 8.f, 400.f, 0.f};
        ColumnFit card(m_promisesCard.left + 14.f, m_promisesCard.top + 10.f, m_promisesCard.width - 28.f);
        card.text(m_promisesTitle, tr("title.promises"),
                  {theme::TextRole::Small, 0.f, theme::ink, Align::Left, true})
            .text(m_promises, promises, {theme::TextRole::Small, 0.f, theme::ink, Align::Left});
        m_promisesCard.height = card.fit(t, kLogicalHeight - 12.f - m_promisesCard.top - 20.f) + 20.f;
    }

    const float buttonH = layout::buttonHeight(t.scale());
    m_card = {440.f, 28.f, 810.f, kLogicalHeight - 28.f - buttonH - 44.f};
    const float inner = m_card.width - 70.f;
    m_reply = !m_prologue && !promises.empty();
    m_promisesShown = shown;
    m_from.set(t, tr(m_reply ? "mail.reply.from" : "mail.from"),
               {theme::TextRole::Small, inner, theme::inkSoft});
    m_from.setPosition({m_card.left + 35.f, m_card.top + 22.f});
    m_subject.set(t, tr(m_reply ? "mail.reply.subject" : "mail.subject"),
                  {theme::TextRole::Body, inner, theme::ink, Align::Left, true});
    m_subject.setPosition({m_card.left + 35.f, m_from.position().y + m_from.size().y + 4.f});
    m_hint.set(t, tr("mail.skip_hint"), {theme::TextRole::Small, inner, theme::inkSoft, Align::Right});

    // Body paragraphs, then pages: as many paragraphs as fit under the subject line.
    m_paragraphs.clear();
    const TextSpec body{theme::TextRole::Body, inner, theme::ink, Align::Left};
    if (m_reply) {
        for (const char* id : kReplyIds)
            m_paragraphs.emplace_back(
                t, *id ? tr(m_ctx.forReader(id)) : tr("mail.reply.promised") + "\n" + promises, body);
    } else {
        for (const char* id : kParagraphIds)
            m_paragraphs.emplace_back(t, tr(m_ctx.forReader(id)), body);
    }
    const float bodyTop = m_subject.position().y + m_subject.size().y + 18.f;
    const float bodyHeight = m_card.top + m_card.height - bodyTop - m_hint.size().y - 16.f;
    m_pages.assign(1, {});
    float used = 0;
    for (std::size_t i = 0; i < m_paragraphs.size(); ++i) {
        const float h = m_paragraphs[i].size().y;
        if (!m_pages.back().empty() && used + h > bodyHeight) {
            m_pages.emplace_back();
            used = 0;
        }
        m_paragraphs[i].setPosition({m_card.left + 35.f, bodyTop + used});
        m_pages.back().push_back(i);
        used += h + kParagraphGap;
    }
    m_hint.setPosition({m_card.left + 35.f, m_card.top + m_card.height - m_hint.size().y - 12.f});
    startPage(std::min(m_page, m_pages.size() - 1));
}

void TitleScene::startPage(std::size_t page) {
    m_page = page;
    m_revealed = 0;
    m_time = 0;
    m_pageLetters = 0;
    for (std::size_t i : m_pages[m_page])
        m_pageLetters += m_paragraphs[i].letterCount();
    for (auto& p : m_paragraphs)
        p.reveal(0);
    buildButtons();
}

void TitleScene::revealAll() {
    m_revealed = static_cast<double>(m_pageLetters);
    for (std::size_t i : m_pages[m_page])
        m_paragraphs[i].reveal(m_paragraphs[i].letterCount());
    buildButtons();
}

void TitleScene::next() {
    if (typing())
        revealAll();
    else if (m_page + 1 < m_pages.size())
        startPage(m_page + 1);
    else if (m_prologue)
        close();
    else
        goTo(m_ctx.classMode() ? "menu" : "profiles");
}

void TitleScene::buildButtons() {
    const TextStyler& t = m_ctx.text;
    m_widgets.clear();
    m_widgets.onActivate = [this] { m_ctx.audio.play(Sfx::Click); };
    const float h = layout::buttonHeight(t.scale());
    const float top = kLogicalHeight - h - 22.f;
    const bool lastPage = m_page + 1 >= m_pages.size();
    const bool canQuit = !m_ctx.kiosk() && !m_prologue;
    // The row sits under the e-mail card (x 440 to 1250).
    auto slots = layout::row(845.f, top, 250.f, h, 30.f, canQuit ? 3 : 2);
    m_widgets.add<Button>(
        t, tr("title.replay"), slots[0], [this] { later([this] { startPage(0); }); }, ButtonKind::Secondary);
    const std::string nextLabel = typing()     ? tr("title.show_all")
                                  : !lastPage  ? tr("title.next_page")
                                  : m_prologue ? tr("common.back")
                                               : tr("title.start");
    m_widgets.add<Button>(t, nextLabel, slots[1], [this] { later([this] { next(); }); });
    if (canQuit)
        m_widgets.add<Button>(
            t, tr("common.quit"), slots[2], [this] { m_ctx.app.quit(); }, ButtonKind::Secondary);
    m_widgets.setFocus(1);
}

void TitleScene::handleEvent(const UiEvent& e) {
    // While the text types out, any click or key shows it all (a child should
    // never have to wait for a letter-by-letter animation).
    if (typing() && (e.type == UiEvent::Type::MouseUp || e.isConfirmKey())) {
        revealAll();
        return;
    }
    if (m_widgets.handle(e)) return;
    if (m_prologue && e.isKey(sf::Keyboard::Escape)) close();
}

void TitleScene::update(double dt) {
    if (!typing()) return;
    m_time += dt;
    m_revealed = std::min(static_cast<double>(m_pageLetters), m_revealed + dt * kLettersPerSecond);
    std::size_t left = static_cast<std::size_t>(m_revealed);
    for (std::size_t i : m_pages[m_page]) {
        const std::size_t n = std::min(left, m_paragraphs[i].letterCount());
        m_paragraphs[i].reveal(n);
        left -= n;
    }
    if (!typing()) buildButtons(); // "Show all" becomes "Next" or "Start"
}

void TitleScene::draw(sf::RenderTarget& target) const {
    drawBackdrop(target, m_ctx.settings.lowDetail);
    target.draw(m_title);
    target.draw(m_subtitle);
    const float wave = typing() ? static_cast<float>(std::sin(m_time * 5.0)) : 0.6f;
    if (m_promises.letterCount() > 0) {
        drawMobi(target, m_mobiCentre, m_mobiHeight, Mood::Happy, m_ctx.mobiColour(), wave);
        drawPanel(target, m_promisesCard, 18.f, theme::card, theme::ink, 3.f);
        target.draw(m_promisesTitle);
        target.draw(m_promises);
    } else {
        drawMobi(target, m_mobiCentre, m_mobiHeight, Mood::Surprised, m_ctx.mobiColour(), wave);
    }

    // The e-mail card, with an envelope badge on its corner.
    drawPanel(target, m_card, 24.f, theme::card, theme::ink, theme::outline);
    const sf::FloatRect envelope{m_card.left - 26.f, m_card.top - 14.f, 64.f, 44.f};
    target.draw(roundedRect(envelope, 6.f, theme::yellow, theme::ink, 3.f));
    drawThickLine(target, {envelope.left + 4, envelope.top + 6}, {envelope.left + 32, envelope.top + 26}, 3.f,
                  theme::ink);
    drawThickLine(target, {envelope.left + 60, envelope.top + 6}, {envelope.left + 32, envelope.top + 26},
                  3.f, theme::ink);
    target.draw(m_from);
    target.draw(m_subject);
    for (std::size_t i : m_pages[m_page])
        target.draw(m_paragraphs[i]);
    if (typing()) target.draw(m_hint);
    m_widgets.draw(target);
}

std::string TitleScene::describe() const {
    return std::string("mail=") + (m_reply ? "reply" : "help") + " page=" + std::to_string(m_page + 1) + "/" +
           std::to_string(m_pages.size()) + " promises_shown=" + std::to_string(m_promisesShown);
}

} // namespace mobi

namespace mobi {

std::vector<const TextBlock*> TitleScene::spokenText() const {
    std::vector<const TextBlock*> spoken{&m_subject};
    if (m_page < m_pages.size())
        for (std::size_t i : m_pages[m_page])
            spoken.push_back(&m_paragraphs[i]);
    spoken.push_back(&m_promisesTitle);
    spoken.push_back(&m_promises);
    return spoken;
}

} // namespace mobi
