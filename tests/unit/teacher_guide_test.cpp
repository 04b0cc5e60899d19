// SPDX-License-Identifier: GPL-3.0-or-later
// --export-guide: an introduction, a code sheet, a teacher's page and a pupils'
// sheet per stage, the debate, a glossary, one printable file; self-contained
// pages; and no answer on a pupils' sheet.
#include "content/Languages.hpp"
#include "content/QuizLoader.hpp"
#include "content/VaultData.hpp"
#include "content/XmlNode.hpp"
#include "guide/TeacherGuide.hpp"
#include "levels/LevelLoad.hpp"
#include "levels/LevelRegistry.hpp"
#include "quiz/QuizAnswerText.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <vector>

using namespace mobi;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = fs::u8path(MOBI_SOURCE_DIR);

std::string page(const fs::path& file) {
    const auto html = readTextFile(file.u8string());
    INFO(file.u8string());
    REQUIRE(html);
    return *html;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

struct Exported {
    fs::path dir;
    GuideReport report;
};

Exported exportGuide(const std::string& language) {
    const fs::path out = fs::temp_directory_path() /
                         ("mobi_guide_" + language + "_" +
                          std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    return {out, exportTeacherGuide(kSource, language, out)};
}
} // namespace

TEST_CASE("the teacher guide writes every page, self-contained, and one printable file", "[guide]") {
    for (const char* lang : {"fr", "en"}) {
        const Exported e = exportGuide(lang);
        INFO(lang << ": " << e.report.errors.toString());
        CHECK(e.report.errors.empty());
        // index, introduction, code sheet, six stages, six pupils' sheets, debate, glossary, printable.
        CHECK(e.report.written.size() == 18);
        for (const char* name :
             {"index.html", "00_introduction.html", "00_codes.html", "01_mine.html", "01_mine_pupil.html",
              "06_rebirth_pupil.html", "07_debate.html", "08_glossary.html", "printable.html"})
            CHECK(fs::exists(e.dir / name));
        for (const auto& file : e.report.written) {
            const std::string html = page(file);
            INFO(file.u8string());
            CHECK(html.find("<!DOCTYPE html>") == 0);
            // Nothing the page would fetch from a network: no remote link, script or font.
            CHECK(html.find("http") == std::string::npos);
            CHECK(html.find("<script") == std::string::npos);
            CHECK(html.find("//") == std::string::npos);
            CHECK(html.find("@font-face") == std::string::npos);
            CHECK(html.find("[[") == std::string::npos); // no missing string id
            CHECK(html.find("{count}") == std::string::npos);
        }
        // The printable file holds every page's body, one sheet of A4 each.
        const std::string printable = page(e.dir / "printable.html");
        CHECK(printable.find("size: A4") != std::string::npos);
        CHECK(printable.find("break-before: page") != std::string::npos);
        CHECK(count(printable, "<section class=\"sheet\">") == 17); // its contents, then 16 pages
        const std::string intro = page(e.dir / "00_introduction.html");
        CHECK(intro.find("DigComp 2.2") != std::string::npos);
        CHECK(intro.find("--code-set") != std::string::npos);
        CHECK(printable.find(intro.substr(intro.find("<h1>"), 200)) != std::string::npos);
        fs::remove_all(e.dir);
    }
}

TEST_CASE("the code sheet gives every code set's six digits with the fact behind each", "[guide]") {
    const Exported e = exportGuide("fr");
    ErrorList errors;
    const FactBook facts = loadFactsFile((kSource / "levels" / "facts.xml").u8string(), errors);
    const VaultBook vault = loadVaultFile(vaultFile(kSource).u8string(), {&facts, nullptr}, errors);
    REQUIRE(errors.empty());
    REQUIRE(vault.sets.size() >= 2);
    const std::string sheet = page(e.dir / "00_codes.html");
    const std::string printable = page(e.dir / "printable.html");
    for (const CodeSet& set : vault.sets) {
        std::string code;
        for (const auto& d : set.digits)
            code += (code.empty() ? "" : " ") + std::to_string(d.value);
        INFO("set " << set.id << ": " << code);
        CHECK(sheet.find(code) != std::string::npos);
        CHECK(printable.find(code) != std::string::npos);
        for (const auto& d : set.digits)
            CHECK(sheet.find("<b>" + d.factId + "</b>") != std::string::npos);
    }
    fs::remove_all(e.dir);
}

TEST_CASE("a pupils' sheet holds the stage's questions and none of their answers", "[guide]") {
    for (const char* lang : {"fr", "en"}) {
        const Exported e = exportGuide(lang);
        ErrorList errors;
        const Strings strings = loadStrings(kSource, lang, errors);
        const FactBook facts = loadFactsFile((kSource / "levels" / "facts.xml").u8string(), errors);
        REQUIRE(errors.empty());
        for (const auto& level : allLevels()) {
            const Quiz quiz = loadQuizFile(quizFile(kSource, level.number, level.id).u8string(),
                                           {&facts, &strings.reference()}, errors);
            REQUIRE(errors.empty());
            const std::string name =
                (level.number < 10 ? "0" : "") + std::to_string(level.number) + "_" + level.id;
            const std::string sheet = page(e.dir / (name + "_pupil.html"));
            const std::string teacher = page(e.dir / (name + ".html"));
            INFO(lang << " " << name);
            CHECK(sheet.find("class=\"right\"") == std::string::npos);
            CHECK(sheet.find("✔") == std::string::npos);
            CHECK(teacher.find("class=\"right\"") != std::string::npos); // the teacher's page has them
            for (const QuizQuestion& q : quiz.questions) {
                INFO("question " << q.id);
                const std::string question = escapeHtml(strings.get(q.textId));
                const std::size_t at = sheet.find(question);
                CHECK(at != std::string::npos);
                CHECK(sheet.find(escapeHtml(strings.get(q.explainId))) == std::string::npos);
                if (q.type == QuizQuestion::Type::Estimate) // the answer's sentence, with its figures
                    CHECK(sheet.find(escapeHtml(rightAnswerText(q, strings))) == std::string::npos);
                if (q.type != QuizQuestion::Type::Order || at == std::string::npos) continue;
                // The items are listed in an order that is not a right answer, on each band's sheet.
                for (std::size_t from = at; from != std::string::npos;
                     from = sheet.find(question, from + 1)) {
                    std::vector<std::pair<std::size_t, int>> where;
                    for (std::size_t i = 0; i < q.items.size(); ++i)
                        where.emplace_back(sheet.find(">" + escapeHtml(strings.get(q.items[i])) + "<", from),
                                           static_cast<int>(i));
                    std::sort(where.begin(), where.end());
                    std::vector<int> order;
                    for (const auto& w : where)
                        order.push_back(w.second);
                    CHECK_FALSE(q.acceptsOrder(order));
                }
            }
        }
        fs::remove_all(e.dir);
    }
}

TEST_CASE(
    "the guide's stage pages: goals with their numbers, facts in natural order, numbers for the language",
    "[guide]") {
    const Exported fr = exportGuide("fr");
    const Exported en = exportGuide("en");
    const std::string mine = page(fr.dir / "01_mine.html");
    CHECK(mine.find("Fais tomber … pépites") == std::string::npos);
    CHECK(mine.find("Fais tomber 0 pépites") == std::string::npos);
    // E2 before E10 (not the E1, E10, E2 of a plain sort), in the list of facts.
    const std::size_t list = mine.find("<h2>Les faits et leurs sources</h2>");
    REQUIRE(list != std::string::npos);
    const std::size_t e2 = mine.find("<li><b>E2</b>", list), e10 = mine.find("<li><b>E10</b>", list);
    REQUIRE(e2 != std::string::npos);
    REQUIRE(e10 != std::string::npos);
    CHECK(e2 < e10);
    // 50 000 phones in French, 50,000 in English; never 50000.
    const std::string rebirthFr = page(fr.dir / "06_rebirth.html");
    const std::string rebirthEn = page(en.dir / "06_rebirth.html");
    CHECK(rebirthFr.find("50\u202f000") != std::string::npos);
    CHECK(rebirthEn.find("50,000") != std::string::npos);
    CHECK(rebirthFr.find("50000") == std::string::npos);
    CHECK(rebirthEn.find("50000") == std::string::npos);
    // The story is fiction, said plainly; the child-labour card has a note for the teacher.
    CHECK(page(fr.dir / "00_introduction.html").find("fiction") != std::string::npos);
    CHECK(mine.find("class=\"note\"") != std::string::npos);
    fs::remove_all(fr.dir);
    fs::remove_all(en.dir);
}

TEST_CASE("HTML escaping leaves no markup in texts", "[guide]") {
    CHECK(escapeHtml("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;");
}

namespace {
// The time slots ("0 to 4 min") of the HTML between two markers, as (from, to) minutes.
std::vector<std::pair<int, int>> slotsBetween(const std::string& html, const std::string& from,
                                              const std::string& to) {
    std::vector<std::pair<int, int>> slots;
    const std::size_t start = html.find(from), end = html.find(to, start);
    REQUIRE(start != std::string::npos);
    REQUIRE(end != std::string::npos);
    const std::string part = html.substr(start, end - start);
    int a = 0, b = 0;
    for (std::size_t at = part.find("nowrap\">"); at != std::string::npos;
         at = part.find("nowrap\">", at + 1))
        if (std::sscanf(part.c_str() + at + 8, "%d to %d min", &a, &b) == 2) slots.emplace_back(a, b);
    return slots;
}
} // namespace

TEST_CASE("the guide's two plans: one 45-minute session of class versions, or the whole game over two",
          "[guide]") {
    const Exported e = exportGuide("en");
    const std::string intro = page(e.dir / "00_introduction.html");
    // Plan 1: Léo's message, the six class versions with their minutes of play, the vault, one debate card.
    const auto short45 = slotsBetween(intro, "Plan 1:", "Plan 2:");
    REQUIRE(short45.size() == 9);
    CHECK(short45.back().second <= 45);
    for (std::size_t i = 1; i < short45.size(); ++i)
        CHECK(short45[i].first == short45[i - 1].second); // one after the other, no gap, no overlap
    ErrorList errors;
    for (const LevelInfo& level : allLevels()) {
        const auto loaded = loadLevelById(kSource, level.id, errors);
        REQUIRE(loaded);
        const int minutes = static_cast<int>(loaded->data.classVersion.minutes + 0.5f);
        INFO(level.id);
        CHECK(minutes >= 1);
        CHECK(minutes <= 3);
        CHECK(intro.find("(about " + std::to_string(minutes) + " min of play)") != std::string::npos);
    }
    // Plan 2: two sessions, each within 45 minutes, the second opening on a recap.
    CHECK(intro.find("Plan 2: 2 sessions of 45 minutes") != std::string::npos);
    const auto first = slotsBetween(intro, "Session 1", "Session 2");
    const auto second = slotsBetween(intro, "Session 2", "Class mode and the vote");
    REQUIRE(!first.empty());
    REQUIRE(!second.empty());
    CHECK(first.back().second <= 45);
    CHECK(second.back().second <= 45);
    CHECK(first.size() + second.size() == 1 + 6 + 1 + 1 + 1); // message, six levels, recap, vault, debate
    fs::remove_all(e.dir);
}
