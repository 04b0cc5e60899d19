// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher guide's two pages for each stage: the teacher's (panel card,
// goal with its numbers, logbook, information card, vault digits, the quiz
// with its answers, the facts and their sources) and the pupils' sheet (the
// same quiz to answer on paper, by age band, with no answer on it).
#include "guide/GuidePages.hpp"

#include "guide/TeacherGuide.hpp"
#include "levels/LevelRegistry.hpp"
#include "quiz/QuizAnswerText.hpp"
#include "quiz/QuizRun.hpp"

#include <sstream>

namespace mobi {
namespace {

std::string stageTitle(const GuideData& g, const GuideStage& s) {
    const std::string& id = s.info->id;
    return g.t("guide.page_title", {{"number", std::to_string(s.info->number)},
                                    {"stage", g.strings.get("level." + id + ".stage")},
                                    {"name", g.strings.get("level." + id + ".name")}});
}

// Where each question sits on the pupils' sheet of each age band (0: not there).
struct SheetNumbers {
    std::vector<int> young, older;
};

SheetNumbers sheetNumbers(const Quiz& quiz) {
    SheetNumbers n;
    int young = 0, older = 0;
    for (const QuizQuestion& q : quiz.questions) {
        n.young.push_back(q.young ? ++young : 0);
        n.older.push_back(q.older ? ++older : 0);
    }
    return n;
}

void writeLevel(const GuideData& g, const GuideStage& s, const LevelData& level, std::set<std::string>& facts,
                std::ostringstream& out) {
    out << "<div class=\"card\"><h2>" << g.t("guide.panel") << " — " << g.t(level.panelTitleId)
        << "</h2>\n<ul>\n";
    for (const auto& id : level.panelMessageIds)
        out << "<li>" << g.t(id) << "</li>\n";
    out << "</ul></div>\n<h2>" << g.t("guide.goal") << "</h2>\n";
    out << "<p><b>" << g.t("age.young") << "</b> — "
        << g.t(level.goalYoungId, {{"count", std::to_string(s.goalYoung)}}) << "</p>\n";
    out << "<p><b>" << g.t("age.older") << "</b> — "
        << g.t(level.goalId, {{"count", std::to_string(s.goalOlder)}}) << "</p>\n";
    out << "<h2>" << g.t("guide.logbook") << "</h2>\n<p>" << g.t(level.keyTextId) << "</p>\n"
        << g.source(level.keyFactId);
    out << "<p><b>" << g.t("logbook.did_you_know") << "</b> " << g.t(level.didYouKnowTextId) << "</p>\n"
        << g.source(level.didYouKnowFactId);
    facts.insert(level.keyFactId);
    facts.insert(level.didYouKnowFactId);
    if (!level.infoTextId.empty()) {
        out << "<h2>" << g.t(level.infoTitleId) << "</h2>\n<p>" << g.t(level.infoTextId) << "</p>\n"
            << g.source(level.infoFactId);
        facts.insert(level.infoFactId);
        if (!level.infoAlsoFactId.empty()) {
            out << g.source(level.infoAlsoFactId);
            facts.insert(level.infoAlsoFactId);
        }
    }
    // A word for the teacher where a card needs care (the child-labour card).
    const std::string note = "guide.info_note." + level.id;
    if (g.strings.has(note))
        out << "<div class=\"note\"><b>" << g.t("guide.note_label") << "</b> " << g.t(note) << "</div>\n";
    out << "<h2>" << g.t("guide.vault") << "</h2>\n<table><tr><th>" << g.t("guide.code_set") << "</th><th>"
        << g.t("guide.digit") << "</th><th>" << g.t("guide.fact") << "</th><th>" << g.t("guide.hint_col")
        << "</th></tr>\n";
    for (const CodeSet& set : g.vault.sets) {
        const VaultDigitDef* d = set.digitFor(level.id);
        if (!d) continue;
        out << "<tr><td>" << escapeHtml(set.id) << "</td><td><b>" << d->value << "</b></td><td>"
            << escapeHtml(d->factId) << "</td><td>" << g.t(d->hintId) << "</td></tr>\n";
        facts.insert(d->factId);
    }
    out << "</table>\n";
}

std::string agesTag(const GuideData& g, const QuizQuestion& q, int young, int older) {
    std::string tag;
    if (q.young)
        tag +=
            g.t("guide.sheet_number", {{"ages", g.strings.get("age.young")}, {"n", std::to_string(young)}});
    if (q.older)
        tag += (tag.empty() ? "" : " · ") + g.t("guide.sheet_number", {{"ages", g.strings.get("age.older")},
                                                                       {"n", std::to_string(older)}});
    return "<span class=\"tag\">" + tag + "</span>";
}

void writeQuizWithAnswers(const GuideData& g, const Quiz& quiz, std::set<std::string>& facts,
                          std::ostringstream& out) {
    out << "<h2>" << g.t("guide.quiz") << "</h2>\n";
    const SheetNumbers numbers = sheetNumbers(quiz);
    const std::string mark = "✔ ", right = " <i>(" + g.t("guide.right_answer") + ")</i>";
    for (std::size_t n = 0; n < quiz.questions.size(); ++n) {
        const QuizQuestion& q = quiz.questions[n];
        facts.insert(q.factId);
        out << "<div class=\"q\"><p><b>" << n + 1 << ". " << g.t(q.textId) << "</b> "
            << agesTag(g, q, numbers.young[n], numbers.older[n]) << "</p>\n";
        switch (q.type) {
        case QuizQuestion::Type::Choice:
            out << "<ul>\n";
            for (const QuizAnswer& a : q.answers)
                out << (a.correct ? "<li class=\"right\">" + mark : std::string("<li>")) << g.t(a.textId)
                    << (a.correct ? right : "") << "</li>\n";
            out << "</ul>\n";
            break;
        case QuizQuestion::Type::TrueFalse:
            out << "<ul>\n";
            for (bool value : {true, false})
                out << (value == q.truth ? "<li class=\"right\">" + mark : std::string("<li>"))
                    << g.t(value ? "quiz.true" : "quiz.false") << (value == q.truth ? right : "")
                    << "</li>\n";
            out << "</ul>\n";
            break;
        case QuizQuestion::Type::Order: {
            out << "<ol class=\"right\">\n";
            for (const auto& item : q.items)
                out << "<li>" << g.t(item) << "</li>\n";
            out << "</ol>\n";
            const std::string either = eitherOrderText(q, g.strings);
            if (!either.empty()) out << "<p><i>" << escapeHtml(either) << "</i></p>\n";
            break;
        }
        case QuizQuestion::Type::Estimate:
            out << "<p class=\"right\">" << mark << escapeHtml(rightAnswerText(q, g.strings)) << "</p>\n";
            break;
        }
        out << "<p>" << g.t(q.explainId) << "</p>\n" << g.source(q.factId) << "</div>\n";
    }
}

// One question as a pupil answers it on paper: boxes to tick or number, a line to write on.
void writePupilQuestion(const GuideData& g, const QuizQuestion& q, int number, std::uint32_t seed,
                        std::ostringstream& out) {
    out << "<div class=\"q\"><p><b>" << number << ". " << g.t(q.textId) << "</b></p>\n";
    switch (q.type) {
    case QuizQuestion::Type::Choice:
        out << "<p><i>" << g.t("guide.pupil.choice") << "</i></p>\n<ul>\n";
        for (const QuizAnswer& a : q.answers)
            out << "<li><span class=\"box\"></span>" << g.t(a.textId) << "</li>\n";
        out << "</ul>\n";
        break;
    case QuizQuestion::Type::TrueFalse:
        out << "<p><i>" << g.t("guide.pupil.truefalse") << "</i></p>\n<ul>\n<li><span class=\"box\"></span>"
            << g.t("quiz.true") << "</li>\n<li><span class=\"box\"></span>" << g.t("quiz.false")
            << "</li>\n</ul>\n";
        break;
    case QuizQuestion::Type::Order:
        // Never in an order that would be right: the sheet must not give the answer.
        out << "<p><i>" << g.t("guide.pupil.order") << "</i></p>\n<ul>\n";
        for (int item : shuffledItems(q, seed))
            out << "<li><span class=\"numbox\"></span>" << g.t(q.items[static_cast<std::size_t>(item)])
                << "</li>\n";
        out << "</ul>\n";
        break;
    case QuizQuestion::Type::Estimate: {
        // The unit's template of the language around a line to write on ("____ kg").
        const std::string unit = g.strings.get(q.unitId);
        auto amount = [&](float v) { return fillPlaceholders(unit, {{"value", g.number(v)}}); };
        const std::string marker = "\x01";
        std::string blank = escapeHtml(fillPlaceholders(unit, {{"value", marker}}));
        const std::size_t at = blank.find(marker);
        if (at != std::string::npos) blank.replace(at, marker.size(), "<span class=\"line\"></span>");
        out << "<p><i>" << g.t("guide.pupil.estimate", {{"min", amount(q.min)}, {"max", amount(q.max)}})
            << "</i></p>\n<p>" << g.t("guide.pupil.answer_line") << " " << blank << "</p>\n";
        break;
    }
    }
    out << "</div>\n";
}

} // namespace

std::string stageBody(const GuideData& g, const GuideStage& s) {
    std::ostringstream out;
    std::set<std::string> facts;
    out << "<h1>" << stageTitle(g, s) << "</h1>\n";
    if (s.level)
        writeLevel(g, s, *s.level, facts, out);
    else
        out << "<p><i>" << g.t("guide.not_built") << "</i></p>\n";
    if (s.quiz) {
        writeQuizWithAnswers(g, *s.quiz, facts, out);
        out << "<p>" << g.t("guide.pupil_link", {{"file", s.pupilFile}}) << "</p>\n";
    }
    out << "<h2>" << g.t("guide.facts") << "</h2>\n" << factList(g, facts);
    return out.str();
}

std::string pupilSheetBody(const GuideData& g, const GuideStage& s) {
    std::ostringstream out;
    if (!s.quiz) return out.str();
    out << "<div class=\"pupil\">\n";
    bool first = true;
    for (bool young : {true, false}) {
        std::vector<const QuizQuestion*> questions;
        for (const QuizQuestion& q : s.quiz->questions)
            if (q.forBand(young)) questions.push_back(&q);
        if (questions.empty()) continue;
        // Each age band on its own sheet, with room for a name.
        out << "<div" << (first ? "" : " class=\"newpage\"") << ">\n<h1>"
            << g.t("guide.pupil_title", {{"number", std::to_string(s.info->number)},
                                         {"name", g.strings.get("level." + s.info->id + ".name")},
                                         {"ages", g.strings.get(young ? "age.young" : "age.older")}})
            << "</h1>\n<div class=\"who\"><span>" << g.t("guide.pupil_name")
            << " <span class=\"line long\"></span></span><span>" << g.t("guide.pupil_date")
            << " <span class=\"line\"></span></span></div>\n";
        int n = 0;
        for (const QuizQuestion* q : questions) {
            ++n;
            writePupilQuestion(g, *q, n, static_cast<std::uint32_t>(2070 + s.info->number * 100 + n), out);
        }
        out << "</div>\n";
        first = false;
    }
    out << "</div>\n";
    return out.str();
}

} // namespace mobi
