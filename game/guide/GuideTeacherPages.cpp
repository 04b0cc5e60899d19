// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher guide's pages that are not about one stage: the introduction
// (aims, the story, the two session plans — one short 45-minute session, or the
// whole game over two — the class
// vote and the teacher's keys, code sets, sources, the curriculum), the code
// sheet, the debate and a short glossary.
#include "guide/GuidePages.hpp"

#include "guide/TeacherGuide.hpp"
#include "levels/LevelRegistry.hpp"

#include <algorithm>
#include <sstream>

namespace mobi {
namespace {

constexpr int kSessionMinutes = 45;

struct Activity {
    int minutes;
    std::string text; // HTML
};

constexpr int kRecapMinutes = 3;
constexpr int kFullLevelMinutes = 9;  // a whole level (about 4 minutes), its cards, four questions voted
constexpr int kAfterClassVersion = 2; // after a class version: its card, its logbook page, one vote

using Session = std::vector<Activity>;

std::string levelName(const GuideData& g, const GuideStage& s) {
    return g.strings.get("level." + s.info->id + ".name");
}

std::string vaultStep(const GuideData& g) {
    return g.t(g.builtCount() == static_cast<int>(g.stages.size()) ? "guide.plan.vault_all"
                                                                   : "guide.plan.vault");
}

// Plan 1, one session: Léo's message, each level's class version with its one
// vote question (the minutes its level file gives), the vault, one debate card.
Session shortSession(const GuideData& g) {
    Session plan = {{4, g.t("guide.plan.mail")}};
    for (const GuideStage& s : g.stages) {
        if (!s.level) continue;
        const int play = std::max(1, static_cast<int>(s.level->classVersion.minutes + 0.5f));
        plan.push_back(
            {play + kAfterClassVersion,
             g.t("guide.plan.level_short", {{"name", levelName(g, s)}, {"minutes", std::to_string(play)}})});
    }
    plan.push_back({5, vaultStep(g)});
    plan.push_back({6, g.t("guide.plan.debate_short")});
    return plan;
}

// Plan 2: the whole levels and their quizzes, then the vault and the whole
// debate, spread over 45-minute sessions, each after the first opening on a recap.
std::vector<Session> fullSessions(const GuideData& g) {
    std::vector<Activity> all = {{5, g.t("guide.plan.mail")}};
    for (const GuideStage& s : g.stages)
        if (s.level) all.push_back({kFullLevelMinutes, g.t("guide.plan.level", {{"name", levelName(g, s)}})});
    all.push_back({6, vaultStep(g)});
    all.push_back({15, g.t("guide.plan.debate")});
    std::vector<Session> sessions(1);
    int used = 0;
    for (const Activity& a : all) {
        if (used + a.minutes > kSessionMinutes) {
            sessions.push_back({{kRecapMinutes, g.t("guide.plan.recap")}});
            used = kRecapMinutes;
        }
        sessions.back().push_back(a);
        used += a.minutes;
    }
    return sessions;
}

void writeSession(const GuideData& g, const Session& session, std::ostringstream& out) {
    out << "<table><tr><th>" << g.t("guide.plan.col_time") << "</th><th>" << g.t("guide.plan.col_what")
        << "</th></tr>\n";
    int from = 0;
    for (const Activity& a : session) {
        out << "<tr><td style=\"white-space:nowrap\">"
            << g.t("guide.plan.time",
                   {{"from", std::to_string(from)}, {"to", std::to_string(from + a.minutes)}})
            << "</td><td>" << a.text << "</td></tr>\n";
        from += a.minutes;
    }
    out << "</table>\n";
}

void writePlan(const GuideData& g, std::ostringstream& out) {
    out << "<h2>" << g.t("guide.plan_title") << "</h2>\n<p>" << g.t("guide.plan_intro") << "</p>\n";
    out << "<h3>" << g.t("guide.plan.short_title") << "</h3>\n<p>" << g.t("guide.plan.short_intro")
        << "</p>\n";
    writeSession(g, shortSession(g), out);
    const auto sessions = fullSessions(g);
    out << "<h3>" << g.t("guide.plan.full_title", {{"count", std::to_string(sessions.size())}})
        << "</h3>\n<p>" << g.t("guide.plan.full_intro") << "</p>\n";
    for (std::size_t n = 0; n < sessions.size(); ++n) {
        out << "<h4>" << g.t("guide.session", {{"number", std::to_string(n + 1)}}) << "</h4>\n";
        writeSession(g, sessions[n], out);
    }
}

// Texts numbered from 1 in locale/ (guide.aims.1, guide.aims.2…), as long as they exist.
void writeNumbered(const GuideData& g, const std::string& prefix, std::ostringstream& out) {
    out << "<ul>\n";
    for (int i = 1; g.strings.has(prefix + std::to_string(i)); ++i)
        out << "<li>" << g.t(prefix + std::to_string(i)) << "</li>\n";
    out << "</ul>\n";
}

} // namespace

std::string introductionBody(const GuideData& g) {
    std::ostringstream out;
    out << "<h1>" << g.t("guide.intro_title") << "</h1>\n<p>" << g.t("guide.intro") << "</p>\n";
    out << "<h2>" << g.t("guide.aims_title") << "</h2>\n";
    writeNumbered(g, "guide.aims.", out);
    out << "<div class=\"note\"><b>" << g.t("guide.story_title") << "</b> " << g.t("guide.story")
        << "</div>\n";
    writePlan(g, out);
    out << "<h2>" << g.t("guide.vote_title") << "</h2>\n";
    writeNumbered(g, "guide.vote.", out);
    out << "<h3>" << g.t("guide.keys_title") << "</h3>\n<table><tr><th>" << g.t("guide.key_col")
        << "</th><th>" << g.t("guide.action_col") << "</th></tr>\n";
    for (const char* key : {"reveal", "next", "pause", "skip", "read", "fullscreen", "code", "kiosk"})
        out << "<tr><td style=\"white-space:nowrap\"><b>" << g.t(std::string("guide.key.") + key)
            << "</b></td><td>" << g.t(std::string("guide.key.") + key + ".what") << "</td></tr>\n";
    out << "</table>\n";
    out << "<h2>" << g.t("guide.codes_title") << "</h2>\n";
    writeNumbered(g, "guide.codes.", out);
    out << "<h2>" << g.t("guide.sources_title") << "</h2>\n<p>" << g.t("guide.sources.how") << "</p>\n<ul>\n";
    for (const char* tag : {"V", "S", "U"})
        out << "<li>" << g.t(std::string("guide.tag.") + tag) << "</li>\n";
    out << "</ul>\n<h2>" << g.t("guide.curriculum_title") << "</h2>\n";
    writeNumbered(g, "guide.curriculum.", out);
    return out.str();
}

std::string codeSheetBody(const GuideData& g) {
    std::ostringstream out;
    out << "<h1>" << g.t("guide.codes_sheet_title") << "</h1>\n<p>" << g.t("guide.codes_sheet_intro")
        << "</p>\n";
    // Every set's six digits in one table, stage by stage, each with the id of its fact…
    out << "<table class=\"codes\"><tr><th>" << g.t("guide.code_set") << "</th>";
    for (const GuideStage& s : g.stages)
        out << "<th>" << g.t("level." + s.info->id + ".name") << "</th>";
    out << "</tr>\n";
    for (const CodeSet& set : g.vault.sets) {
        out << "<tr><td class=\"code\">" << escapeHtml(set.id) << "</td>";
        for (const GuideStage& s : g.stages) {
            const VaultDigitDef* d = set.digitFor(s.info->id);
            out << "<td>";
            if (d)
                out << "<span class=\"code\">" << d->value << "</span><br><b>" << escapeHtml(d->factId)
                    << "</b>";
            out << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</table>\n";
    // …then, set by set, the fact behind each digit and the hint a child gets for a wrong one.
    for (const CodeSet& set : g.vault.sets) {
        std::string code;
        for (const VaultDigitDef& d : set.digits)
            code += (code.empty() ? "" : " ") + std::to_string(d.value);
        out << "<h2>" << g.t("guide.code_set_title", {{"set", set.id}}) << " <span class=\"code\">"
            << escapeHtml(code) << "</span></h2>\n<table><tr><th>" << g.t("guide.stage_col") << "</th><th>"
            << g.t("guide.digit") << "</th><th>" << g.t("guide.fact") << "</th><th>" << g.t("guide.hint_col")
            << "</th></tr>\n";
        for (const VaultDigitDef& d : set.digits)
            out << "<tr><td>" << g.t("level." + d.level + ".name") << "</td><td class=\"code\">" << d.value
                << "</td><td><b>" << escapeHtml(d.factId) << "</b> " << g.t("fact." + d.factId)
                << g.source(d.factId) << "</td><td>" << g.t(d.hintId) << "</td></tr>\n";
        out << "</table>\n";
    }
    return out.str();
}

std::string debateBody(const GuideData& g) {
    std::ostringstream out;
    out << "<h1>" << g.t("guide.debate_title") << "</h1>\n<h2>" << g.t("solution.title") << "</h2>\n<ul>\n";
    for (const char* id : {"solution.bisou", "solution.fiver", "solution.keep", "solution.wifi",
                           "solution.repair", "solution.bring_back"})
        out << "<li>" << g.t(id) << "</li>\n";
    out << "</ul>\n";
    for (bool young : {true, false}) {
        out << "<h2>" << g.t("guide.debate_cards") << " — " << g.t(young ? "age.young" : "age.older")
            << "</h2>\n<ol>\n";
        for (const DebateCard* card : g.debate.cardsFor(young))
            out << "<li><b>" << g.t("debate.kind." + card->kind) << "</b> — " << g.t(card->textId)
                << "</li>\n";
        out << "</ol>\n";
    }
    out << "<h2>" << g.t("guide.promises") << "</h2>\n<ul>\n";
    for (const PromiseDef& promise : g.debate.promises)
        out << "<li>" << g.t(promise.textId) << "</li>\n";
    out << "</ul>\n";
    return out.str();
}

std::string glossaryBody(const GuideData& g) {
    std::ostringstream out;
    out << "<div class=\"pupil\"><h1>" << g.t("guide.glossary_title") << "</h1>\n<dl>\n";
    for (int i = 1; g.strings.has("guide.glossary." + std::to_string(i) + ".term"); ++i) {
        const std::string id = "guide.glossary." + std::to_string(i);
        out << "<dt><b>" << g.t(id + ".term") << "</b></dt><dd>" << g.t(id + ".def") << "</dd>\n";
    }
    out << "</dl></div>\n";
    return out.str();
}

} // namespace mobi
