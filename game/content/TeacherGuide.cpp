#include "content/TeacherGuide.hpp"

#include "content/DebateData.hpp"
#include "content/Facts.hpp"
#include "content/Languages.hpp"
#include "content/LevelLoader.hpp"
#include "content/QuizLoader.hpp"
#include "content/VaultData.hpp"
#include "levels/LevelRegistry.hpp"

#include <fstream>
#include <set>
#include <sstream>

namespace mobi {
namespace {

const char* kStyle = R"(<style>
body { font-family: "Andika", "DejaVu Sans", sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em; color: #1b1b2f; line-height: 1.5; }
h1 { font-size: 1.8em; border-bottom: 4px solid #e69f00; } h2 { font-size: 1.3em; margin-top: 1.6em; color: #0072b2; }
.card { border: 3px solid #1b1b2f; border-radius: 12px; padding: 0.6em 1.2em; margin: 0.8em 0; background: #fff6e3; }
.source { color: #45455a; font-size: 0.9em; } .right { font-weight: bold; } .right::before { content: "✔ "; color: #009e73; }
.q { border-left: 6px solid #56b4e9; padding-left: 0.8em; margin: 1.2em 0; page-break-inside: avoid; }
.tag { font-size: 0.8em; border: 1px solid #45455a; border-radius: 4px; padding: 0 0.3em; }
table { border-collapse: collapse; } td, th { border: 1px solid #9c9c9c; padding: 0.2em 0.6em; text-align: left; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } }
</style>)";

class Page {
public:
    Page(const Strings& s, const FactBook& facts) : m_s(s), m_facts(facts) {}
    std::string t(const std::string& id) const { return escapeHtml(m_s.get(id)); }
    std::string t(const std::string& id, const TextParams& p) const { return escapeHtml(m_s.get(id, p)); }
    std::string source(const std::string& factId) const {
        const Fact* f = m_facts.find(factId);
        if (!f) return "";
        const std::string line = sourceOf(*f, m_s.get("source.quoted"), m_s.get("source.via"));
        return "<div class=\"source\">" + t("guide.fact_source", {{"id", factId}, {"source", line}}) +
               "</div>";
    }
    std::ostringstream out;

private:
    const Strings& m_s;
    const FactBook& m_facts;
};

std::string ages(const QuizQuestion& q, const Page& p) {
    if (q.young && q.older) return p.t("guide.ages_both");
    return p.t(q.young ? "age.young" : "age.older");
}

void writeQuiz(Page& p, const Quiz& quiz, std::set<std::string>& factIds) {
    p.out << "<h2>" << p.t("guide.quiz") << "</h2>\n";
    int n = 0;
    for (const QuizQuestion& q : quiz.questions) {
        factIds.insert(q.factId);
        p.out << "<div class=\"q\"><p><b>" << ++n << ". " << p.t(q.textId) << "</b> <span class=\"tag\">"
              << ages(q, p) << "</span></p>\n<ul>\n";
        switch (q.type) {
        case QuizQuestion::Type::Choice:
            for (const QuizAnswer& a : q.answers)
                p.out << "<li" << (a.correct ? " class=\"right\"" : "") << ">" << p.t(a.textId) << "</li>\n";
            break;
        case QuizQuestion::Type::TrueFalse:
            p.out << "<li" << (q.truth ? " class=\"right\"" : "") << ">" << p.t("quiz.true") << "</li>\n<li"
                  << (!q.truth ? " class=\"right\"" : "") << ">" << p.t("quiz.false") << "</li>\n";
            break;
        case QuizQuestion::Type::Order:
            for (std::size_t i = 0; i < q.items.size(); ++i)
                p.out << "<li>" << (i + 1) << ". " << p.t(q.items[i]) << "</li>\n";
            break;
        case QuizQuestion::Type::Estimate: {
            auto num = [](float v) {
                std::ostringstream os;
                os << v;
                return os.str();
            };
            p.out << "<li class=\"right\">"
                  << p.t("quiz.estimate_answer", {{"answer", num(q.answer)},
                                                  {"min", num(q.acceptMin)},
                                                  {"max", num(q.acceptMax)},
                                                  {"unit", p.t(q.unitId)}})
                  << "</li>\n";
            break;
        }
        }
        p.out << "</ul>\n<p>" << p.t(q.explainId) << "</p>\n" << p.source(q.factId) << "</div>\n";
    }
}

void writeLevel(Page& p, const LevelData& level, const VaultBook& vault, std::set<std::string>& factIds) {
    p.out << "<div class=\"card\"><h2>" << p.t("guide.panel") << " — " << p.t(level.panelTitleId)
          << "</h2>\n<ul>\n";
    for (const auto& id : level.panelMessageIds)
        p.out << "<li>" << p.t(id) << "</li>\n";
    p.out << "</ul></div>\n<h2>" << p.t("guide.goal") << "</h2>\n<p>"
          << p.t(level.goalYoungId, {{"count", "…"}}) << "</p>\n<p>" << p.t(level.goalId, {{"count", "…"}})
          << "</p>\n";
    p.out << "<h2>" << p.t("guide.logbook") << "</h2>\n<p>" << p.t(level.keyTextId) << "</p>\n"
          << p.source(level.keyFactId);
    p.out << "<p><b>" << p.t("logbook.did_you_know") << "</b> " << p.t(level.didYouKnowTextId) << "</p>\n"
          << p.source(level.didYouKnowFactId);
    factIds.insert(level.keyFactId);
    factIds.insert(level.didYouKnowFactId);
    if (!level.infoTextId.empty()) {
        p.out << "<h2>" << p.t(level.infoTitleId) << "</h2>\n<p>" << p.t(level.infoTextId) << "</p>\n"
              << p.source(level.infoFactId);
        factIds.insert(level.infoFactId);
    }
    p.out << "<h2>" << p.t("guide.vault") << "</h2>\n<table><tr><th>" << p.t("guide.code_set") << "</th><th>"
          << p.t("guide.digit") << "</th><th>" << p.t("guide.fact") << "</th></tr>\n";
    for (const CodeSet& set : vault.sets) {
        const VaultDigitDef* d = set.digitFor(level.id);
        if (!d) continue;
        p.out << "<tr><td>" << escapeHtml(set.id) << "</td><td>" << d->value << "</td><td>"
              << escapeHtml(d->factId) << "</td></tr>\n";
        factIds.insert(d->factId);
    }
    p.out << "</table>\n";
}

} // namespace

std::string escapeHtml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '\n':
            out += "<br>";
            break;
        default:
            out += c;
        }
    }
    return out;
}

GuideReport exportTeacherGuide(const std::filesystem::path& dataDir, const std::string& language,
                               const std::filesystem::path& outDir) {
    GuideReport report;
    const Strings strings = loadStrings(dataDir, language, report.errors);
    const FactBook facts = loadFactsFile((dataDir / "levels" / "facts.xml").u8string(), report.errors);
    const StringTable reference = strings.reference();
    const VaultBook vault = loadVaultFile(vaultFile(dataDir).u8string(), {&facts, &reference}, report.errors);
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        report.errors.add(outDir.u8string(), 0, "cannot create this folder (" + ec.message() + ")");
        return report;
    }
    std::ostringstream index;
    for (const LevelInfo& info : allLevels()) {
        Page p(strings, facts);
        std::set<std::string> factIds;
        const std::string title =
            p.t("guide.page_title", {{"number", std::to_string(info.number)},
                                     {"stage", strings.get("level." + info.id + ".stage")},
                                     {"name", strings.get("level." + info.id + ".name")}});
        p.out << "<!DOCTYPE html>\n<html lang=\"" << escapeHtml(language)
              << "\"><head><meta charset=\"utf-8\"><title>" << title << "</title>" << kStyle
              << "</head><body>\n<h1>" << title << "</h1>\n";
        if (info.built) {
            const LevelCheckContext check{&info.params, &facts, &reference};
            const LevelData level = loadLevelFile(info.file(dataDir).u8string(), check, report.errors);
            writeLevel(p, level, vault, factIds);
        } else {
            p.out << "<p><i>" << p.t("guide.not_built") << "</i></p>\n";
        }
        const auto quizPath = quizFile(dataDir, info.number, info.id);
        if (std::filesystem::exists(quizPath, ec)) {
            const Quiz quiz =
                loadQuizFile(quizPath.u8string(), QuizCheckContext{&facts, &reference}, report.errors);
            writeQuiz(p, quiz, factIds);
        }
        p.out << "<h2>" << p.t("guide.facts") << "</h2>\n<ul>\n";
        for (const auto& id : factIds) {
            const Fact* f = facts.find(id);
            if (!f) continue;
            p.out << "<li><b>" << escapeHtml(id) << "</b> <span class=\"tag\">" << f->tag << "</span> "
                  << p.t("fact." + id) << p.source(id) << "</li>\n";
        }
        p.out << "</ul>\n<p class=\"source\">" << p.t("guide.footer") << "</p>\n</body></html>\n";
        const std::string name =
            (info.number < 10 ? "0" : "") + std::to_string(info.number) + "_" + info.id + ".html";
        const auto path = outDir / name;
        std::ofstream file(path, std::ios::binary);
        file << p.out.str();
        if (!file) {
            report.errors.add(path.u8string(), 0, "cannot write this file");
            continue;
        }
        report.written.push_back(path);
        index << "<li><a href=\"" << name << "\">" << title << "</a></li>\n";
    }
    // The debate after the vault: the solution found in it, the cards by age band, the promises.
    {
        Page p(strings, facts);
        const Debate debate = loadDebateFile(dataDir, &reference, report.errors);
        const std::string title = p.t("guide.debate_title");
        p.out << "<!DOCTYPE html>\n<html lang=\"" << escapeHtml(language)
              << "\"><head><meta charset=\"utf-8\"><title>" << title << "</title>" << kStyle
              << "</head><body>\n<h1>" << title << "</h1>\n<h2>" << p.t("solution.title") << "</h2>\n<ul>\n";
        for (const char* id : {"solution.bisou", "solution.fiver", "solution.keep", "solution.wifi",
                               "solution.repair", "solution.bring_back"})
            p.out << "<li>" << p.t(id) << "</li>\n";
        p.out << "</ul>\n";
        for (bool young : {true, false}) {
            p.out << "<h2>" << p.t("guide.debate_cards") << " — " << p.t(young ? "age.young" : "age.older")
                  << "</h2>\n<ol>\n";
            for (const DebateCard* card : debate.cardsFor(young))
                p.out << "<li><b>" << p.t("debate.kind." + card->kind) << "</b> — " << p.t(card->textId)
                      << "</li>\n";
            p.out << "</ol>\n";
        }
        p.out << "<h2>" << p.t("guide.promises") << "</h2>\n<ul>\n";
        for (const PromiseDef& promise : debate.promises)
            p.out << "<li>" << p.t(promise.textId) << "</li>\n";
        p.out << "</ul>\n<p class=\"source\">" << p.t("guide.footer") << "</p>\n</body></html>\n";
        const auto path = outDir / "07_debate.html";
        std::ofstream file(path, std::ios::binary);
        file << p.out.str();
        if (file) {
            report.written.push_back(path);
            index << "<li><a href=\"07_debate.html\">" << title << "</a></li>\n";
        } else {
            report.errors.add(path.u8string(), 0, "cannot write this file");
        }
    }
    std::ofstream indexFile(outDir / "index.html", std::ios::binary);
    const std::string heading = escapeHtml(strings.get("guide.index_title"));
    indexFile << "<!DOCTYPE html>\n<html lang=\"" << escapeHtml(language)
              << "\"><head><meta charset=\"utf-8\"><title>" << heading << "</title>" << kStyle
              << "</head><body>\n<h1>" << heading << "</h1>\n<ul>\n"
              << index.str() << "</ul>\n</body></html>\n";
    if (indexFile) report.written.push_back(outDir / "index.html");
    return report;
}

} // namespace mobi
