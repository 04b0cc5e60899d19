// SPDX-License-Identifier: GPL-3.0-or-later
// --export-guide DIR: the teacher guide, made from the same data as the game,
// in one language. A teacher can run a session from it alone:
//   index.html              what is where
//   00_introduction.html    aims, the story, a 45-minute plan, the class vote and keys,
//                           code sets, sources and their tags, the curriculum
//   00_codes.html           every code set's six digits with the fact behind each
//   NN_<id>.html            per stage: panel card, goal, logbook, vault digits, the quiz
//                           with its answers, the facts and their sources
//   NN_<id>_pupil.html      per stage: the quiz to answer on paper, by age band, no answers
//   07_debate.html          the solution, the debate cards, the promises
//   08_glossary.html        a short glossary
//   printable.html          all of the above in one file, one sheet of A4 per part
// Each page is self-contained HTML: styles inline, no script, no web font, no link out.
#pragma once

#include "content/DataError.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

struct GuideReport {
    std::vector<std::filesystem::path> written;
    ErrorList errors;
};

GuideReport exportTeacherGuide(const std::filesystem::path& dataDir, const std::string& language,
                               const std::filesystem::path& outDir);

// Text made safe for HTML (& < > " '; a new line becomes <br>).
std::string escapeHtml(const std::string& text);

} // namespace mobi
