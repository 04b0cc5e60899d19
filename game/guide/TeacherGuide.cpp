// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide/TeacherGuide.hpp"

#include "content/Languages.hpp"
#include "content/LevelLoader.hpp"
#include "content/QuizLoader.hpp"
#include "guide/GuidePages.hpp"
#include "levels/LevelRegistry.hpp"

#include <fstream>
#include <sstream>

namespace mobi {
namespace {

struct PageDef {
    std::string file, title, body;
};

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Everything the pages read, in one language; mistakes go to `errors`.
GuideData loadGuideData(const std::filesystem::path& dataDir, const std::string& language,
                        ErrorList& errors) {
    GuideData g;
    g.language = language;
    g.strings = loadStrings(dataDir, language, errors);
    g.facts = loadFactsFile((dataDir / "levels" / "facts.xml").u8string(), errors);
    const StringTable& reference = g.strings.reference();
    g.vault = loadVaultFile(vaultFile(dataDir).u8string(), {&g.facts, &reference}, errors);
    g.debate = loadDebateFile(dataDir, &reference, errors);
    for (const LevelInfo& info : allLevels()) {
        GuideStage s;
        s.info = &info;
        s.teacherFile = twoDigits(info.number) + "_" + info.id + ".html";
        s.pupilFile = twoDigits(info.number) + "_" + info.id + "_pupil.html";
        if (info.built) {
            const LevelCheckContext check{&info.params, &g.facts, &reference};
            s.level = loadLevelFile(info.file(dataDir).u8string(), check, errors);
            // The goal's numbers, as the intro card shows them, for the default choices.
            const Params params = levelParams(*s.level, info.params, {});
            if (info.goal) {
                LevelOptions options;
                options.young = true;
                s.goalYoung = info.goal(params, options).count;
                options.young = false;
                s.goalOlder = info.goal(params, options).count;
            }
        }
        const auto quizPath = quizFile(dataDir, info.number, info.id);
        std::error_code ec;
        if (std::filesystem::exists(quizPath, ec))
            s.quiz = loadQuizFile(quizPath.u8string(), QuizCheckContext{&g.facts, &reference}, errors);
        g.stages.push_back(std::move(s));
    }
    return g;
}

// A whole page; a pupils' sheet has no footer about sources (it shows none).
std::string htmlPage(const GuideData& g, const std::string& title, const std::string& body, bool footer) {
    return "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(g.language) +
           "\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + guideStyle() +
           "</head><body>\n" + body +
           (footer ? "<p class=\"footer\">" + g.t("guide.footer") + "</p>\n" : std::string()) +
           "</body></html>\n";
}

} // namespace

GuideReport exportTeacherGuide(const std::filesystem::path& dataDir, const std::string& language,
                               const std::filesystem::path& outDir) {
    GuideReport report;
    const GuideData g = loadGuideData(dataDir, language, report.errors);
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        report.errors.add(outDir.u8string(), 0, "cannot create this folder (" + ec.message() + ")");
        return report;
    }
    // The teacher's part, then the pupils' sheets; the printable file keeps this order.
    std::vector<PageDef> teacher = {{"00_introduction.html", g.t("guide.intro_title"), introductionBody(g)},
                                    {"00_codes.html", g.t("guide.codes_sheet_title"), codeSheetBody(g)}};
    std::vector<PageDef> pupils;
    for (const GuideStage& s : g.stages) {
        const std::string name = g.strings.get("level." + s.info->id + ".name");
        teacher.push_back(
            {s.teacherFile,
             g.t("guide.page_title", {{"number", std::to_string(s.info->number)},
                                      {"stage", g.strings.get("level." + s.info->id + ".stage")},
                                      {"name", name}}),
             stageBody(g, s)});
        if (s.quiz)
            pupils.push_back(
                {s.pupilFile,
                 g.t("guide.pupil_link_title", {{"number", std::to_string(s.info->number)}, {"name", name}}),
                 pupilSheetBody(g, s)});
    }
    teacher.push_back({"07_debate.html", g.t("guide.debate_title"), debateBody(g)});
    pupils.push_back({"08_glossary.html", g.t("guide.glossary_title"), glossaryBody(g)});

    auto write = [&](const std::string& file, const std::string& html) {
        const auto path = outDir / file;
        std::ofstream out(path, std::ios::binary);
        out << html;
        if (out)
            report.written.push_back(path);
        else
            report.errors.add(path.u8string(), 0, "cannot write this file");
    };
    std::ostringstream printable, index;
    const std::string heading = g.t("guide.index_title");
    index << "<h1>" << heading << "</h1>\n<p>" << g.t("guide.index_intro")
          << "</p>\n<p><b><a href=\"printable.html\">" << g.t("guide.index_printable") << "</a></b></p>\n";
    printable << "<section class=\"sheet\"><h1>" << heading << "</h1>\n<p>" << g.t("guide.index_intro")
              << "</p>\n";
    for (const auto* part : {&teacher, &pupils}) {
        const std::string title = g.t(part == &teacher ? "guide.index_teacher" : "guide.index_pupils");
        index << "<h2>" << title << "</h2>\n<ul>\n";
        printable << "<h2>" << title << "</h2>\n<ol>\n";
        for (const PageDef& page : *part) {
            write(page.file, htmlPage(g, page.title, page.body, part == &teacher));
            index << "<li><a href=\"" << page.file << "\">" << page.title << "</a></li>\n";
            printable << "<li>" << page.title << "</li>\n";
        }
        index << "</ul>\n";
        printable << "</ol>\n";
    }
    printable << "</section>\n";
    for (const auto* part : {&teacher, &pupils})
        for (const PageDef& page : *part)
            printable << "<section class=\"sheet\">\n" << page.body << "</section>\n";
    write("printable.html", htmlPage(g, g.t("guide.printable_title"), printable.str(), true));
    write("index.html", htmlPage(g, heading, index.str(), true));
    return report;
}

} // namespace mobi
