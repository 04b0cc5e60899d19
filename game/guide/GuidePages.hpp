// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher guide's pages, inside --export-guide: what every page reads
// (the game's data in one language) and one function per kind of page, each
// returning the HTML of its body. TeacherGuide.cpp writes each body as its own
// self-contained page and all of them, one after the other with a page break
// between, as the single printable file. Every word comes from locale/.
#pragma once

#include "content/DebateData.hpp"
#include "content/Facts.hpp"
#include "content/LevelData.hpp"
#include "content/QuizData.hpp"
#include "content/StringTable.hpp"
#include "content/VaultData.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mobi {

struct LevelInfo;

// One stage of the journey as the guide sees it.
struct GuideStage {
    const LevelInfo* info = nullptr;
    std::optional<LevelData> level;     // when the level is built and its file loaded
    std::optional<Quiz> quiz;           // when the stage has a quiz
    int goalYoung = 0, goalOlder = 0;   // what the level asks, from its rules
    std::string teacherFile, pupilFile; // "01_mine.html", "01_mine_pupil.html"
};

struct GuideData {
    std::string language;
    Strings strings;
    FactBook facts;
    VaultBook vault;
    Debate debate;
    std::vector<GuideStage> stages; // in life-cycle order

    // A text of the language, made safe for HTML.
    std::string t(const std::string& id) const;
    std::string t(const std::string& id, const TextParams& params) const;
    // "<div class="source">[E1] Source : ADEME, 2022, « … »</div>", "" for an unknown fact.
    std::string source(const std::string& factId) const;
    std::string number(float value) const; // with the language's thousands separator
    int builtCount() const;
};

// Fact ids in their natural order: by family as in FACTS.md (G, E, M, T, U, F,
// R), then by number (E2 before E10).
std::vector<std::string> naturalFactOrder(const std::set<std::string>& ids);
bool factIdLess(const std::string& a, const std::string& b);

// A list of facts with their tag and source, in natural order.
std::string factList(const GuideData& g, const std::set<std::string>& ids);

std::string introductionBody(const GuideData& g);
std::string codeSheetBody(const GuideData& g);
std::string stageBody(const GuideData& g, const GuideStage& stage);
std::string pupilSheetBody(const GuideData& g, const GuideStage& stage);
std::string debateBody(const GuideData& g);
std::string glossaryBody(const GuideData& g);

// The style sheet every page carries (screen and A4 print, black and white).
const char* guideStyle();

} // namespace mobi
